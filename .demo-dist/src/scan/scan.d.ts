import { type ColumnRole } from '../table/schema.js';
import type { Table } from '../table/table.js';
import type { ScanOptions, ScanResult } from './types.js';
export declare const DEFAULT_SCAN_SAMPLE = 50000;
declare const ROLE_WORDS: Record<ColumnRole, string>;
/** Scan every column of a table. */
export declare function scanTable(table: Table, options?: ScanOptions): ScanResult;
export { ROLE_WORDS };
