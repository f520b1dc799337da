import type { Column } from '../table/column.js';
import type { Table } from '../table/table.js';
export type ColumnType = 'num' | 'cat';
export interface ColumnSpec {
    name: string;
    /** Kind in the real file (numeric, date, categorical, ...). */
    kind: Column['kind'];
    type: ColumnType;
    /** cat: the shared categories (real's first, in first-seen order). */
    categories: string[];
    /** num: range of the real values, for scaled distances (hi > lo, or both 0). */
    lo: number;
    hi: number;
}
export interface EncodedTable {
    n: number;
    /** Per column: Float64Array for num, Int32Array for cat. */
    values: (Float64Array | Int32Array)[];
}
export interface Encoding {
    specs: ColumnSpec[];
    /** Columns left out and why (identifiers, free text). */
    ignored: {
        name: string;
        reason: string;
    }[];
    real: EncodedTable;
    synthetic: EncodedTable;
    holdout?: EncodedTable;
}
/** Check that the tables share their columns; a usage error naming the differences otherwise. */
export declare function checkSameSchema(real: Table, other: Table, otherLabel: string): void;
export declare function encodeTables(real: Table, synthetic: Table, holdout?: Table): Encoding;
/** The rows at these indices of an encoded table (a copy). */
export declare function takeRows(t: EncodedTable, rows: ArrayLike<number>): EncodedTable;
/** A key that is equal for two rows exactly when every evaluated value is equal. */
export declare function rowKey(t: EncodedTable, i: number): string;
