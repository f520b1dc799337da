// Benchmark of `risk` (and `scan`): risk on 5 quasi-identifiers × 1 M rows must take under 10 s on one
// core. The table is generated in memory: commune (600 values), sex, date of birth (~30,000 days),
// household size, nationality, and two sensitive attributes.
//   npx tsx bench/risk.bench.ts            full size (1,000,000 rows)
//   FICTIF_BENCH_ROWS=100000 npx tsx bench/risk.bench.ts
//   FICTIF_BENCH_SCAN_ROWS=200000 sets the demo table scanned (default 200,000; 0 skips the scan).
import { generateDemo } from '../src/demo/index.js';
import { createRng } from '../src/random.js';
import { assessRisk, encodeColumn, groupRows } from '../src/risk/index.js';
import { scanTable } from '../src/scan/index.js';
import { categoricalColumn, numberColumn } from '../src/table/column.js';
import { Table } from '../src/table/table.js';
import { measure, report } from './harness.js';

const rows = Number(process.env.FICTIF_BENCH_ROWS ?? 1_000_000);
const scanRows = Number(process.env.FICTIF_BENCH_SCAN_ROWS ?? 200_000);

function table(n: number): Table {
  const rng = createRng(2026, 'risk-bench');
  const commune = new Int32Array(n);
  const sex = new Int32Array(n);
  const nationality = new Int32Array(n);
  const size = new Float64Array(n);
  const birth = new Float64Array(n);
  const income = new Float64Array(n);
  const benefit = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    // Skewed commune sizes, as in a real département.
    commune[i] = Math.floor(600 * rng.next() ** 2);
    sex[i] = rng.int(2);
    nationality[i] = rng.int(10) === 0 ? 1 + rng.int(2) : 0;
    size[i] = 1 + Math.min(7, Math.floor(-Math.log(1 - rng.next()) * 1.5));
    birth[i] = -18000 + rng.int(30000);
    income[i] = Math.round(Math.max(0, 1800 + 900 * rng.normal()));
    benefit[i] = rng.int(5);
  }
  const names = (k: number, p: string) => Array.from({ length: k }, (_, i) => `${p}${i}`);
  return new Table([
    categoricalColumn('commune_code', names(600, 'c'), commune),
    categoricalColumn('sexe', ['F', 'M'], sex),
    categoricalColumn('nationalite', ['francaise', 'ue', 'hors_ue'], nationality),
    numberColumn('nb_personnes_foyer', 'integer', size),
    numberColumn('date_naissance', 'date', birth),
    numberColumn('revenu', 'numeric', income),
    categoricalColumn('prestation', ['aucune', 'rsa', 'apl', 'af', 'aah'], benefit),
  ]);
}

const qi = ['commune_code', 'sexe', 'nationalite', 'nb_personnes_foyer', 'date_naissance'];
const built = await measure(() => table(rows));
const t = built.result;
const grouping = await measure(() =>
  groupRows(
    qi.map((q) => encodeColumn(t.column(q)).codes),
    t.nRows,
  ),
);
const core = await measure(() => assessRisk(t, { qi, sensitive: ['revenu', 'prestation'], drivers: false }));
const full = await measure(() => assessRisk(t, { qi, sensitive: ['revenu', 'prestation'] }));
let scan: { seconds: number; columns: number; rows: number; peakRssMiB: number } | undefined;
if (scanRows > 0) {
  const demo = generateDemo({ rows: scanRows, seed: 1 });
  if (demo.nCols > 0) {
    const s = await measure(() => scanTable(demo));
    scan = { seconds: s.seconds, columns: demo.nCols, rows: demo.nRows, peakRssMiB: s.peakRssMiB };
  }
}
report('risk', {
  rows,
  quasiIdentifiers: qi.length,
  classes: full.result.classes.count,
  k: full.result.classes.k,
  uniqueShare: full.result.classes.shares.unique,
  generateSeconds: built.seconds,
  groupSeconds: grouping.seconds,
  riskWithoutDriversSeconds: core.seconds,
  riskSeconds: full.seconds,
  driverSubsetsEvaluated: full.result.drivers?.evaluated,
  budgetSeconds: 10,
  withinBudget: full.seconds < 10,
  peakRssMiB: full.peakRssMiB,
  scan,
});
