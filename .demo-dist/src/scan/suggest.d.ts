import { type Schema } from '../table/schema.js';
import type { Table } from '../table/table.js';
import type { ScanResult } from './types.js';
/** `base` (the user's schema) keeps its kinds and fields; otherwise the schema is inferred from the table. */
export declare function suggestSchema(table: Table, scan: ScanResult, base?: Schema): Schema;
