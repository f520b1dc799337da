import { convertCommand } from './convert.js';
import { demoCommand } from './demo.js';
import { describeCommand } from './describe.js';
import { evaluateCommand } from './evaluate.js';
import { headCommand } from './head.js';
import { riskCommand } from './risk.js';
import { scanCommand } from './scan.js';
import { schemaCommand } from './schema.js';
import { synthCommand } from './synth.js';
export const commands = [
    demoCommand,
    scanCommand,
    riskCommand,
    synthCommand,
    evaluateCommand,
    schemaCommand,
    describeCommand,
    headCommand,
    convertCommand,
];
//# sourceMappingURL=index.js.map