import { type Column } from './column.js';
import type { Table } from './table.js';
export interface ColumnSummary {
    name: string;
    kind: Column['kind'];
    rows: number;
    missing: number;
    /** Share of missing values, 0-1. */
    missingRate: number;
    distinct: number;
    /** Numbers: min, max, mean, standard deviation; dates/datetimes: ISO min, max. */
    min?: number | string;
    max?: number | string;
    mean?: number;
    sd?: number;
    /** Categorical, boolean, text, identifier: the most frequent values with their counts. */
    top?: {
        value: string;
        count: number;
    }[];
    format?: string;
}
export declare function describeTable(table: Table, topN?: number): ColumnSummary[];
export declare function describeColumn(col: Column, topN?: number): ColumnSummary;
