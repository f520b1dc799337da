import { Command } from 'commander';
import { usageError } from '../../errors.js';
import { withCommonOptions } from '../common.js';

// Placeholder until its issue lands.
export function headCommand(): Command {
  return withCommonOptions(new Command('head').description('(not available yet)')).action(() => {
    throw usageError("'head' is not available yet");
  });
}
