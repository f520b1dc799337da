import { type Column } from '../table/column.js';
import type { Rng } from '../random.js';
/** A format must be shared by this many rows to be reproduced (no single row shapes the output). */
export declare const MIN_SHARED = 10;
export interface RegeneratedSummary {
    column: string;
    kind: string;
    /** How the new values look, e.g. "A9999999" (A = capital, a = small letter, 9 = digit). */
    shapes: string[];
    /** True when no format was common enough and a generic one was used. */
    generic: boolean;
}
/** The regenerator of one column: learns its formats once, then draws fresh unique values. */
export declare class Regenerator {
    readonly column: string;
    readonly kind: Column['kind'];
    readonly format: string | undefined;
    private readonly shapes;
    private readonly total;
    private readonly real;
    private readonly used;
    readonly generic: boolean;
    private readonly syllables;
    private readonly typicalLength;
    constructor(column: string, kind: Column['kind'], format: string | undefined, values: readonly string[]);
    summary(): RegeneratedSummary;
    private drawShape;
    private fromShape;
    private pseudoWords;
    /** One fresh value, never a real one, never one already drawn. */
    next(rng: Rng): string;
    /** A column of n fresh values; rows where `missing` is 1 are left missing. */
    generate(n: number, rng: Rng, missing: Uint8Array): Column;
}
/** The string form of each row of a column, '' where missing (numbers as their digits). */
export declare function stringsOf(col: Column): string[];
