// The schema is the editable description of a table: each column's kind, nullability, domain and the
// role a person gave it. `fictif schema FILE > schema.json` writes it; `--schema schema.json` on any
// command overrides what fictif would infer.
import type { ColumnKind } from './column.js';

/** What a column is, for privacy purposes. */
export type ColumnRole =
  | 'identifier' // names a person directly (NIR, name, e-mail, phone, account number)
  | 'quasi-identifier' // identifies in combination (date of birth, address, commune, household size)
  | 'sensitive' // what an attacker wants to learn (income, benefit amounts)
  | 'special-category' // GDPR art. 9 data (health, disability, ethnicity, religion, ...)
  | 'other'
  | 'ignore'; // leave out of analysis and synthesis

export const COLUMN_ROLES: readonly ColumnRole[] = [
  'identifier',
  'quasi-identifier',
  'sensitive',
  'special-category',
  'other',
  'ignore',
];

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
