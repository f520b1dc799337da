import { Command } from 'commander';
import { usageError } from '../../errors.js';
import { withCommonOptions } from '../common.js';

// Placeholder until its issue lands.
export function scanCommand(): Command {
  return withCommonOptions(new Command('scan').description('(not available yet)')).action(() => {
    throw usageError("'scan' is not available yet");
  });
}
