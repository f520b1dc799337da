import type { Accountant, Measurement } from './accounting.js';
import type { Domain, EncodedData } from './domain.js';
import { type AttributeCodec, MissingIndicatorCodec } from './encode.js';
import { Regenerator } from './regenerate.js';
import { type Column, type NumberColumn, type NumberKind } from '../table/column.js';
import type { Schema } from '../table/schema.js';
import type { Table } from '../table/table.js';
import type { Rng } from '../random.js';
/** Upper bound on the codes of one attribute, so that 2-way marginals stay small (32 × 32 cells). */
export declare const MAX_BINS = 32;
/** Share of the budget spent on the noisy row count. */
export declare const ROWS_SHARE = 0.01;
/** Share of the budget, per modelled column, that a column needing a discretisation step may spend ÷ d. */
export declare const COLUMN_SHARE = 0.1;
/** Fine cells of the within-bounds histogram. */
export declare const FINE_CELLS = 64;
export interface PrivacyContext {
    accountant: Accountant;
    /** ρ of the whole run (the engine gets what this step leaves). */
    totalRho: number;
    /** δ reserved for choosing which non-public categories are released (see `categoryThreshold`). */
    selectionDelta: number;
    noise: Rng;
}
export interface DiscretiseOptions {
    /** A schema given by the user: its roles, bounds, categories and nullability are public knowledge. */
    schema?: Schema;
    /** The table's own category lists are public (a codebook; the demo's are defined by its generator). */
    publicCategories?: boolean;
    /** Cap on the codes per attribute (default MAX_BINS). */
    maxBins?: number;
    /** Force this number of bins for numbers and dates (default: chosen from the budget and noisy n). */
    bins?: number;
    /** Absent: exact, non-private plan (for CART and for measuring fidelity). */
    privacy?: PrivacyContext;
}
export type Treatment = 'modelled' | 'regenerated' | 'dropped';
export interface ColumnPlan {
    name: string;
    kind: Column['kind'];
    /** Source format (date pattern, decimal comma, boolean words), written back on output. */
    format?: string;
    treatment: Treatment;
    /** Why and how, in plain words (for the provenance and the CLI). */
    detail: string;
    codec?: AttributeCodec;
    regenerator?: Regenerator;
    /** For a regenerated column that may be missing: the modelled attribute of its missingness. */
    missingIndicator?: MissingIndicatorCodec;
}
export interface EncodingPlan {
    columns: ColumnPlan[];
    /** The attributes of the domain, in order (modelled columns, then missing indicators). */
    attributes: AttributeCodec[];
    domain: Domain;
    /** Row count: noisy under privacy, exact otherwise. */
    rows: number;
    /** The steps of this plan that spent budget (also in the accountant). */
    measurements: Measurement[];
}
/** Columns whose category names would come from the data alone (they need a share of δ). */
export declare function nonPublicCategoricalCount(table: Table, opts: DiscretiseOptions): number;
export declare function planEncoding(table: Table, opts?: DiscretiseOptions): EncodingPlan;
/**
 * Threshold above which a noisy count of a category seen in the data is released, when category names
 * are not public. A category held by one row only appears with probability ≤ δ_c (the Gaussian tail,
 * plus one for the discrete rounding), so releasing names this way is (0, δ_c) on top of the zCDP part.
 */
export declare function categoryThreshold(sigma: number, deltaPerColumn: number): number;
/** z with P(N(0,1) > z) ≤ p, from the Mills bound φ(z)/z (an upper bound on the tail: conservative). */
export declare function gaussianTailInverse(p: number): number;
/** The fixed public coarse grid a range is found on: signed powers of 10^(1/4), or years for dates. */
export declare function coarseGrid(kind: NumberKind): number[];
/** Resolution of a column: integers and dates 1, datetimes their coarsest unit, decimals their places. */
export declare function stepOf(col: NumberColumn): number;
/** The rows of a table as codes of the plan's attributes. */
export declare function encodeTable(plan: EncodingPlan, table: Table): EncodedData;
