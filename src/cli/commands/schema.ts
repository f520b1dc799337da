import { Command } from 'commander';
import { usageError } from '../../errors.js';
import { withCommonOptions } from '../common.js';

// Placeholder until its issue lands.
export function schemaCommand(): Command {
  return withCommonOptions(new Command('schema').description('(not available yet)')).action(() => {
    throw usageError("'schema' is not available yet");
  });
}
