import { type Column } from '../table/column.js';
export interface EncodedColumn {
    name: string;
    /** Code per row, 0..cardinality-1; missing values get `missingCode`. */
    codes: Int32Array;
    /** Number of codes in use, including the missing code when some value is missing. */
    cardinality: number;
    /** The code of "missing" (-1 when no value is missing). */
    missingCode: number;
    /** 1 where the value is missing. */
    missing: Uint8Array;
}
export type Coarsening = 'none' | 'year';
/**
 * Encode a column. Missing values are one more value of their own (ARX's default: a missing value
 * is the value "NULL" and matches only other missing values); `classes` can treat them as wildcards.
 */
export declare function encodeColumn(col: Column, coarsen?: Coarsening): EncodedColumn;
