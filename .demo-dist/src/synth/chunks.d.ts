import { Table } from '../table/table.js';
/** The rows of several tables with the same columns, one after the other. */
export declare function concatTables(tables: readonly Table[]): Table;
