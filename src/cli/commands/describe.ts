import { Command } from 'commander';
import { usageError } from '../../errors.js';
import { withCommonOptions } from '../common.js';

// Placeholder until its issue lands.
export function describeCommand(): Command {
  return withCommonOptions(new Command('describe').description('(not available yet)')).action(() => {
    throw usageError("'describe' is not available yet");
  });
}
