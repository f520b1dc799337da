import type { Table } from '../table/table.js';
export interface DirectoryOptions {
    coverage?: number;
}
export declare function generateDirectory(): Table;
