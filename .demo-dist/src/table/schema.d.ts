import type { ColumnKind } from './column.js';
/** What a column is, for privacy purposes. */
export type ColumnRole = 'identifier' | 'quasi-identifier' | 'sensitive' | 'special-category' | 'other' | 'ignore';
export declare const COLUMN_ROLES: readonly ColumnRole[];
export interface ColumnSchema {
    name: string;
    kind: ColumnKind;
    nullable: boolean;
    /** Share of missing values in the data the schema was inferred from. */
    missingRate?: number;
    role?: ColumnRole;
    /** Categorical: the categories with their counts (public knowledge of the domain once written here). */
    categories?: Record<string, number>;
    /** Numeric: bounds; date/datetime: ISO strings. */
    min?: number | string;
    max?: number | string;
    /** Source format to write back (date pattern, 'decimal-comma'). */
    format?: string;
    /** Free note, e.g. why a role was chosen. */
    note?: string;
}
export interface Schema {
    /** Format marker and version. */
    fictif: 'schema/1';
    source?: string;
    rows?: number;
    columns: ColumnSchema[];
}
