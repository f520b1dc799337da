// Small statistical building blocks, each checked on hand-computed cases in test/evaluate-stats.test.ts.

/** Total-variation distance between two count vectors: ½ Σ |p − q| (0 = same distribution, 1 = disjoint). */
export function tvd(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sa = 0;
  let sb = 0;
  for (let i = 0; i < a.length; i++) sa += a[i];
  for (let i = 0; i < b.length; i++) sb += b[i];
  if (sa === 0 || sb === 0) return sa === sb ? 0 : 1;
  let d = 0;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) d += Math.abs((a[i] ?? 0) / sa - (b[i] ?? 0) / sb);
  return d / 2;
}

/** Non-missing values, sorted ascending. */
export function sortedFinite(v: Float64Array): Float64Array {
  let n = 0;
  for (let i = 0; i < v.length; i++) if (!Number.isNaN(v[i])) n++;
  const out = new Float64Array(n);
  let j = 0;
  for (let i = 0; i < v.length; i++) if (!Number.isNaN(v[i])) out[j++] = v[i];
  return out.sort();
}

/** Two-sample Kolmogorov–Smirnov statistic: the largest gap between the empirical CDFs (sorted inputs). */
export function ks(a: Float64Array, b: Float64Array): number {
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 0 : 1;
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < a.length && j < b.length) {
    const x = Math.min(a[i], b[j]);
    while (i < a.length && a[i] <= x) i++;
    while (j < b.length && b[j] <= x) j++;
    d = Math.max(d, Math.abs(i / a.length - j / b.length));
  }
  return d;
}

/** Linear interpolation quantile of sorted values (type 7, as R's default). */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

export function mean(v: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i];
  return v.length ? s / v.length : Number.NaN;
}

/** Pearson correlation over the rows where both are present; NaN when a side is constant. */
export function pearson(x: Float64Array, y: Float64Array): number {
  let n = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(x[i]) || Number.isNaN(y[i])) continue;
    n++;
    sx += x[i];
    sy += y[i];
  }
  if (n < 2) return Number.NaN;
  const mx = sx / n;
  const my = sy / n;
  let cxy = 0;
  let cxx = 0;
  let cyy = 0;
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(x[i]) || Number.isNaN(y[i])) continue;
    const dx = x[i] - mx;
    const dy = y[i] - my;
    cxy += dx * dy;
    cxx += dx * dx;
    cyy += dy * dy;
  }
  return cxx > 0 && cyy > 0 ? cxy / Math.sqrt(cxx * cyy) : Number.NaN;
}

/** Mid-ranks of the values (ties share their mean rank); NaN stays NaN. */
export function ranks(x: Float64Array): Float64Array {
  const idx: number[] = [];
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i])) idx.push(i);
  idx.sort((a, b) => x[a] - x[b]);
  const r = new Float64Array(x.length).fill(Number.NaN);
  for (let s = 0; s < idx.length; ) {
    let e = s;
    while (e + 1 < idx.length && x[idx[e + 1]] === x[idx[s]]) e++;
    const mid = (s + e) / 2 + 1;
    for (let k = s; k <= e; k++) r[idx[k]] = mid;
    s = e + 1;
  }
  return r;
}

/** Spearman's rank correlation (Pearson on mid-ranks of the rows where both are present). */
export function spearman(x: Float64Array, y: Float64Array): number {
  const keep: number[] = [];
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i]) && !Number.isNaN(y[i])) keep.push(i);
  const xs = Float64Array.from(keep, (i) => x[i]);
  const ys = Float64Array.from(keep, (i) => y[i]);
  return pearson(ranks(xs), ranks(ys));
}

/** Contingency table of two code arrays (codes < 0 are left out). */
export function crossTab(a: Int32Array, ka: number, b: Int32Array, kb: number): Float64Array {
  const t = new Float64Array(ka * kb);
  for (let i = 0; i < a.length; i++) if (a[i] >= 0 && b[i] >= 0) t[a[i] * kb + b[i]]++;
  return t;
}

/**
 * Cramér's V of a ka × kb contingency table, with Bergsma's (2013) bias correction: the plain V is
 * biased upwards on small samples and many categories, the corrected one is near 0 for independent
 * variables. Empty rows and columns are dropped first.
 */
export function cramersV(table: Float64Array, ka: number, kb: number, corrected = true): number {
  const rowSum = new Float64Array(ka);
  const colSum = new Float64Array(kb);
  let n = 0;
  for (let i = 0; i < ka; i++)
    for (let j = 0; j < kb; j++) {
      const v = table[i * kb + j];
      rowSum[i] += v;
      colSum[j] += v;
      n += v;
    }
  const r = rowSum.filter((v) => v > 0).length;
  const c = colSum.filter((v) => v > 0).length;
  if (n < 2 || r < 2 || c < 2) return Number.NaN;
  let chi2 = 0;
  for (let i = 0; i < ka; i++)
    for (let j = 0; j < kb; j++) {
      const e = (rowSum[i] * colSum[j]) / n;
      if (e > 0) chi2 += (table[i * kb + j] - e) ** 2 / e;
    }
  const phi2 = chi2 / n;
  if (!corrected) return Math.sqrt(phi2 / Math.min(r - 1, c - 1));
  if (n < 2) return Number.NaN;
  const phi2c = Math.max(0, phi2 - ((r - 1) * (c - 1)) / (n - 1));
  const rc = r - (r - 1) ** 2 / (n - 1);
  const cc = c - (c - 1) ** 2 / (n - 1);
  const den = Math.min(rc - 1, cc - 1);
  return den > 0 ? Math.sqrt(phi2c / den) : Number.NaN;
}

/**
 * Correlation ratio η of a numeric variable y given categories x: √(between-group variance / total
 * variance), 0 when the group means are equal, 1 when y is a function of the category.
 */
export function correlationRatio(x: Int32Array, k: number, y: Float64Array): number {
  const sum = new Float64Array(k);
  const cnt = new Float64Array(k);
  let n = 0;
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    if (x[i] < 0 || Number.isNaN(y[i])) continue;
    sum[x[i]] += y[i];
    cnt[x[i]]++;
    s += y[i];
    n++;
  }
  if (n < 2) return Number.NaN;
  const m = s / n;
  let total = 0;
  for (let i = 0; i < x.length; i++) if (x[i] >= 0 && !Number.isNaN(y[i])) total += (y[i] - m) ** 2;
  if (total === 0) return Number.NaN;
  let between = 0;
  for (let g = 0; g < k; g++) if (cnt[g] > 0) between += cnt[g] * (sum[g] / cnt[g] - m) ** 2;
  return Math.sqrt(between / total);
}

/** The normal quantile for a two-sided confidence level (0.95 → 1.96), Acklam's approximation. */
export function zFor(confidence: number): number {
  return normalQuantile(0.5 + confidence / 2);
}

function normalQuantile(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
      ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    );
  }
  if (p > 1 - lo) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  );
}

export interface Rate {
  /** Wilson's centre ( (k + z²/2) / (n + z²) ), the estimate Anonymeter reports. */
  rate: number;
  /** Half-width of the Wilson interval. */
  error: number;
  low: number;
  high: number;
  successes: number;
  trials: number;
}

/** A success rate with its Wilson score interval (Wilson 1927), as Anonymeter estimates attack success. */
export function wilson(successes: number, trials: number, confidence = 0.95): Rate {
  if (trials <= 0) return { rate: Number.NaN, error: Number.NaN, low: 0, high: 1, successes, trials };
  const z = zFor(confidence);
  const z2 = z * z;
  const rate = (successes + z2 / 2) / (trials + z2);
  const error = (z / (trials + z2)) * Math.sqrt((successes * (trials - successes)) / trials + z2 / 4);
  return {
    rate,
    error,
    low: Math.max(0, rate - error),
    high: Math.min(1, rate + error),
    successes,
    trials,
  };
}

/**
 * Area under the ROC curve of scores for positives vs negatives (Mann–Whitney U / (n₁n₀), ties
 * count half): 0.5 is chance, 1 a perfect separation.
 */
export function auc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const n = scores.length;
  const idx = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let pos = 0;
  let rankSum = 0;
  for (let s = 0; s < n; ) {
    let e = s;
    while (e + 1 < n && scores[idx[e + 1]] === scores[idx[s]]) e++;
    const mid = (s + e) / 2 + 1;
    for (let k = s; k <= e; k++)
      if (labels[idx[k]] === 1) {
        rankSum += mid;
        pos++;
      }
    s = e + 1;
  }
  const neg = n - pos;
  if (pos === 0 || neg === 0) return Number.NaN;
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

/** Coefficient of determination of predictions (can be negative when worse than the mean). */
export function r2(truth: ArrayLike<number>, pred: ArrayLike<number>): number {
  const m = mean(truth);
  let ssr = 0;
  let sst = 0;
  for (let i = 0; i < truth.length; i++) {
    ssr += (truth[i] - pred[i]) ** 2;
    sst += (truth[i] - m) ** 2;
  }
  return sst > 0 ? 1 - ssr / sst : Number.NaN;
}
