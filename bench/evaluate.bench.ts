// `fictif evaluate` on the demo pair: the demo population as the real file, an independent demo draw
// as the "synthetic" file, a third draw as the holdout; then the HTML report. Target: under 60 s on
// one core. Size: EVALUATE_BENCH_ROWS (default: the demo's 10,204 households; holdout 30 % of that).
import { DEMO_ROWS, generateDemo } from '../src/demo/index.js';
import { evaluate } from '../src/evaluate/index.js';
import { renderEvaluationReport } from '../src/report/index.js';
import { measure, report } from './harness.js';

const rows = Number(process.env.EVALUATE_BENCH_ROWS ?? DEMO_ROWS);
const holdoutRows = Math.round(rows * 0.3);
const real = generateDemo({ rows, seed: 1 });
const synthetic = generateDemo({ rows, seed: 2 });
const holdout = generateDemo({ rows: holdoutRows, seed: 3 });

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const steps: Record<string, number> = {};
let last = performance.now();
let lastLabel = 'start';
const c0 = cpu();
const run = await measure(() =>
  evaluate(real, synthetic, {
    holdout,
    seed: 1,
    progress: (_done, _total, label) => {
      const now = performance.now();
      steps[lastLabel] = (now - last) / 1000;
      last = now;
      lastLabel = label ?? '';
    },
  }),
);
const evaluateCpu = cpu() - c0;
const c1 = cpu();
const page = await measure(() => renderEvaluationReport(run.result));
const renderCpu = cpu() - c1;
const e = run.result;

report('evaluate', {
  rows,
  holdoutRows,
  columns: e.columns.length,
  evaluateSeconds: run.seconds,
  evaluateCpuSeconds: evaluateCpu,
  stepSeconds: steps,
  renderSeconds: page.seconds,
  renderCpuSeconds: renderCpu,
  totalSeconds: run.seconds + page.seconds,
  pageBytes: Buffer.byteLength(page.result),
  peakRssMiB: page.peakRssMiB,
  fidelityScore: e.fidelity.score,
  failedChecks: e.verdicts.filter((v) => v.outcome === 'fail').map((v) => v.criterion),
  notes: e.notes,
});
