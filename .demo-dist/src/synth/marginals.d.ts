import type { Rng } from '../random.js';
import { type Accountant } from './accounting.js';
import type { EncodedData } from './domain.js';
/** One noisy marginal: noisy counts `values` over sorted `attrs`, discrete Gaussian noise of scale sigma. */
export interface NoisyMarginal {
    readonly attrs: readonly number[];
    readonly values: Float64Array;
    readonly sigma: number;
}
/** Exact counts of the marginal over `attrs` (any order; counted over the sorted set). */
export declare function countMarginal(data: EncodedData, attrs: readonly number[]): Float64Array;
/** Key of an attribute set, for maps. */
export declare function setKey(attrs: readonly number[]): string;
/**
 * Measure the marginal over `attrs` with ρ of zCDP: counts plus discrete Gaussian noise of scale
 * σ = 1/√(2ρ), recorded in the accountant (which refuses it if the budget would be exceeded).
 */
export declare function measureMarginal(data: EncodedData, attrs: readonly number[], rho: number, rng: Rng, accountant: Accountant, names?: readonly string[]): NoisyMarginal;
/** Total variation distance between two count tables (each normalised to a distribution). */
export declare function tvd(x: Float64Array, y: Float64Array): number;
/** L1 distance between two equally long arrays. */
export declare function l1(x: Float64Array, y: Float64Array): number;
