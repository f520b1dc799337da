import type { Progress } from '../progress.js';
import type { Schema } from '../table/schema.js';
import type { Table } from '../table/table.js';
export type TableFormat = 'csv' | 'tsv' | 'xlsx' | 'parquet' | 'jsonl' | 'zip';
export declare const FORMAT_OF_EXTENSION: Record<string, TableFormat>;
export declare const FORMATS: readonly TableFormat[];
/** The format of a file from its name, or the one asked for. */
export declare function formatOf(name: string, format?: string): TableFormat;
export interface ParseOptions {
    format?: TableFormat;
    sheet?: string;
    entry?: string;
    delimiter?: string;
    encoding?: string;
    header?: boolean;
    schema?: Schema;
    progress?: Progress;
}
/** What reading found out, for notes to the user. */
export interface ReadInfo {
    format: TableFormat;
    /** The file read inside a zip. */
    entry?: string;
    delimiter?: string;
    encoding?: string;
    header?: boolean;
    /** Columns read a second time as strings because a late value did not fit. */
    reread?: string[];
}
/** Parse a whole file's bytes. `name` gives the format (from its extension) and names the file in messages. */
export declare function parseTableBytes(bytes: Uint8Array, name: string, options?: ParseOptions): Promise<{
    table: Table;
    info: ReadInfo;
}>;
