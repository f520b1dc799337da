/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9; relative error ~1e-15). */
export declare function logGamma(x: number): number;
/** ψ(x) = d/dx ln Γ(x), x > 0: recurrence up to x ≥ 6, then the asymptotic series. */
export declare function digamma(x: number): number;
/** ψ'(x), x > 0. */
export declare function trigamma(x: number): number;
/** ln C(n, k). */
export declare function logChoose(n: number, k: number): number;
/**
 * P(X = 1) for X ~ Hypergeometric(population N, successes K, draws n): the chance that exactly one
 * member of a group of K ends up in a sample of n drawn from N.
 */
export declare function hypergeometricOne(N: number, K: number, n: number): number;
