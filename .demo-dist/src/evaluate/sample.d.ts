import { type Rng } from '../random.js';
/** Up to k distinct row indices of 0..n-1, in increasing order (all rows when n ≤ k). */
export declare function sampleIndices(n: number, k: number, rng: Rng): Int32Array;
/** The indices 0..n-1 split at random into two disjoint sets of sizes k1 and k2 (k1 + k2 ≤ n). */
export declare function splitIndices(n: number, k1: number, k2: number, rng: Rng): [Int32Array, Int32Array];
