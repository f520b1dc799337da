import { Command } from 'commander';
import { usageError } from '../../errors.js';
import { withCommonOptions } from '../common.js';

// Placeholder until its issue lands.
export function convertCommand(): Command {
  return withCommonOptions(new Command('convert').description('(not available yet)')).action(() => {
    throw usageError("'convert' is not available yet");
  });
}
