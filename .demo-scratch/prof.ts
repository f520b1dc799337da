import { generateDemoRange } from '../src/demo/index.ts';
for (const n of [10204, 100000]) {
const c0 = process.cpuUsage(); const t0 = performance.now();
const t = generateDemoRange({ seed: 1 }, 0, n);
const c = process.cpuUsage(c0);
console.log(n, 'wall ms', (performance.now() - t0).toFixed(0), 'cpu ms', ((c.user + c.system) / 1000).toFixed(0), t.nRows);
}
