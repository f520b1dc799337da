import { Command } from 'commander';
import { usageError } from '../../errors.js';
import { withCommonOptions } from '../common.js';

// Placeholder until its issue lands.
export function synthCommand(): Command {
  return withCommonOptions(new Command('synth').description('(not available yet)')).action(() => {
    throw usageError("'synth' is not available yet");
  });
}
