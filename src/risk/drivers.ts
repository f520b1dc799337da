// Which quasi-identifiers drive the risk: the smallest combinations that already make (nearly) as many
// records unique as all of them together. Subsets are searched by increasing size; uniqueness can only
// grow when a column is added, so once a set reaches the target none of its supersets is tried (they
// would not be minimal). The search stops at `maxSize` columns or `maxSubsets` evaluations.
import { type Partition, refine } from './classes.js';
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
  /** For each QI, how much uniqueness drops when it is left out (all minus all-but-it); empty above 12 QIs. */
  leaveOneOut: { column: string; uniqueShare: number; drop: number }[];
  /** The most identifying set of each size tried. */
  bestBySize: SubsetUniqueness[];
  evaluated: number;
  /** True when the bounds stopped the search before it was complete. */
  truncated: boolean;
}

/** Above this many QIs the leave-one-out drops are not computed. */
export const MAX_LEAVE_ONE_OUT = 12;

export interface DriverOptions {
  maxSize?: number;
  maxSubsets?: number;
  /** Share of `all` a set must reach (default 0.9). */
  targetRatio?: number;
}

function summarise(p: Partition, columns: string[], n: number): SubsetUniqueness {
  const sizes = new Int32Array(p.count);
  for (let r = 0; r < n; r++) sizes[p.ids[r]]++;
  let unique = 0;
  let k = Number.POSITIVE_INFINITY;
  for (const s of sizes) {
    if (s === 1) unique++;
    if (s < k) k = s;
  }
  return { columns, uniqueShare: n ? unique / n : 0, k: Number.isFinite(k) ? k : 0 };
}

/**
 * Partitions of the subsets evaluated, kept to refine their supersets in one pass (a subset's classes
 * are its prefix's classes split by its last column). Bounded in memory.
 */
class PartitionCache {
  private readonly map = new Map<string, Partition>();
  constructor(private readonly limit: number) {}
  get(idx: readonly number[]): Partition | undefined {
    return this.map.get(idx.join(','));
  }
  set(idx: readonly number[], p: Partition): void {
    if (this.map.size < this.limit) this.map.set(idx.join(','), p);
  }
  /** Forget the subsets of a size: their supersets of the next size are done. */
  dropSize(size: number): void {
    for (const k of [...this.map.keys()]) if (k.split(',').length === size) this.map.delete(k);
  }
}

function partitionOf(
  qis: readonly EncodedColumn[],
  idx: readonly number[],
  n: number,
  cache: PartitionCache,
): Partition {
  const hit = cache.get(idx);
  if (hit) return hit;
  const prefix = idx.slice(0, -1);
  const base = prefix.length ? (cache.get(prefix) ?? partitionOf(qis, prefix, n, cache)) : undefined;
  const p = refine(base, qis[idx[idx.length - 1]].codes, n);
  cache.set(idx, p);
  return p;
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

export function riskDrivers(
  qis: readonly EncodedColumn[],
  n: number,
  options: DriverOptions = {},
): RiskDrivers {
  const q = qis.length;
  const maxSize = Math.min(options.maxSize ?? 4, q);
  const maxSubsets = options.maxSubsets ?? 200;
  const allIdx = qis.map((_, i) => i);
  // About 256 MB of partitions at most.
  const cache = new PartitionCache(Math.max(4, Math.floor((256 * 2 ** 20) / (4 * Math.max(1, n)))));
  const uniqueness = (idx: readonly number[]) =>
    summarise(
      partitionOf(qis, idx, n, cache),
      idx.map((i) => qis[i].name),
      n,
    );
  const done = new Map<string, SubsetUniqueness>();
  const all = uniqueness(allIdx);
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
      const u = size === q ? all : uniqueness(combo);
      done.set(combo.join(','), u);
      if (size < q) evaluated++;
      if (size === 1) single.push(u);
      if (!best || u.uniqueShare > best.uniqueShare) best = u;
      if (all.uniqueShare > 0 && u.uniqueShare >= target) {
        minimal.push(u);
        minimalSets.push(combo);
      }
    }
    if (best) bestBySize.push(best);
    if (size > 1) cache.dropSize(size - 1);
  }
  if (maxSize < q && minimal.length === 0 && all.uniqueShare > 0) truncated = true;
  // Each left-out set costs q − 1 passes over the rows: only for a moderate number of QIs.
  const leaveOneOut =
    q >= 2 && q <= MAX_LEAVE_ONE_OUT
      ? allIdx.map((i) => {
          const rest = allIdx.filter((j) => j !== i);
          let u = done.get(rest.join(','));
          if (!u) {
            u = uniqueness(rest);
            evaluated++;
          }
          return { column: qis[i].name, uniqueShare: u.uniqueShare, drop: all.uniqueShare - u.uniqueShare };
        })
      : [];
  minimal.sort((a, b) => a.columns.length - b.columns.length || b.uniqueShare - a.uniqueShare);
  leaveOneOut.sort((a, b) => b.drop - a.drop);
  return { all, target, minimal, single, leaveOneOut, bestBySize, evaluated, truncated };
}
