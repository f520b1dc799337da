import { generateDemoRange } from '../src/demo/index.js';
const t = generateDemoRange({ seed: 1 }, 0, 200000);
