// Which quasi-identifiers drive the risk: the smallest combinations that already make (nearly) as many
// records unique as all of them together. Subsets are searched by increasing size; uniqueness can only
// grow when a column is added, so once a set reaches the target none of its supersets is tried (they
// would not be minimal). The search stops at `maxSize` columns or `maxSubsets` evaluations.
import { groupRows } from './classes.js';
import type { EncodedColumn } from './encode.js';

export interface SubsetUniqueness {
  columns: string[];
  /** Share of records alone in their class on these columns. */
  uniqueShare: number;
  /** Smallest class. */
  k: number;
}

export interface RiskDrivers {
  /** Uniqueness on all the QIs. */
  all: SubsetUniqueness;
  /** The share a set must reach to count as driving the risk (90 % of `all`). */
  target: number;
  /** Minimal sets reaching the target, smallest first, then most unique. */
  minimal: SubsetUniqueness[];
  /** Each QI alone. */
  single: SubsetUniqueness[];
  /** For each QI, how much uniqueness drops when it is left out (all minus all-but-it). */
  leaveOneOut: { column: string; uniqueShare: number; drop: number }[];
  /** The most identifying set of each size tried. */
  bestBySize: SubsetUniqueness[];
  evaluated: number;
  /** True when the bounds stopped the search before it was complete. */
  truncated: boolean;
}

export interface DriverOptions {
  maxSize?: number;
  maxSubsets?: number;
  /** Share of `all` a set must reach (default 0.9). */
  targetRatio?: number;
}

function uniqueness(qis: readonly EncodedColumn[], idx: readonly number[], n: number): SubsetUniqueness {
  const classes = groupRows(
    idx.map((i) => qis[i].codes),
    n,
  );
  let unique = 0;
  let k = Number.POSITIVE_INFINITY;
  for (const s of classes.sizes) {
    if (s === 1) unique++;
    if (s < k) k = s;
  }
  return { columns: idx.map((i) => qis[i].name), uniqueShare: n ? unique / n : 0, k: Number.isFinite(k) ? k : 0 };
}

function* combinations(q: number, size: number): Generator<number[]> {
  const c = Array.from({ length: size }, (_, i) => i);
  while (true) {
    yield [...c];
    let i = size - 1;
    while (i >= 0 && c[i] === q - size + i) i--;
    if (i < 0) return;
    c[i]++;
    for (let j = i + 1; j < size; j++) c[j] = c[j - 1] + 1;
  }
}

export function riskDrivers(qis: readonly EncodedColumn[], n: number, options: DriverOptions = {}): RiskDrivers {
  const q = qis.length;
  const maxSize = Math.min(options.maxSize ?? 4, q);
  const maxSubsets = options.maxSubsets ?? 200;
  const allIdx = qis.map((_, i) => i);
  const all = uniqueness(qis, allIdx, n);
  const target = (options.targetRatio ?? 0.9) * all.uniqueShare;
  const single: SubsetUniqueness[] = [];
  const minimal: SubsetUniqueness[] = [];
  const minimalSets: number[][] = [];
  const bestBySize: SubsetUniqueness[] = [];
  let evaluated = 1;
  let truncated = false;
  // Most identifying columns first, so that a bounded search tries the likely combinations first.
  let rank = allIdx;
  search: for (let size = 1; size <= maxSize; size++) {
    let best: SubsetUniqueness | undefined;
    if (size === 2) {
      const score = (i: number) => single[i]?.uniqueShare ?? 0;
      rank = [...allIdx].sort((a, b) => score(b) - score(a) || qis[b].cardinality - qis[a].cardinality);
    }
    for (const positions of combinations(q, size)) {
      const combo = positions.map((p) => rank[p]).sort((a, b) => a - b);
      const inCombo = new Set(combo);
      if (minimalSets.some((ms) => ms.every((i) => inCombo.has(i)))) continue;
      if (evaluated >= maxSubsets) {
        truncated = true;
        break search;
      }
      const u = size === q ? all : uniqueness(qis, combo, n);
      if (size < q) evaluated++;
      if (size === 1) single.push(u);
      if (!best || u.uniqueShare > best.uniqueShare) best = u;
      if (all.uniqueShare > 0 && u.uniqueShare >= target) {
        minimal.push(u);
        minimalSets.push(combo);
      }
    }
    if (best) bestBySize.push(best);
  }
  if (maxSize < q && minimal.length === 0 && all.uniqueShare > 0) truncated = true;
  const leaveOneOut =
    q >= 2
      ? allIdx.map((i) => {
          const u = uniqueness(
            qis,
            allIdx.filter((j) => j !== i),
            n,
          );
          evaluated++;
          return { column: qis[i].name, uniqueShare: u.uniqueShare, drop: all.uniqueShare - u.uniqueShare };
        })
      : [];
  minimal.sort((a, b) => a.columns.length - b.columns.length || b.uniqueShare - a.uniqueShare);
  leaveOneOut.sort((a, b) => b.drop - a.drop);
  return { all, target, minimal, single, leaveOneOut, bestBySize, evaluated, truncated };
}
