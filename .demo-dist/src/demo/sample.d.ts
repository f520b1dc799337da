import type { Rng } from '../random.js';
/** Draws an index with probability proportional to its weight, by binary search on cumulative weights. */
export declare class Weighted<T> {
    readonly items: readonly T[];
    private readonly cum;
    private readonly total;
    constructor(items: readonly T[], weight: (item: T) => number);
    index(rng: Rng): number;
    pick(rng: Rng): T;
}
/** Index drawn from a small table of probabilities (need not sum to 1). */
export declare function choose(rng: Rng, probs: readonly number[]): number;
export declare function bernoulli(rng: Rng, p: number): boolean;
/** Log-normal with the given median and log-scale standard deviation. */
export declare function lognormal(rng: Rng, median: number, sigma: number): number;
/** Normal clipped to [lo, hi]. */
export declare function clippedNormal(rng: Rng, mean: number, sd: number, lo: number, hi: number): number;
/** Gamma(shape k ≥ 1, scale θ) by Marsaglia–Tsang. */
export declare function gamma(rng: Rng, k: number, theta: number): number;
export declare const cents: (x: number) => number;
