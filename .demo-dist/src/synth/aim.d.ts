import type { Progress } from '../progress.js';
import type { Rng } from '../random.js';
import { type Accountant } from './accounting.js';
import type { EncodedData } from './domain.js';
import { GraphicalModel } from './graphical-model.js';
import { type NoisyMarginal } from './marginals.js';
export interface AimSettings {
    /** Attribute sets of the workload (indices); default every pair. */
    workload?: number[][];
    /** Planned rounds T (default 16·d). */
    rounds?: number;
    /** Model size limit in MiB (default 80). */
    maxModelSizeMiB?: number;
    /** Mirror-descent iterations of the final estimation (default 1000). */
    iterations?: number;
    /** Mirror-descent iterations after each round (default 100, warm started). */
    roundIterations?: number;
    progress?: Progress;
}
export interface AimRun {
    model: GraphicalModel;
    measurements: NoisyMarginal[];
    rounds: number;
}
interface Candidate {
    attrs: number[];
    weight: number;
    cells: number;
}
/** Every non-empty subset of the workload sets with its weight w_r = Σ_s |r ∩ s|. */
export declare function aimCandidates(workload: readonly (readonly number[])[], sizes: readonly number[]): Candidate[];
export declare function allPairs(d: number): number[][];
export declare function runAIM(data: EncodedData, rho: number, accountant: Accountant, noise: Rng, settings: AimSettings): AimRun;
export {};
