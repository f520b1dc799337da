export interface Factor {
    /** Sorted attribute indices. */
    readonly attrs: readonly number[];
    /** Sizes of those attributes, same order. */
    readonly sizes: readonly number[];
    readonly values: Float64Array;
}
export declare function sortedUnique(attrs: readonly number[]): number[];
export declare function sizesOf(domainSizes: readonly number[], attrs: readonly number[]): number[];
export declare function product(sizes: readonly number[]): number;
export declare function isSubset(sub: readonly number[], sup: readonly number[]): boolean;
/**
 * For each cell of the table over `sup` (sizes `supSizes`), the index of the cell of the table over `sub`
 * (a subset of `sup`, both sorted) it projects onto.
 */
export declare function indexMap(sup: readonly number[], supSizes: readonly number[], sub: readonly number[]): Int32Array;
/** True when a map sends every cell to itself (same attribute set): callers can skip it. */
export declare function isIdentity(map: Int32Array, outSize: number): boolean;
/** Linear-space marginal: out[map[i]] += values[i]. */
export declare function sumByMap(values: Float64Array, map: Int32Array, outSize: number): Float64Array;
/**
 * Log-space marginal: out[j] = log Σ_{i: map[i]=j} exp(values[i]). One exp per cell, shifted by the
 * table's maximum; if a whole target cell underflows (all its terms far below the maximum), falls back
 * to the exact per-cell maximum.
 */
export declare function logSumExpByMap(values: Float64Array, map: Int32Array, outSize: number): Float64Array;
/** logSumExpByMap with a per-target maximum (two passes): exact for any range of values. */
export declare function logSumExpByMapExact(values: Float64Array, map: Int32Array, outSize: number): Float64Array;
/** log Σ exp(values). */
export declare function logSumExp(values: Float64Array): number;
/** target[i] += src[map[i]] (broadcast a subset factor into a superset table). */
export declare function addByMap(target: Float64Array, src: Float64Array, map: Int32Array, scale?: number): void;
/** target[i] *= src[map[i]]. */
export declare function multiplyByMap(target: Float64Array, src: Float64Array, map: Int32Array): void;
export declare function factor(domainSizes: readonly number[], attrs: readonly number[], values?: Float64Array): Factor;
/** Broadcast f to a superset of its attributes (sizes given for the superset). */
export declare function expand(f: Factor, attrs: readonly number[], sizes: readonly number[]): Factor;
/** Linear product f·g over the union of attributes. */
export declare function multiply(f: Factor, g: Factor): Factor;
/** Log-space product (sum of log potentials) over the union of attributes. */
export declare function addLog(f: Factor, g: Factor): Factor;
/** Linear marginal onto `keep` (a subset of f's attributes). */
export declare function marginalise(f: Factor, keep: readonly number[]): Factor;
/** Log-space marginal onto `keep`. */
export declare function logMarginalise(f: Factor, keep: readonly number[]): Factor;
/** Log-space normalisation: values − logΣexp(values), so exp(values) sums to 1. */
export declare function normaliseLog(f: Factor): Factor;
/** exp of a log factor. */
export declare function expFactor(f: Factor): Factor;
