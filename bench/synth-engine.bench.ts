// DP engine: MST and AIM on synthetic encoded data of two shapes,
//   demo:  10,204 rows × 180 attributes of sizes 2–32 (the shape of the built-in demo population),
//   wide:  1,000,000 rows × 30 attributes,
// at ρ from ε = 0.1, 1 and 10 (δ = 1e-9). Each case runs in its own process (so its peak RSS is its
// own) and reports fit seconds, sampling seconds, peak RSS and the average total variation distance of
// all 2-way marginals, synthetic vs real (0 = identical, 1 = disjoint), next to the TVD of a fresh
// sample of the true generating process (the sampling floor) and of independent columns. CPU seconds are
// reported next to wall seconds: on a shared machine the wall clock mostly measures the neighbours.
//
// Targets (engine part of the full pipeline): demo MST < 60 s, demo AIM < 10 min, wide MST < 2 min,
// memory < 2 GiB.
// Size: FICTIF_BENCH_SCALE (default 1) scales the rows; FICTIF_BENCH_CASES filters cases by a
// comma-separated list of substrings (e.g. "mst", "demo-aim-1").
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { createRng } from '../src/random.js';
import { rhoFromEpsilonDelta } from '../src/synth/accounting.js';
import type { EncodedData } from '../src/synth/domain.js';
import { fitAIM, fitMST } from '../src/synth/engine.js';
import { countMarginal, tvd } from '../src/synth/marginals.js';
import { peakRssMiB, report } from './harness.js';

const SHAPES = {
  demo: { rows: 10204, attributes: 180 },
  wide: { rows: 1_000_000, attributes: 30 },
} as const;
type Shape = keyof typeof SHAPES;

/**
 * Encoded data with structure like a population file: a hidden household type drives every column a
 * little, and each column copies (noisily) a recoding of one earlier column with some probability.
 */
export function syntheticEncoded(
  rows: number,
  d: number,
  seed: string,
  rowSeed = `${seed}/rows`,
): EncodedData {
  const rng = createRng(seed);
  const sizes = Array.from({ length: d }, () => {
    const u = rng.next();
    return u < 0.35 ? 2 : u < 0.6 ? 2 + rng.int(5) : u < 0.85 ? 6 + rng.int(11) : 17 + rng.int(16);
  });
  const parent = sizes.map((_, a) => (a === 0 ? -1 : rng.int(a)));
  const strength = sizes.map(() => 0.3 + 0.6 * rng.next());
  const classes = 8;
  // Per column and class: a preferred value.
  const prefer = sizes.map((s) => Array.from({ length: classes }, () => rng.int(s)));
  const columns = sizes.map(() => new Int32Array(rows));
  const gen = createRng(rowSeed);
  for (let i = 0; i < rows; i++) {
    const z = gen.int(classes);
    for (let a = 0; a < d; a++) {
      const u = gen.next();
      let v: number;
      if (parent[a] >= 0 && u < strength[a]) v = (columns[parent[a]][i] * 7 + 3) % sizes[a];
      else if (u < strength[a] + 0.25 * (1 - strength[a])) v = prefer[a][z];
      else v = Math.floor(gen.next() ** 2 * sizes[a]);
      columns[a][i] = v;
    }
  }
  return { domain: { attributes: sizes.map((_, a) => `x${a}`), sizes }, columns, rows };
}

function mean2wayTvd(a: EncodedData, b: EncodedData): number {
  const d = a.domain.sizes.length;
  let s = 0;
  let n = 0;
  for (let i = 0; i < d; i++)
    for (let j = i + 1; j < d; j++) {
      s += tvd(countMarginal(a, [i, j]), countMarginal(b, [i, j]));
      n++;
    }
  return s / n;
}

function independentColumns(data: EncodedData, seed: string): EncodedData {
  const rng = createRng(seed);
  const columns = data.columns.map((c) => {
    const out = new Int32Array(data.rows);
    for (let i = 0; i < data.rows; i++) out[i] = c[rng.int(data.rows)];
    return out;
  });
  return { ...data, columns };
}

function runCase(method: 'mst' | 'aim', shape: Shape, epsilon: number, scale: number) {
  const { rows: fullRows, attributes } = SHAPES[shape];
  const rows = Math.max(100, Math.round(fullRows * scale));
  const data = syntheticEncoded(rows, attributes, `bench-${shape}`);
  const rho = rhoFromEpsilonDelta(epsilon, 1e-9);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const options = { rho, noiseSeed: `noise-${shape}-${epsilon}`, seed: 1 };
  const fit = method === 'mst' ? fitMST(data, options) : fitAIM(data, options);
  const fitSeconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const fitCpuSeconds = (cpu.user + cpu.system) / 1e6;
  const t1 = performance.now();
  const syn = fit.sample(rows, createRng('bench-sample'));
  const sampleSeconds = (performance.now() - t1) / 1000;
  const rss = peakRssMiB();
  const fresh = syntheticEncoded(rows, attributes, `bench-${shape}`, 'fresh-rows');
  return {
    method,
    shape,
    rows,
    attributes,
    epsilon,
    delta: 1e-9,
    rho,
    fitSeconds,
    fitCpuSeconds,
    sampleSeconds,
    peakRssMiB: rss,
    measurements: fit.measurements.length,
    modelCliques: fit.cliques.length,
    largestClique: Math.max(...fit.cliques.map((c) => c.length)),
    tvd2way: mean2wayTvd(data, syn),
    tvd2wayIndependent: mean2wayTvd(data, independentColumns(data, 'indep')),
    tvd2wayFreshSample: mean2wayTvd(data, fresh),
  };
}

const args = process.argv.slice(2);
const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === import.meta.filename;
if (!isMain) {
  // Imported for its data generator: run nothing.
} else if (args[0] === '--case') {
  const [, method, shape, eps, scale] = args;
  process.stdout.write(
    `${JSON.stringify(runCase(method as 'mst' | 'aim', shape as Shape, Number(eps), Number(scale)))}\n`,
  );
} else {
  const scale = Number(process.env.FICTIF_BENCH_SCALE ?? args[0] ?? 1);
  const filters = (process.env.FICTIF_BENCH_CASES ?? '').split(',').filter(Boolean);
  const cases: [string, Shape, number][] = [];
  for (const shape of ['demo', 'wide'] as Shape[])
    for (const method of ['mst', 'aim']) for (const eps of [0.1, 1, 10]) cases.push([method, shape, eps]);
  const results: unknown[] = [];
  for (const [method, shape, eps] of cases) {
    const name = `${shape}-${method}-${eps}`;
    if (filters.length > 0 && !filters.some((f) => name.includes(f))) continue;
    process.stderr.write(`synth-engine bench: ${name} (scale ${scale})\n`);
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', import.meta.filename, '--case', method, shape, String(eps), String(scale)],
      { encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    if (r.status !== 0) {
      results.push({ name, error: `exit ${r.status}` });
      continue;
    }
    results.push({ name, ...JSON.parse(r.stdout.trim().split('\n').pop() as string) });
  }
  report('synth-engine', {
    scale,
    targets: { demoMstSeconds: 60, demoAimSeconds: 600, wideMstSeconds: 120, peakRssMiB: 2048 },
    cases: results,
  });
}
