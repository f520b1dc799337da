import { Command } from 'commander';
import { usageError } from '../../errors.js';
import { withCommonOptions } from '../common.js';
// Placeholder until its issue lands.
export function demoCommand() {
    return withCommonOptions(new Command('demo').description('(not available yet)')).action(() => {
        throw usageError("'demo' is not available yet");
    });
}
//# sourceMappingURL=demo.js.map