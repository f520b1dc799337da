import type { Progress } from '../progress.js';
import { type Rng, type Seed } from '../random.js';
import { type Measurement } from './accounting.js';
import type { Domain, EncodedData } from './domain.js';
export interface EngineOptions {
    /** Whole budget of the engine, in zCDP ρ; the ledger ends with exactly this spent. */
    rho: number;
    /** Secret seed of the DP noise and selections. */
    noiseSeed: Seed;
    /** Seed of non-private choices. Fitting makes none today (estimation is deterministic); kept so
     * callers pass one seed convention to every engine. */
    seed: Seed;
    progress?: Progress;
    /** Mirror-descent iterations of the final estimation (default 1000; stops earlier on convergence). */
    iterations?: number;
    /** AIM: largest junction tree, in MiB of float64 tables (default 80). */
    maxModelSizeMiB?: number;
}
export interface FittedModel {
    domain: Domain;
    /** `rows` independent synthetic records; call repeatedly with one generator to stream chunks. */
    sample(rows: number, rng: Rng): EncodedData;
    /** Attribute sets of the model (the measured sets not contained in another), by name. */
    cliques: string[][];
    /** Every spend of the budget, in order, with the noise scale of each measurement. */
    measurements: Measurement[];
}
/** MST: one-way marginals, a private maximum spanning tree of pairs, its pair marginals. */
export declare function fitMST(data: EncodedData, options: EngineOptions): FittedModel;
/** AIM: adaptive selection of workload marginals under a model-size limit. */
export declare function fitAIM(data: EncodedData, options: EngineOptions & {
    workload?: string[][];
}): FittedModel;
