import { Command } from 'commander';
import { usageError } from '../../errors.js';
import { withCommonOptions } from '../common.js';
// Placeholder until its issue lands.
export function riskCommand() {
    return withCommonOptions(new Command('risk').description('(not available yet)')).action(() => {
        throw usageError("'risk' is not available yet");
    });
}
//# sourceMappingURL=risk.js.map