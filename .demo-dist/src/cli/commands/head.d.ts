import { Command } from 'commander';
import type { Table } from '../../table/table.js';
export declare function headCommand(): Command;
/** An aligned text grid: names, kinds, then the rows; numbers right-aligned; missing as NA. */
export declare function formatHead(t: Table, totalRows: number): string;
