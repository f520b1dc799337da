export type Seed = number | string;
export interface Rng {
    /** Uniform double in [0, 1) with 53 random bits. */
    next(): number;
    /** Uniform 32-bit unsigned integer. */
    uint32(): number;
    /** Uniform integer in [0, n). */
    int(n: number): number;
    /** Standard normal deviate. */
    normal(): number;
    /** An independent generator derived from this one's seed and a label (stable across runs). */
    fork(label: string): Rng;
}
export declare function createRng(seed: Seed, label?: string): Rng;
export declare function createNoiseRng(seed: Seed, label?: string): Rng;
/** A fresh unpredictable seed, for DP noise when the user sets none. */
export declare function freshSeed(): string;
/** Fisher–Yates shuffle of indices 0..n-1. */
export declare function permutation(rng: Rng, n: number): Int32Array;
