import { Table } from '../table/table.js';
import type { TableFormat } from './parse.js';
export interface TableSink {
    write(chunk: Table): Promise<void>;
    close(): Promise<void>;
    abort(): Promise<void>;
}
export interface SinkOptions {
    format: TableFormat;
    delimiter?: string;
    encoding?: string;
    decimal?: '.' | ',';
    bom?: boolean;
    comment?: boolean;
    sheet?: string;
    newline?: '\n' | '\r\n';
}
export declare function openSink(path: string, options: SinkOptions): Promise<TableSink>;
