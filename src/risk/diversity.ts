// Attribute disclosure: what an attacker who finds a record's class learns about its sensitive values.
//
// - Distinct ℓ-diversity: the fewest distinct sensitive values in any class (Machanavajjhala et al. 2007,
//   "ℓ-Diversity: Privacy Beyond k-Anonymity", ACM TKDD 1(1)). ℓ = 1: some class reveals its value.
// - Entropy ℓ-diversity: the smallest exp(H) over classes, H = −Σ p ln p of the class's values.
// - t-closeness: the largest Earth Mover's Distance between a class's distribution and the whole file's
//   (Li, Li & Venkatasubramanian 2007, "t-Closeness: Privacy Beyond k-Anonymity and ℓ-Diversity", ICDE):
//     numeric (ordered distance, m ordered distinct values):  EMD = (1/(m−1)) Σᵢ |Σ_{j≤i} (pⱼ − qⱼ)|
//     categorical (equal distance):                           EMD = ½ Σᵢ |pᵢ − qᵢ|
// Missing sensitive values count as one more value for ℓ-diversity and the categorical EMD; the ordered
// EMD compares non-missing values only (a missing amount has no place on the scale).
import { type Column, isNumberKind } from '../table/column.js';
import type { Classes } from './classes.js';
import { rowsByClass } from './classes.js';

export interface SensitiveDiversity {
  attribute: string;
  distance: 'ordered' | 'equal';
  /** Distinct ℓ: the smallest number of distinct values in a class. */
  distinctL: number;
  /** Entropy ℓ: the smallest exp(entropy) over classes. */
  entropyL: number;
  /** Share of records whose class has a single value (so it is disclosed), among classes of ≥ 2 records. */
  homogeneousShare: number;
  /** Records in classes of ≥ 2 records (those for which homogeneity is meaningful). */
  recordsInSharedClasses: number;
  /** t: the largest EMD between a class and the whole file. */
  t: number;
  /** Record-weighted average EMD. */
  averageEmd: number;
  /** Share of records in classes farther than 0.2 from the overall distribution. */
  shareAboveT02: number;
}

/** Value codes 0..m-1 (sorted by value for numbers), -1 where missing. */
function valueCodes(col: Column): { codes: Int32Array; m: number; ordered: boolean } {
  const n = col.length;
  const codes = new Int32Array(n).fill(-1);
  if (isNumberKind(col.kind)) {
    const values = (col as { values: Float64Array }).values;
    const distinct = new Set<number>();
    for (let i = 0; i < n; i++) if (!col.missing[i]) distinct.add(values[i]);
    const sorted = Float64Array.from(distinct).sort();
    const rank = new Map<number, number>();
    for (let r = 0; r < sorted.length; r++) rank.set(sorted[r], r);
    for (let i = 0; i < n; i++) if (!col.missing[i]) codes[i] = rank.get(values[i])!;
    return { codes, m: sorted.length, ordered: true };
  }
  const index = new Map<string | number, number>();
  for (let i = 0; i < n; i++) {
    if (col.missing[i]) continue;
    const v =
      col.kind === 'categorical'
        ? col.codes[i]
        : col.kind === 'boolean'
          ? col.values[i]
          : (col.values[i] as string);
    let c = index.get(v);
    if (c === undefined) {
      c = index.size;
      index.set(v, c);
    }
    codes[i] = c;
  }
  return { codes, m: index.size, ordered: false };
}

/** `byClass`: the rows ordered by class, when several attributes share one grouping. */
export function sensitiveDiversity(
  col: Column,
  classes: Classes,
  byClass: { order: Int32Array; start: Int32Array } = rowsByClass(classes),
): SensitiveDiversity {
  const { codes, m, ordered } = valueCodes(col);
  const n = col.length;
  const missingCode = m; // one more value for ℓ-diversity and the categorical EMD
  const code = (i: number) => (codes[i] < 0 ? missingCode : codes[i]);
  const m1 = m + 1;
  // Overall distribution.
  const overall = new Float64Array(m1);
  let nonMissing = 0;
  for (let i = 0; i < n; i++) {
    overall[code(i)]++;
    if (codes[i] >= 0) nonMissing++;
  }
  // Ordered: cumulative distribution of non-missing values and its prefix sums.
  const Q = new Float64Array(m);
  const SQ = new Float64Array(m + 1);
  if (ordered && nonMissing > 0) {
    let acc = 0;
    for (let r = 0; r < m; r++) {
      acc += overall[r] / nonMissing;
      Q[r] = acc;
      SQ[r + 1] = SQ[r] + acc;
    }
  }
  // A class of one record is the common case in a risky file: its EMD depends only on its value.
  // Ordered, value of rank r: Σ_{i<r} Q(i) + Σ_{r≤i<m−1} (1 − Q(i)); equal distance: 1 − q(value).
  const single = new Float64Array(m1);
  for (let c = 0; c < m1; c++) {
    if (ordered)
      single[c] = c === missingCode || m < 2 ? 0 : (SQ[c] + (m - 1 - c) - (SQ[m - 1] - SQ[c])) / (m - 1);
    else single[c] = 1 - overall[c] / n;
  }
  const { order, start } = byClass;
  const counts = new Float64Array(m1);
  const touched: number[] = [];
  let distinctL = Number.POSITIVE_INFINITY;
  let entropyL = Number.POSITIVE_INFINITY;
  let homogeneous = 0;
  let shared = 0;
  let t = 0;
  let emdSum = 0;
  let above = 0;
  const ranks: number[] = [];
  for (let k = 0; k < classes.count; k++) {
    const size = start[k + 1] - start[k];
    if (size === 1) {
      const e = single[code(order[start[k]])];
      distinctL = 1;
      entropyL = 1;
      if (e > t) t = e;
      emdSum += e;
      if (e > 0.2) above++;
      continue;
    }
    touched.length = 0;
    ranks.length = 0;
    for (let p = start[k]; p < start[k + 1]; p++) {
      const c = code(order[p]);
      if (counts[c] === 0) touched.push(c);
      counts[c]++;
      if (ordered && c !== missingCode) ranks.push(c);
    }
    const distinct = touched.length;
    let h = 0;
    for (const c of touched) {
      const p = counts[c] / size;
      h -= p * Math.log(p);
    }
    if (distinct < distinctL) distinctL = distinct;
    const el = Math.exp(h);
    if (el < entropyL) entropyL = el;
    if (size >= 2) {
      shared += size;
      if (distinct === 1) homogeneous += size;
    }
    let emd: number;
    if (ordered) emd = orderedEmd(ranks, Q, SQ, m);
    else {
      // ½ Σ|p − q| = ½ (Σ_{class values} (|p − q| − q) + 1)
      let s = 1;
      for (const c of touched) {
        const q = overall[c] / n;
        s += Math.abs(counts[c] / size - q) - q;
      }
      emd = s / 2;
    }
    if (emd > t) t = emd;
    emdSum += emd * size;
    if (emd > 0.2) above += size;
    for (const c of touched) counts[c] = 0;
  }
  return {
    attribute: col.name,
    distance: ordered ? 'ordered' : 'equal',
    distinctL: Number.isFinite(distinctL) ? distinctL : 0,
    entropyL: Number.isFinite(entropyL) ? entropyL : 0,
    homogeneousShare: shared ? homogeneous / shared : 0,
    recordsInSharedClasses: shared,
    t,
    averageEmd: n ? emdSum / n : 0,
    shareAboveT02: n ? above / n : 0,
  };
}

/**
 * Ordered EMD of a class (its value ranks) against the overall cumulative distribution Q (prefix
 * sums SQ): (1/(m−1)) Σ_{i<m−1} |P(i) − Q(i)|. P is a step function, constant between the class's
 * values; on each constant stretch Q is non-decreasing, so one binary search splits the stretch
 * into the parts below and above P and the prefix sums give the sum: O(f log m) per class.
 */
export function orderedEmd(ranks: number[], Q: Float64Array, SQ: Float64Array, m: number): number {
  if (m < 2 || ranks.length === 0) return 0;
  ranks.sort((a, b) => a - b);
  const f = ranks.length;
  let total = 0;
  let from = 0; // first index of the current stretch
  let seen = 0;
  let idx = 0;
  while (idx < f) {
    const r = ranks[idx];
    // P is seen/f on [from, r)
    total += stretch(Q, SQ, from, r, seen / f);
    while (idx < f && ranks[idx] === r) {
      idx++;
      seen++;
    }
    from = r;
  }
  total += stretch(Q, SQ, from, m - 1, 1);
  return total / (m - 1);
}

/** Σ_{i=a}^{b−1} |c − Q(i)| for non-decreasing Q with prefix sums SQ. */
function stretch(Q: Float64Array, SQ: Float64Array, a: number, b: number, c: number): number {
  if (b <= a) return 0;
  let lo = a;
  let hi = b;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (Q[mid] < c) lo = mid + 1;
    else hi = mid;
  }
  return c * (lo - a) - (SQ[lo] - SQ[a]) + (SQ[b] - SQ[lo]) - c * (b - lo);
}
