import type { Rng } from '../random.js';
/** Bernoulli(exp(−γ)) for γ ≥ 0 (CKS Algorithm 1). */
export declare function bernoulliExp(rng: Rng, gamma: number): boolean;
/** Discrete Laplace with scale t (a positive integer): P(x) ∝ exp(−|x|/t) (CKS Algorithm 2). */
export declare function sampleDiscreteLaplace(rng: Rng, t: number): number;
/** Discrete Gaussian N_Z(0, σ²): P(x) ∝ exp(−x²/(2σ²)) over the integers (CKS Algorithm 3). */
export declare function sampleDiscreteGaussian(rng: Rng, sigma: number): number;
/** Integer counts plus independent discrete Gaussian noise of scale σ in each cell. */
export declare function addDiscreteGaussianNoise(counts: Float64Array, sigma: number, rng: Rng): Float64Array;
/**
 * Exponential mechanism (McSherry & Talwar 2007): pick index i with probability ∝ exp(ε·q_i / (2Δ)),
 * where Δ bounds how much one record changes any score. Sampled exactly through the Gumbel-max trick
 * (argmax of ε·q_i/(2Δ) + Gumbel noise has exactly that distribution). It satisfies ε-DP and ε²/8-zCDP
 * (Cesar & Rogers 2021), see accounting.ts.
 */
export declare function exponentialMechanism(scores: ArrayLike<number>, epsilon: number, sensitivity: number, rng: Rng): number;
