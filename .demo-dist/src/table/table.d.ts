import { type Column, type Value } from './column.js';
export interface TableMeta {
    /** Where the table was read from (file name), for error messages and reports. */
    source?: string;
    /** A free comment carried to writers that support one (e.g. the demo's "fictitious" notice). */
    comment?: string;
    /** True when every row is known to be fictitious (demo or synthetic data). */
    fictitious?: boolean;
}
export declare class Table {
    readonly columns: readonly Column[];
    readonly meta: TableMeta;
    private readonly byName;
    constructor(columns: readonly Column[], meta?: TableMeta);
    get nRows(): number;
    get nCols(): number;
    get names(): string[];
    has(name: string): boolean;
    /** The column with that name; a usage error naming the known columns if there is none. */
    column(name: string): Column;
    /** Only these columns, in this order (no copy of the data). */
    select(names: readonly string[]): Table;
    /** All columns but these. */
    drop(names: readonly string[]): Table;
    /** Rows [start, end) as views on the same data. */
    slice(start: number, end?: number): Table;
    /** The rows at these indices, in order (a copy). */
    take(rows: ArrayLike<number>): Table;
    /** Replace or append a column. */
    withColumn(col: Column): Table;
    withMeta(meta: TableMeta): Table;
    /** Row i as a plain object. For display and tests, not for hot loops. */
    row(i: number): Record<string, Value>;
    rows(): IterableIterator<Record<string, Value>>;
}
export declare function unknownColumn(name: string, table: Table): import("../errors.js").FictifError;
