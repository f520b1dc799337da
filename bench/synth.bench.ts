// Synthesis benchmark: time and memory of the whole pipeline, fidelity at several ε, and a check that
// synthetic rows do not copy real rows more often than fresh rows of the same population would.
//
//   npx tsx bench/synth.bench.ts                 full size (demo 10,204 rows; 1 M × 30 MST)
//   SYNTH_BENCH_QUICK=1 npx tsx bench/synth.bench.ts   small sizes, to check that it runs
import { generateDemo } from '../src/demo/index.js';
import { createRng } from '../src/random.js';
import { encodeTable, planEncoding } from '../src/synth/discretise.js';
import type { EncodedData } from '../src/synth/domain.js';
import { synthesize } from '../src/synth/synthesize.js';
import { columnFromValues, type Value } from '../src/table/column.js';
import { Table } from '../src/table/table.js';
import { measure, peakRssMiB, report } from './harness.js';

const QUICK = process.env.SYNTH_BENCH_QUICK === '1';
const DEMO_ROWS = QUICK ? 2000 : 10204;
const BIG_ROWS = QUICK ? 50_000 : 1_000_000;
const EPSILONS = QUICK ? [1] : [0.1, 1, 10];
const METHODS = (process.env.SYNTH_BENCH_METHODS ?? 'mst,aim').split(',') as ('mst' | 'aim')[];
/** Parts to run (default all): pipeline, fidelity, cart, copies, scale. */
const PARTS = new Set((process.env.SYNTH_BENCH_PARTS ?? 'pipeline,fidelity,cart,copies,scale').split(','));
const log = (s: string) => process.stderr.write(`synth bench: ${s}\n`);

/** Mean total variation distance over k-way marginals (all pairs; a seeded sample of triples). */
function marginalErrors(
  real: EncodedData,
  synth: EncodedData,
): { oneWay: number; twoWay: number; threeWay: number } {
  const d = real.domain.sizes.length;
  const sizes = real.domain.sizes;
  const tvd = (attrs: number[]): number => {
    const strides: number[] = [];
    let cells = 1;
    for (const a of attrs) {
      strides.push(cells);
      cells *= sizes[a];
    }
    const p = new Float64Array(cells);
    const q = new Float64Array(cells);
    const fill = (data: EncodedData, out: Float64Array) => {
      const cols = attrs.map((a) => data.columns[a]);
      for (let i = 0; i < data.rows; i++) {
        let k = 0;
        for (let j = 0; j < cols.length; j++) k += cols[j][i] * strides[j];
        out[k] += 1 / data.rows;
      }
    };
    fill(real, p);
    fill(synth, q);
    let t = 0;
    for (let k = 0; k < cells; k++) t += Math.abs(p[k] - q[k]);
    return t / 2;
  };
  let one = 0;
  for (let a = 0; a < d; a++) one += tvd([a]);
  let two = 0;
  let pairs = 0;
  for (let a = 0; a < d; a++)
    for (let b = a + 1; b < d; b++) {
      two += tvd([a, b]);
      pairs++;
    }
  const rng = createRng(7, 'bench/triples');
  let three = 0;
  const triples = Math.min(1000, (d * (d - 1) * (d - 2)) / 6);
  for (let k = 0; k < triples; k++) {
    const set = new Set<number>();
    while (set.size < 3) set.add(rng.int(d));
    three += tvd([...set]);
  }
  return { oneWay: one / d, twoWay: two / Math.max(1, pairs), threeWay: three / Math.max(1, triples) };
}

/** Errors of a synthetic table against the real one, both binned by one exact plan of the real data. */
function fidelity(real: Table, synth: Table) {
  const plan = planEncoding(real, { maxBins: 10 });
  const modelled = plan.attributes.filter((a) => plan.columns.find((c) => c.codec === a));
  const keep = modelled.map((a) => plan.attributes.indexOf(a));
  const pick = (e: EncodedData): EncodedData => ({
    domain: {
      attributes: keep.map((i) => e.domain.attributes[i]),
      sizes: keep.map((i) => e.domain.sizes[i]),
    },
    columns: keep.map((i) => e.columns[i]),
    rows: e.rows,
  });
  return {
    columns: keep.length,
    ...marginalErrors(pick(encodeTable(plan, real)), pick(encodeTable(plan, synth))),
  };
}

/** Share of rows of `rows` equal, on every modelled column, to some row of `reference`. */
function exactMatchRate(reference: Table, rows: Table, columns: string[]): number {
  const key = (t: Table, i: number) => {
    const row = t.row(i);
    return JSON.stringify(columns.map((c) => row[c] as Value));
  };
  const seen = new Set<string>();
  for (let i = 0; i < reference.nRows; i++) seen.add(key(reference, i));
  let hits = 0;
  for (let i = 0; i < rows.nRows; i++) if (seen.has(key(rows, i))) hits++;
  return hits / Math.max(1, rows.nRows);
}

function bigTable(rows: number): Table {
  const rng = createRng(3, 'bench/big');
  const cols: {
    name: string;
    kind: 'integer' | 'numeric' | 'categorical' | 'boolean' | 'date';
    values: Value[];
  }[] = [];
  const base = Array.from({ length: rows }, () => rng.int(10));
  for (let c = 0; c < 30; c++) {
    const kind = (['integer', 'numeric', 'categorical', 'boolean', 'date'] as const)[c % 5];
    const values: Value[] = new Array(rows);
    for (let i = 0; i < rows; i++) {
      const z = base[i] + (rng.next() < 0.3 ? rng.int(5) : 0);
      if (kind === 'integer') values[i] = z * 3 + rng.int(3);
      else if (kind === 'numeric')
        values[i] = rng.next() < 0.05 ? null : Math.round((z * 100 + rng.normal() * 20) * 100) / 100;
      else if (kind === 'categorical') values[i] = `c${(z + c) % 12}`;
      else if (kind === 'boolean') values[i] = z > 5;
      else values[i] = 16000 + z * 200 + rng.int(200);
    }
    cols.push({ name: `${kind}_${c}`, kind, values });
  }
  return new Table(
    cols.map((c) => columnFromValues(c.name, c.kind, c.values)),
    { source: 'bench-1M' },
  );
}

function childShares(t: Table): number[] {
  const c = t.column('nb_enfants');
  const out = new Array(6).fill(0);
  if (c.kind !== 'integer' && c.kind !== 'numeric') return out;
  for (let i = 0; i < t.nRows; i++) if (!c.missing[i]) out[Math.min(5, c.values[i])]++;
  return out.map((x) => Math.round((1000 * x) / t.nRows) / 10);
}

async function main() {
  const figures: Record<string, unknown> = { quick: QUICK, demoRows: DEMO_ROWS };
  const demo = generateDemo({ rows: DEMO_ROWS, seed: 0 });
  log(`demo ${demo.nRows} × ${demo.nCols}`);

  // 1. The whole pipeline (fit + sample every row, rules enforced) at ε = 1.
  const { DEMO_RULES } = await import('../src/demo/rules.js');
  const pipeline: Record<string, unknown> = {};
  const fidelityByEpsilon: Record<string, unknown> = {};
  for (const method of PARTS.has('pipeline') ? METHODS : []) {
    const m = await measure(() => {
      const r = synthesize(demo, { method, epsilon: 1, seed: 1, publicCategories: true, rules: DEMO_RULES });
      const parts = [...r.sampler.chunks()];
      return {
        r,
        rows: parts.reduce((t, p) => t + p.nRows, 0),
        synth: parts.length === 1 ? parts[0] : undefined,
      };
    });
    const rep = m.result.r.sampler.constraintReport();
    pipeline[method] = {
      seconds: Number(m.seconds.toFixed(2)),
      cpuSeconds: Number(m.cpuSeconds.toFixed(2)),
      peakRssMiB: Math.round(m.peakRssMiB),
      rows: m.result.rows,
      measurements: m.result.r.privacy?.measurements.length,
      rowsResampled: rep?.rowsResampled,
      rowsStillViolating: rep?.rowsStillViolating,
      fidelityWithRules: m.result.synth ? fidelity(demo, m.result.synth) : undefined,
      ruleCliques: m.result.r.provenance.model?.ruleCliques?.length,
      structuralZeroRules: m.result.r.provenance.model?.structuralZeroRules,
      // Households by number of children (0, 1, 2, 3, 4, 5+), % of rows: the joint structure the rules
      // hold together (each child's birth date present exactly when the count reaches it, in order).
      childrenReal: childShares(demo),
      childrenSynthetic: m.result.synth ? childShares(m.result.synth) : undefined,
    };
    log(`${method} pipeline: ${JSON.stringify(pipeline[method])}`);
  }
  figures.pipelineEpsilon1 = pipeline;

  // 2. Fidelity at several ε, without rules (the model alone).
  for (const method of PARTS.has('fidelity') ? METHODS : [])
    for (const epsilon of EPSILONS) {
      const r = synthesize(demo, { method, epsilon, seed: 2, publicCategories: true });
      const s = r.sampler.sample(demo.nRows, createRng(5));
      fidelityByEpsilon[`${method}@${epsilon}`] = fidelity(demo, s);
      log(`${method} ε=${epsilon}: ${JSON.stringify(fidelityByEpsilon[`${method}@${epsilon}`])}`);
    }
  // CART as the non-private reference (NO formal privacy guarantee).
  if (PARTS.has('cart')) {
    const m = await measure(() =>
      synthesize(demo, { method: 'cart', seed: 2 }).sampler.sample(demo.nRows, createRng(5)),
    );
    fidelityByEpsilon.cartNoGuarantee = {
      seconds: Number(m.seconds.toFixed(2)),
      ...fidelity(demo, m.result),
    };
    log(`cart: ${JSON.stringify(fidelityByEpsilon.cartNoGuarantee)}`);
  }
  figures.fidelity = fidelityByEpsilon;
  figures.fidelityNote =
    'mean total variation distance over all 1-way and 2-way marginals (1000 random 3-way) of the modelled columns, ' +
    'both tables binned by one exact 10-bin quantile plan of the real data; target: 2-way ≤ 0.10 for MST at ε = 1';

  // 3. Copies: train on one half, compare exact-match rates with the held-out half.
  if (PARTS.has('copies')) {
    const half = Math.floor(demo.nRows / 2);
    const train = demo.slice(0, half);
    const holdout = demo.slice(half);
    const rMatch = synthesize(train, { method: 'mst', epsilon: 1, seed: 3, publicCategories: true });
    const synth = rMatch.sampler.sample(holdout.nRows, createRng(6));
    const modelled = rMatch.provenance.columns.modelled.map((c) => c.name);
    // On every modelled column exact matches are rare for anyone; on the discrete columns alone
    // (categories, booleans, counts) they are common, and the comparison tells more.
    const discrete = rMatch.provenance.columns.modelled
      .filter((c) => c.kind === 'categorical' || c.kind === 'boolean' || c.kind === 'integer')
      .map((c) => c.name);
    figures.exactMatches = {
      columns: modelled.length,
      synthToTrain: exactMatchRate(train, synth, modelled),
      holdoutToTrain: exactMatchRate(train, holdout, modelled),
      discreteColumns: {
        columns: discrete.length,
        synthToTrain: exactMatchRate(train, synth, discrete),
        holdoutToTrain: exactMatchRate(train, holdout, discrete),
      },
      firstEightDiscrete: {
        columns: discrete.slice(0, 8),
        synthToTrain: exactMatchRate(train, synth, discrete.slice(0, 8)),
        holdoutToTrain: exactMatchRate(train, holdout, discrete.slice(0, 8)),
      },
      note: 'share of rows equal to some training row on every modelled column; synthetic should not exceed held-out',
    };
    log(`exact matches: ${JSON.stringify(figures.exactMatches)}`);
  }

  // 4. Scale: 1 M rows × 30 columns, MST at ε = 1, fit and sample all rows in chunks.
  if (PARTS.has('scale')) {
    const big = bigTable(BIG_ROWS);
    log(`big table ${big.nRows} × ${big.nCols}`);
    const mb = await measure(() => {
      const r = synthesize(big, { method: 'mst', epsilon: 1, seed: 4 });
      let rows = 0;
      for (const chunk of r.sampler.chunks(BIG_ROWS)) rows += chunk.nRows;
      return rows;
    });
    figures.mst1Mx30 = {
      rows: BIG_ROWS,
      written: mb.result,
      seconds: Number(mb.seconds.toFixed(2)),
      cpuSeconds: Number(mb.cpuSeconds.toFixed(2)),
      peakRssMiB: Math.round(mb.peakRssMiB),
    };
  }
  figures.peakRssMiB = Math.round(peakRssMiB());
  report(PARTS.size === 5 ? 'synth' : 'synth-partial', figures);
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
