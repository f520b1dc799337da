import type { Rng } from '../random.js';
import type { Column } from '../table/column.js';
/** `size` distinct row indices of 0..n-1 in increasing order (Knuth's selection sampling). */
export declare function sampleRowIndices(n: number, size: number, rng: Rng): Int32Array;
export interface DistinctValues {
    /** Distinct non-missing values as text, most frequent first. */
    values: string[];
    counts: number[];
    /** Non-missing cells among the rows looked at. */
    nonMissing: number;
    rows: number;
}
/** The distinct values (as strings) of a column on some rows. */
export declare function distinctStrings(col: Column, rows: Int32Array): DistinctValues;
