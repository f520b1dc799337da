import { type Column } from '../table/column.js';
export type Cell = string | number | boolean | Date | null | undefined;
export declare function columnFromCells(name: string, cells: readonly Cell[]): Column;
export declare function cellText(c: Cell): string;
