import type { Progress } from '../progress.js';
import { type Rng, type Seed } from '../random.js';
import type { Schema } from '../table/schema.js';
import type { Table } from '../table/table.js';
import { type CartModel } from './cart.js';
import { type ConstraintReport, type RuleChecker } from './constraints.js';
import { type EncodingPlan } from './discretise.js';
import { type FittedModel } from './engine.js';
import { type PrivacyStatement, type Provenance, type SynthMethod } from './provenance.js';
/** Default δ: far below 1/n for any realistic table, and fixed (a δ from the private n would leak n). */
export declare const DEFAULT_DELTA = 1e-9;
export declare const DEFAULT_EPSILON = 1;
/** Rows per chunk when streaming: bounded memory whatever the output size. */
export declare const CHUNK_ROWS = 50000;
/** Share of δ for releasing category names seen only in the data, when a column needs it. */
export declare const SELECTION_DELTA_SHARE = 0.1;
export interface SynthOptions {
    method: SynthMethod;
    epsilon?: number;
    delta?: number;
    /** Seed of the sampling (and of the noise when `noiseSeed` is not given). */
    seed: Seed;
    /** Secret seed of the DP noise (default: derived from `seed`). */
    noiseSeed?: Seed;
    /** Rows to generate (default: the noisy row count for MST/AIM, the input size for CART). */
    rows?: number;
    /** Rows that break one of these are resampled (see constraints.ts). */
    rules?: RuleChecker;
    /** A user-given schema: public bounds, categories, roles, nullability. */
    schema?: Schema;
    /** The table's category lists are public (a codebook, or the demo whose generator defines them). */
    publicCategories?: boolean;
    progress?: Progress;
    /** For the provenance: the input's name and the SHA-256 of its file. */
    input?: {
        name: string;
        sha256?: string;
    };
    /** Engine: AIM workload (sets of column names), iterations, model size limit. */
    workload?: string[][];
    iterations?: number;
    maxModelSizeMiB?: number;
    /** Cap on bins per attribute (default 32). */
    maxBins?: number;
    /** For the provenance: false when the seeds were drawn fresh (no --seed). Default true. */
    seedGiven?: boolean;
}
export interface Sampler {
    /** Rows the run is meant to write (options.rows or the default). */
    readonly rows: number;
    /** `rows` synthetic rows with rules enforced; a different `rng` gives different rows. */
    sample(rows: number, rng: Rng): Table;
    /** The whole output in chunks of `chunkRows`, deterministic for a given seed and chunk size. */
    chunks(rows?: number, chunkRows?: number): Generator<Table>;
    /** Constraint report of every row sampled so far (undefined without rules). */
    constraintReport(): ConstraintReport | undefined;
}
export interface SynthResult {
    method: SynthMethod;
    privacy: PrivacyStatement | null;
    provenance: Provenance;
    sampler: Sampler;
    /** The discretisation: what was modelled and how. */
    plan: EncodingPlan;
    /** The engine's model (MST, AIM) or the trees (CART). */
    model: FittedModel | CartModel;
    /** Advice for a person (e.g. CART's lack of guarantee), to print on standard error. */
    warnings: string[];
}
export declare function synthesize(table: Table, options: SynthOptions): SynthResult;
