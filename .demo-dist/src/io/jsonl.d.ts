import { Table } from '../table/table.js';
export declare function parseJsonl(text: string, options?: {
    file?: string;
}): Table;
/** Rows of a table as JSON lines (dates as 'yyyy-mm-dd', datetimes ISO, missing as null). */
export declare function formatJsonl(table: Table): string;
