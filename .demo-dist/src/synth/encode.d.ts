import { type BooleanColumn, type CategoricalColumn, type Column, type NumberColumn, type NumberKind } from '../table/column.js';
import type { Rng } from '../random.js';
/** A column seen as one attribute of the discrete domain. */
export interface AttributeCodec {
    /** The table column it comes from. */
    readonly column: string;
    /** Number of codes. */
    readonly size: number;
    /** Code for "missing", or -1 when the attribute has none. */
    readonly missingCode: number;
    /** Codes of the rows of this column (same length). Values out of the domain are clamped or merged. */
    encode(col: Column): Int32Array;
    /** A column of values drawn from these codes, in the original kind and format. */
    decode(codes: Int32Array, rng: Rng, format?: string): Column;
    /** What the code means, for the provenance file and the docs: one short label per code. */
    labels(): string[];
}
/** Label written for merged rare categories when their names are not public. */
export declare const OTHER_LABEL = "(other)";
export declare class CategoricalCodec implements AttributeCodec {
    readonly column: string;
    /** Categories kept as their own code, in order. */
    readonly kept: readonly string[];
    /** Categories merged into "other"; their names are only written back when `mergedPublic`. */
    readonly merged: readonly string[];
    readonly mergedPublic: boolean;
    readonly size: number;
    readonly missingCode: number;
    /** Code of the merged rare categories, or -1. */
    readonly otherCode: number;
    private readonly index;
    /** Output categories: the kept ones, then the merged ones (when public) or OTHER_LABEL. */
    private readonly outCategories;
    /** Output category indices an "other" code is drawn from (uniformly). */
    private readonly otherPool;
    constructor(column: string, 
    /** Categories kept as their own code, in order. */
    kept: readonly string[], 
    /** Categories merged into "other"; their names are only written back when `mergedPublic`. */
    merged: readonly string[], 
    /** True when unseen or merged categories exist and need an "other" code. */
    hasOther: boolean, hasMissing: boolean, mergedPublic: boolean);
    encode(col: Column): Int32Array;
    decode(codes: Int32Array, rng: Rng, format?: string): CategoricalColumn;
    labels(): string[];
}
export declare class BooleanCodec implements AttributeCodec {
    readonly column: string;
    readonly size: number;
    readonly missingCode: number;
    constructor(column: string, hasMissing: boolean);
    encode(col: Column): Int32Array;
    decode(codes: Int32Array, _rng: Rng, format?: string): BooleanColumn;
    labels(): string[];
}
/** Within one bin: sub-cells [lo, hi) with weights (noisy counts clipped at 0, or uniform). */
export interface BinShape {
    /** Sub-cell edges, ascending, length k+1; the bin is [edges[0], edges[k]). */
    edges: number[];
    /** Weights of the k sub-cells (any non-negative numbers; all zero means uniform). */
    weights: number[];
}
export declare class BinnedCodec implements AttributeCodec {
    readonly column: string;
    readonly kind: NumberKind;
    /** Bin edges, ascending, length bins+1. Values below the first or above the last are clamped. */
    readonly edges: readonly number[];
    /** The sub-cell shape of each bin (same length as bins). */
    readonly shapes: readonly BinShape[];
    /** Values are multiples of this (1 for integers and dates, 0.01 for cents, 1000 for whole seconds). */
    readonly step: number;
    readonly size: number;
    readonly missingCode: number;
    /** Cumulative weights per bin, for drawing a sub-cell. */
    private readonly cumulative;
    constructor(column: string, kind: NumberKind, 
    /** Bin edges, ascending, length bins+1. Values below the first or above the last are clamped. */
    edges: readonly number[], 
    /** The sub-cell shape of each bin (same length as bins). */
    shapes: readonly BinShape[], 
    /** Values are multiples of this (1 for integers and dates, 0.01 for cents, 1000 for whole seconds). */
    step: number, hasMissing: boolean);
    get bins(): number;
    /** Bin of a value (clamped into the outer bins). */
    binOf(x: number): number;
    encode(col: Column): Int32Array;
    /** One value drawn inside bin b, on the step grid, and inside the bin whenever the bin holds a step. */
    draw(b: number, rng: Rng): number;
    /** Round to the step grid, staying in [lo, hi) when a grid point lies there. */
    private snap;
    decode(codes: Int32Array, rng: Rng, format?: string): NumberColumn;
    labels(): string[];
}
/** x rounded to a multiple of step, without binary noise for decimal steps (0.01 → 2 decimals). */
export declare function roundTo(x: number, step: number): number;
/** Only whether the value is there: lets regenerated columns keep their missing rate (and its links). */
export declare class MissingIndicatorCodec implements AttributeCodec {
    readonly column: string;
    readonly size = 2;
    readonly missingCode = 1;
    constructor(column: string);
    encode(col: Column): Int32Array;
    decode(): Column;
    labels(): string[];
}
