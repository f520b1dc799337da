import { Command } from 'commander';
import { usageError } from '../../errors.js';
import { withCommonOptions } from '../common.js';
// Placeholder until its issue lands.
export function evaluateCommand() {
    return withCommonOptions(new Command('evaluate').description('(not available yet)')).action(() => {
        throw usageError("'evaluate' is not available yet");
    });
}
//# sourceMappingURL=evaluate.js.map