import type { Progress } from '../progress.js';
import type { Schema } from '../table/schema.js';
import type { Table } from '../table/table.js';
import { type ReadInfo, type TableFormat } from './parse.js';
import { type TableSink } from './sink.js';
export type { ReadInfo, TableFormat } from './parse.js';
export { FORMATS, formatOf, parseTableBytes } from './parse.js';
export type { TableSink } from './sink.js';
export interface ReadOptions {
    /** XLSX: sheet name (default: the first). */
    sheet?: string;
    /** ZIP: which file inside (default: the only table in it). */
    entry?: string;
    /** CSV: delimiter (default: sniffed among , ; tab |). */
    delimiter?: string;
    /** CSV: 'utf-8' | 'windows-1252' (alias 'cp1252', 'latin1') | 'utf-16le' | 'utf-16be' (default: detected). */
    encoding?: string;
    /** CSV/XLSX: true if the first row names the columns, false if it is data (default: detected). */
    header?: boolean;
    /** Default: from the file extension. */
    format?: TableFormat;
    /** Overrides inferred kinds (and carries roles). */
    schema?: Schema;
    progress?: Progress;
    /** Told what reading found out that a user should know (no header row, encoding guessed, ...). */
    onNote?: (message: string) => void;
}
export interface WriteOptions {
    /** Default: from the file extension. */
    format?: 'csv' | 'tsv' | 'parquet' | 'xlsx' | 'jsonl';
    /** CSV: field delimiter (default ',' and tab for .tsv). */
    delimiter?: string;
    /** CSV/TSV/JSONL: 'utf-8' (default) or 'windows-1252'. */
    encoding?: string;
    /** CSV: decimal separator for every number; default: each column's source format. */
    decimal?: '.' | ',';
    /** CSV, UTF-8: start with a byte order mark (Excel on Windows then reads accents right). */
    bom?: boolean;
    /** CSV: write table.meta.comment as leading '# ' lines (Parquet always keeps it as metadata). */
    comment?: boolean;
    /** CSV: line ending (default '\n'). */
    newline?: '\n' | '\r\n';
    /** XLSX: sheet name (default 'data'). */
    sheet?: string;
    /** The input file, which must not be overwritten (also taken from table.meta.source). */
    source?: string;
    progress?: Progress;
}
/** Read a table file; the format comes from the extension (or options.format). */
export declare function readTable(path: string, options?: ReadOptions): Promise<Table>;
export declare function readTableWithInfo(path: string, options?: ReadOptions): Promise<{
    table: Table;
    info: ReadInfo;
}>;
/** Write a whole table (atomically; never over its own source file). */
export declare function writeTable(table: Table, path: string, options?: WriteOptions): Promise<void>;
/**
 * A writer taking a table chunk by chunk (chunks share column names and kinds). CSV, TSV, JSON Lines
 * and Parquet stream in bounded memory; XLSX keeps every chunk until close. Nothing appears at `path`
 * before close succeeds; abort (or any failure) leaves no file.
 */
export declare function openTableWriter(path: string, options?: WriteOptions): Promise<TableSink>;
