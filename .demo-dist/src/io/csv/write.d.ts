import type { Table } from '../../table/table.js';
export interface CsvFormatOptions {
    delimiter?: string;
    /** ',' or '.' for every number; default: each column's source format ('decimal-comma' or not). */
    decimal?: '.' | ',';
    newline?: '\n' | '\r\n';
}
export declare class CsvFormatter {
    private readonly options;
    private readonly delimiter;
    private readonly newline;
    private readonly needsQuote;
    constructor(options?: CsvFormatOptions);
    /** The header line. */
    header(names: readonly string[]): string;
    /** The rows of a chunk. */
    rows(chunk: Table): string;
    private quote;
    private cellWriter;
}
/** A day number in one of the read patterns ('dd/mm/yyyy', 'yyyy-mm-dd', ...). */
export declare function formatDate(days: number, pattern: string): string;
export declare function formatDatetime(ms: number, pattern: string): string;
