import type { Progress } from '../../progress.js';
import type { Schema } from '../../table/schema.js';
import { Table } from '../../table/table.js';
import { type Encoding } from '../encoding.js';
import { type Newline } from './sniff.js';
/** Bytes (file contents), text, or a function giving the bytes chunk by chunk (may be called again). */
export type CsvInput = Uint8Array | string | (() => AsyncIterable<Uint8Array>);
export interface CsvReadOptions {
    /** File name for messages. */
    file?: string;
    delimiter?: string;
    encoding?: string;
    /** Force (true) or deny (false) a header row; default: detected. */
    header?: boolean;
    schema?: Schema;
    /** Total size in bytes, for progress. */
    totalBytes?: number;
    progress?: Progress;
}
/** What the reader found out about the file. */
export interface CsvInfo {
    delimiter: string;
    encoding: Encoding | 'text';
    header: boolean;
    newline: Newline;
    rows: number;
    /** Columns read again as strings after a late cell did not fit their first kind. */
    reread: string[];
}
export declare function readCsv(input: CsvInput, options?: CsvReadOptions): Promise<{
    table: Table;
    info: CsvInfo;
}>;
