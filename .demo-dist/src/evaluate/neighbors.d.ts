import type { ColumnSpec, EncodedTable } from './encode.js';
export interface Neighbours {
    /** Distance to the nearest reference. */
    d1: Float64Array;
    /** Distance to the second nearest (Infinity with a single reference). */
    d2: Float64Array;
    /** Index of the nearest reference (lowest index among ties). */
    i1: Int32Array;
}
/** Nearest and second-nearest references of every query, over the columns given (default: all). */
export declare function nearest(specs: readonly ColumnSpec[], queries: EncodedTable, refs: EncodedTable, columns?: readonly number[]): Neighbours;
/** Gower distance between row i of a and row j of b (for tests and explanations). */
export declare function gower(specs: readonly ColumnSpec[], a: EncodedTable, i: number, b: EncodedTable, j: number): number;
