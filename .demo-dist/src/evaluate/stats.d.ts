/** Total-variation distance between two count vectors: ½ Σ |p − q| (0 = same distribution, 1 = disjoint). */
export declare function tvd(a: ArrayLike<number>, b: ArrayLike<number>): number;
/** Non-missing values, sorted ascending. */
export declare function sortedFinite(v: Float64Array): Float64Array;
/** Two-sample Kolmogorov–Smirnov statistic: the largest gap between the empirical CDFs (sorted inputs). */
export declare function ks(a: Float64Array, b: Float64Array): number;
/** Linear interpolation quantile of sorted values (type 7, as R's default). */
export declare function quantile(sorted: ArrayLike<number>, p: number): number;
export declare function mean(v: ArrayLike<number>): number;
/** Pearson correlation over the rows where both are present; NaN when a side is constant. */
export declare function pearson(x: Float64Array, y: Float64Array): number;
/** Mid-ranks of the values (ties share their mean rank); NaN stays NaN. */
export declare function ranks(x: Float64Array): Float64Array;
/** Spearman's rank correlation (Pearson on mid-ranks of the rows where both are present). */
export declare function spearman(x: Float64Array, y: Float64Array): number;
/** Contingency table of two code arrays (codes < 0 are left out). */
export declare function crossTab(a: Int32Array, ka: number, b: Int32Array, kb: number): Float64Array;
/**
 * Cramér's V of a ka × kb contingency table, with Bergsma's (2013) bias correction: the plain V is
 * biased upwards on small samples and many categories, the corrected one is near 0 for independent
 * variables. Empty rows and columns are dropped first.
 */
export declare function cramersV(table: Float64Array, ka: number, kb: number, corrected?: boolean): number;
/**
 * Correlation ratio η of a numeric variable y given categories x: √(between-group variance / total
 * variance), 0 when the group means are equal, 1 when y is a function of the category.
 */
export declare function correlationRatio(x: Int32Array, k: number, y: Float64Array): number;
/** The normal quantile for a two-sided confidence level (0.95 → 1.96), Acklam's approximation. */
export declare function zFor(confidence: number): number;
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
export declare function wilson(successes: number, trials: number, confidence?: number): Rate;
/**
 * Area under the ROC curve of scores for positives vs negatives (Mann–Whitney U / (n₁n₀), ties
 * count half): 0.5 is chance, 1 a perfect separation.
 */
export declare function auc(scores: ArrayLike<number>, labels: ArrayLike<number>): number;
/** Coefficient of determination of predictions (can be negative when worse than the mean). */
export declare function r2(truth: ArrayLike<number>, pred: ArrayLike<number>): number;
