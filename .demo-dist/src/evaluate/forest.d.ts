import type { Rng } from '../random.js';
export declare const MAX_BINS = 32;
export interface FeatureBinner {
    /** The bin of a raw value (a number, NaN, or a category code with -1 missing). */
    bin(v: number): number;
}
export declare function numericBinner(train: Float64Array): FeatureBinner;
/** Categories ranked by their mean target (`score`, per training row); rare ones share the last bin. */
export declare function categoricalBinner(codes: Int32Array, k: number, score: Float64Array): FeatureBinner;
export interface ForestOptions {
    trees?: number;
    maxDepth?: number;
    minLeaf?: number;
    /** Features tried per split (default √p for classification, p/3 for regression). */
    mtry?: number;
}
export interface Forest {
    /** Class probabilities (classification; length = classes) or [mean] (regression). */
    predict(features: Uint8Array[], row: number): Float64Array;
}
/**
 * Fit a forest. `x[f][i]` is the bin of feature f for row i; `y[i]` a class index (classification,
 * `classes` > 0) or a number (regression, `classes` = 0).
 */
export declare function fitForest(x: Uint8Array[], y: Float64Array, classes: number, rng: Rng, options?: ForestOptions): Forest;
