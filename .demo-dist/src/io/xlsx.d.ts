import { Table } from '../table/table.js';
export declare function parseXlsx(bytes: Uint8Array, options?: {
    file?: string;
    sheet?: string;
    header?: boolean;
}): Promise<Table>;
export declare function formatXlsx(table: Table, options?: {
    sheet?: string;
}): Promise<Uint8Array>;
