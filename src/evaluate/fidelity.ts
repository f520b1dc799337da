// Statistical fidelity: how close the synthetic distributions are to the real ones, column by column,
// pair by pair and on random triples. When a holdout is given, the same distances between real and
// holdout show the level that pure sampling noise reaches (an ideal synthesiser would score about that).
import type { Rng } from '../random.js';
import { applyBinning, type Binning, binningFor, binTable, jointCounts } from './bins.js';
import type { ColumnSpec, EncodedTable, Encoding } from './encode.js';
import { valueFormatter } from './format.js';
import {
  correlationRatio,
  crossTab,
  cramersV,
  ks,
  mean,
  pearson,
  ranks,
  sortedFinite,
  tvd,
} from './stats.js';

export type ColumnChart =
  | {
      type: 'histogram';
      /** Bin edges (length = bins + 1), in the column's units (days for dates). */
      edges: number[];
      /** Share of the non-missing values in each bin. */
      real: number[];
      synthetic: number[];
    }
  | { type: 'bars'; labels: string[]; real: number[]; synthetic: number[] };

export interface ColumnFidelity {
  name: string;
  kind: string;
  /** 'ks' for numbers and dates, 'tvd' for categories. */
  metric: 'ks' | 'tvd';
  distance: number;
  /** The same distance between real and holdout (sampling-noise level), when a holdout is given. */
  holdoutDistance?: number;
  missingReal: number;
  missingSynthetic: number;
  /** |missingReal − missingSynthetic|. */
  missingDifference: number;
  chart: ColumnChart;
}

export type AssociationMeasure = 'spearman' | 'cramers-v' | 'eta';

export interface PairFidelity {
  a: string;
  b: string;
  /** TVD of the 2-way marginal (numbers in quantile bins). */
  tvd: number;
  holdoutTvd?: number;
  measure: AssociationMeasure;
  real: number;
  synthetic: number;
  /** Pearson (numeric pairs only), real and synthetic. */
  pearsonReal?: number;
  pearsonSynthetic?: number;
}

export interface AssociationMatrix {
  /** The columns shown (all of them, or an evenly spread subset of wide files). */
  names: string[];
  complete: boolean;
  /** measure[i][j] for i ≠ j; the diagonal is 1. NaN (null in JSON) when undefined (constant column). */
  real: number[][];
  synthetic: number[][];
  measure: AssociationMeasure[][];
}

export interface TripleFidelity {
  count: number;
  /** How many triples exist in all. */
  possible: number;
  meanTvd: number;
  maxTvd: number;
  holdoutMeanTvd?: number;
  worst: { columns: [string, string, string]; tvd: number }[];
}

export interface Fidelity {
  score: number;
  /** The same score for the holdout against the real file: what sampling noise alone allows. */
  holdoutScore?: number;
  scoreDefinition: string;
  components: { univariate: number; pairs: number; triples: number; associations: number };
  columns: ColumnFidelity[];
  pairs: PairFidelity[];
  /** Pairs compared (all of them, or a seeded sample on wide files) out of the possible ones. */
  pairsEvaluated: number;
  pairsPossible: number;
  pairMeanTvd: number;
  pairMaxTvd: number;
  associations: AssociationMatrix;
  associationMeanDifference: number;
  triples: TripleFidelity;
}

const HIST_BINS = 20;
const BAR_TOP = 20;
const PAIR_BINS = 10;
const TRIPLE_BINS = 5;
const MAX_TRIPLES = 100;

function missingRate(v: Float64Array | Int32Array): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) if (v instanceof Float64Array ? Number.isNaN(v[i]) : v[i] < 0) m++;
  return v.length ? m / v.length : 0;
}

function histogram(values: Float64Array, edges: number[]): number[] {
  const k = edges.length - 1;
  const out = new Array<number>(k).fill(0);
  let n = 0;
  const lo = edges[0];
  const width = (edges[k] - lo) / k;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    let b = width > 0 ? Math.floor((v - lo) / width) : 0;
    if (b < 0) b = 0;
    if (b >= k) b = k - 1;
    out[b]++;
    n++;
  }
  return out.map((c) => (n ? c / n : 0));
}

function columnChart(
  spec: ColumnSpec,
  real: Float64Array | Int32Array,
  syn: Float64Array | Int32Array,
): ColumnChart {
  if (spec.type === 'num') {
    const s = sortedFinite(real as Float64Array);
    let lo = s.length ? s[0] : 0;
    let hi = s.length ? s[s.length - 1] : 1;
    if (hi <= lo) {
      lo -= 0.5;
      hi += 0.5;
    }
    const bins =
      spec.kind === 'integer' && hi - lo < HIST_BINS ? Math.max(1, Math.ceil(hi - lo + 1)) : HIST_BINS;
    if (bins !== HIST_BINS) {
      lo -= 0.5;
      hi = lo + bins;
    }
    const edges = Array.from({ length: bins + 1 }, (_, i) => lo + ((hi - lo) * i) / bins);
    return {
      type: 'histogram',
      edges,
      real: histogram(real as Float64Array, edges),
      synthetic: histogram(syn as Float64Array, edges),
    };
  }
  const k = spec.categories.length;
  const count = (v: Int32Array) => {
    const c = new Float64Array(k);
    let n = 0;
    for (let i = 0; i < v.length; i++)
      if (v[i] >= 0) {
        c[v[i]]++;
        n++;
      }
    return c.map((x) => (n ? x / n : 0));
  };
  const r = count(real as Int32Array);
  const s = count(syn as Int32Array);
  const order = Array.from(spec.categories.keys()).sort((a, b) => r[b] + s[b] - (r[a] + s[a]) || a - b);
  const top = order.slice(0, BAR_TOP);
  const labels = top.map((c) => spec.categories[c]);
  const real1 = top.map((c) => r[c]);
  const syn1 = top.map((c) => s[c]);
  if (order.length > BAR_TOP) {
    labels.push(`(${order.length - BAR_TOP} others)`);
    real1.push(1 - real1.reduce((a, b) => a + b, 0));
    syn1.push(1 - syn1.reduce((a, b) => a + b, 0));
  }
  return { type: 'bars', labels, real: real1, synthetic: syn1 };
}

function categoryCounts(codes: Int32Array, k: number): Float64Array {
  const c = new Float64Array(k);
  for (let i = 0; i < codes.length; i++) if (codes[i] >= 0) c[codes[i]]++;
  return c;
}

function univariateDistance(
  spec: ColumnSpec,
  a: Float64Array | Int32Array,
  b: Float64Array | Int32Array,
): number {
  if (spec.type === 'num') return ks(sortedFinite(a as Float64Array), sortedFinite(b as Float64Array));
  const k = spec.categories.length;
  return tvd(categoryCounts(a as Int32Array, k), categoryCounts(b as Int32Array, k));
}

/**
 * The association of two columns. For two numbers, `ri`/`rj` are their mid-ranks over the whole
 * column (ranked once per column): Pearson on them is Spearman's ρ when neither has missing values,
 * and a close approximation otherwise.
 */
function association(
  si: ColumnSpec,
  sj: ColumnSpec,
  vi: Float64Array | Int32Array,
  vj: Float64Array | Int32Array,
  ri?: Float64Array,
  rj?: Float64Array,
): { measure: AssociationMeasure; value: number } {
  if (si.type === 'num' && sj.type === 'num')
    return { measure: 'spearman', value: pearson(ri as Float64Array, rj as Float64Array) };
  if (si.type === 'cat' && sj.type === 'cat') {
    const ka = si.categories.length;
    const kb = sj.categories.length;
    return {
      measure: 'cramers-v',
      value: cramersV(crossTab(vi as Int32Array, ka, vj as Int32Array, kb), ka, kb, true),
    };
  }
  const [cat, num, k] = si.type === 'cat' ? [vi, vj, si.categories.length] : [vj, vi, sj.categories.length];
  return { measure: 'eta', value: correlationRatio(cat as Int32Array, k, num as Float64Array) };
}

/** At most this many pairs are compared, and this many columns shown in the association maps. */
export const MAX_PAIRS = 3000;
export const MAX_MATRIX_COLUMNS = 40;

/**
 * Which pairs to compare: all when there are at most MAX_PAIRS; else all pairs among an evenly spread
 * subset of MAX_MATRIX_COLUMNS columns (files group related columns, so even spacing gives an
 * overview), plus seeded random pairs up to MAX_PAIRS.
 */
export function choosePairs(
  p: number,
  rng: Rng,
): { matrix: number[]; list: [number, number][]; possible: number } {
  const possible = (p * (p - 1)) / 2;
  const matrix =
    p <= MAX_MATRIX_COLUMNS
      ? Array.from({ length: p }, (_, c) => c)
      : Array.from({ length: MAX_MATRIX_COLUMNS }, (_, k) => Math.floor((k * p) / MAX_MATRIX_COLUMNS));
  const list: [number, number][] = [];
  if (possible <= MAX_PAIRS) {
    for (let i = 0; i < p; i++) for (let j = i + 1; j < p; j++) list.push([i, j]);
    return { matrix, list, possible };
  }
  const seen = new Set<number>();
  for (let a = 0; a < matrix.length; a++)
    for (let b = a + 1; b < matrix.length; b++) {
      list.push([matrix[a], matrix[b]]);
      seen.add(matrix[a] * p + matrix[b]);
    }
  while (list.length < MAX_PAIRS) {
    const i = rng.int(p);
    const j = rng.int(p);
    if (i === j) continue;
    const [x, y] = i < j ? [i, j] : [j, i];
    if (seen.has(x * p + y)) continue;
    seen.add(x * p + y);
    list.push([x, y]);
  }
  return { matrix, list, possible };
}

/** k distinct random triples of 0..p-1 (all of them when there are few). */
export function randomTriples(p: number, k: number, rng: Rng): [number, number, number][] {
  const all: [number, number, number][] = [];
  const possible = (p * (p - 1) * (p - 2)) / 6;
  if (possible <= k) {
    for (let a = 0; a < p; a++)
      for (let b = a + 1; b < p; b++) for (let c = b + 1; c < p; c++) all.push([a, b, c]);
    return all;
  }
  const seen = new Set<string>();
  while (all.length < k) {
    const t = [rng.int(p), rng.int(p), rng.int(p)].sort((x, y) => x - y) as [number, number, number];
    if (t[0] === t[1] || t[1] === t[2]) continue;
    const key = t.join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    all.push(t);
  }
  return all;
}

export function fidelity(enc: Encoding, rng: Rng, progress: (step: string) => void = () => {}): Fidelity {
  const { specs, real, synthetic, holdout } = enc;
  const p = specs.length;
  progress('columns');
  const columns: ColumnFidelity[] = specs.map((spec, c) => {
    const mr = missingRate(real.values[c]);
    const ms = missingRate(synthetic.values[c]);
    return {
      name: spec.name,
      kind: spec.kind,
      metric: spec.type === 'num' ? 'ks' : 'tvd',
      distance: univariateDistance(spec, real.values[c], synthetic.values[c]),
      holdoutDistance: holdout ? univariateDistance(spec, real.values[c], holdout.values[c]) : undefined,
      missingReal: mr,
      missingSynthetic: ms,
      missingDifference: Math.abs(mr - ms),
      chart: columnChart(spec, real.values[c], synthetic.values[c]),
    };
  });

  progress('pairs');
  const pairBins: Binning[] = specs.map((s, c) =>
    binningFor(s, real.values[c], PAIR_BINS, valueFormatter(s)),
  );
  const binnedOf = (t: EncodedTable) => binTable(t, pairBins);
  const br = binnedOf(real);
  const bs = binnedOf(synthetic);
  const bh = holdout ? binnedOf(holdout) : undefined;
  const sizes = pairBins.map((b) => b.size);
  const pairs: PairFidelity[] = [];
  const rankOf = (t: EncodedTable) =>
    specs.map((s, c) => (s.type === 'num' ? ranks(t.values[c] as Float64Array) : undefined));
  const rr = rankOf(real);
  const rs = rankOf(synthetic);
  const rh = holdout ? rankOf(holdout) : undefined;
  const holdDiffs: number[] = [];
  const countsOf = (b: Int32Array[]) => (i: number, j: number) => jointCounts(b, sizes, [i, j]);
  const cr = countsOf(br);
  const cs = countsOf(bs);
  const ch = bh ? countsOf(bh) : undefined;
  const { matrix, list: pairList, possible: pairsPossible } = choosePairs(p, rng.fork('pairs'));
  const at = new Map(matrix.map((c, k) => [c, k]));
  const m = matrix.length;
  const matR = matrix.map(() => new Array<number>(m).fill(1));
  const matS = matrix.map(() => new Array<number>(m).fill(1));
  const matM = matrix.map(() => new Array<AssociationMeasure>(m).fill('spearman'));
  for (const [i, j] of pairList) {
    const ar = association(specs[i], specs[j], real.values[i], real.values[j], rr[i], rr[j]);
    const as = association(specs[i], specs[j], synthetic.values[i], synthetic.values[j], rs[i], rs[j]);
    if (holdout && rh) {
      const ah = association(specs[i], specs[j], holdout.values[i], holdout.values[j], rh[i], rh[j]);
      holdDiffs.push(
        Math.abs((Number.isNaN(ar.value) ? 0 : ar.value) - (Number.isNaN(ah.value) ? 0 : ah.value)),
      );
    }
    const mi = at.get(i);
    const mj = at.get(j);
    if (mi !== undefined && mj !== undefined) {
      matR[mi][mj] = matR[mj][mi] = ar.value;
      matS[mi][mj] = matS[mj][mi] = as.value;
      matM[mi][mj] = matM[mj][mi] = ar.measure;
    }
    const pair: PairFidelity = {
      a: specs[i].name,
      b: specs[j].name,
      tvd: tvd(cr(i, j), cs(i, j)),
      holdoutTvd: ch ? tvd(cr(i, j), ch(i, j)) : undefined,
      measure: ar.measure,
      real: ar.value,
      synthetic: as.value,
    };
    if (ar.measure === 'spearman') {
      pair.pearsonReal = pearson(real.values[i] as Float64Array, real.values[j] as Float64Array);
      pair.pearsonSynthetic = pearson(
        synthetic.values[i] as Float64Array,
        synthetic.values[j] as Float64Array,
      );
    }
    pairs.push(pair);
  }
  const diffs: number[] = [];
  for (const pr of pairs) {
    const a = Number.isNaN(pr.real) ? 0 : pr.real;
    const b = Number.isNaN(pr.synthetic) ? 0 : pr.synthetic;
    diffs.push(Math.abs(a - b));
  }

  progress('triples');
  const tripleBins = specs.map((s, c) => binningFor(s, real.values[c], TRIPLE_BINS, valueFormatter(s)));
  const tr = tripleBins.map((b, c) => applyBinning(b, real.values[c]));
  const ts = tripleBins.map((b, c) => applyBinning(b, synthetic.values[c]));
  const th = holdout ? tripleBins.map((b, c) => applyBinning(b, holdout.values[c])) : undefined;
  const tsizes = tripleBins.map((b) => b.size);
  const triples = p >= 3 ? randomTriples(p, MAX_TRIPLES, rng) : [];
  const tripleTvds = triples.map((t) => tvd(jointCounts(tr, tsizes, t), jointCounts(ts, tsizes, t)));
  const tripleHold = th
    ? triples.map((t) => tvd(jointCounts(tr, tsizes, t), jointCounts(th, tsizes, t)))
    : undefined;
  const worst = triples
    .map((t, k) => ({ columns: t.map((c) => specs[c].name) as [string, string, string], tvd: tripleTvds[k] }))
    .sort((a, b) => b.tvd - a.tvd)
    .slice(0, 5);

  const components = {
    univariate: columns.length ? mean(columns.map((c) => c.distance)) : 0,
    pairs: pairs.length ? mean(pairs.map((x) => x.tvd)) : 0,
    triples: tripleTvds.length ? mean(tripleTvds) : 0,
    associations: diffs.length ? mean(diffs) : 0,
  };
  const parts = [components.univariate];
  if (pairs.length) parts.push(components.pairs, components.associations);
  if (tripleTvds.length) parts.push(components.triples);
  const score = 100 * (1 - mean(parts));
  let holdoutScore: number | undefined;
  if (holdout) {
    const h = [mean(columns.map((c) => c.holdoutDistance ?? 0))];
    if (pairs.length) h.push(mean(pairs.map((x) => x.holdoutTvd ?? 0)), mean(holdDiffs));
    if (tripleHold?.length) h.push(mean(tripleHold));
    holdoutScore = 100 * (1 - mean(h));
  }
  return {
    score,
    holdoutScore,
    scoreDefinition:
      'Fidelity score = 100 × (1 − mean of four distances, each in [0, 1]): the mean per-column distance ' +
      '(KS for numbers and dates, TVD for categories), the mean TVD of the 2-way marginals, the mean ' +
      '|real − synthetic| of the pairwise associations, and the mean TVD of the 3-way marginals on random ' +
      'triples. 100 means identical distributions; sampling noise alone keeps a perfect synthesiser a few ' +
      'points below 100 (compare with the holdout figures when given).',
    components,
    columns,
    pairs,
    pairMeanTvd: components.pairs,
    pairMaxTvd: pairs.length ? Math.max(...pairs.map((x) => x.tvd)) : 0,
    associations: {
      names: matrix.map((c) => specs[c].name),
      complete: m === p,
      real: matR,
      synthetic: matS,
      measure: matM,
    },
    pairsEvaluated: pairs.length,
    pairsPossible,
    associationMeanDifference: components.associations,
    triples: {
      count: triples.length,
      possible: (p * (p - 1) * (p - 2)) / 6,
      meanTvd: components.triples,
      maxTvd: tripleTvds.length ? Math.max(...tripleTvds) : 0,
      holdoutMeanTvd: tripleHold?.length ? mean(tripleHold) : undefined,
      worst,
    },
  };
}
