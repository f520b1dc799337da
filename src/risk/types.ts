// What `risk` reports.
import type { Progress } from '../progress.js';
import type { Seed } from '../random.js';
import type { ScanResult } from '../scan/types.js';
import type { ColumnKind } from '../table/column.js';
import type { Schema } from '../table/schema.js';
import type { Table } from '../table/table.js';
import type { DriverOptions, RiskDrivers } from './drivers.js';
import type { SensitiveDiversity } from './diversity.js';
import type { LinkageOptions, LinkageResult } from './linkage.js';
import type { PopulationUniqueness } from './population.js';
import type { ReidentificationRisk } from './reident.js';
import type { RiskVerdict } from './verdict.js';

export type MissingQi = 'value' | 'wildcard';

export interface RiskOptions {
  /** Quasi-identifiers; default: the schema's roles, else what `scan` finds. */
  qi?: readonly string[];
  /** Sensitive attributes; default: the schema's or scan's sensitive and special-category columns. */
  sensitive?: readonly string[];
  schema?: Schema;
  /** A scan already made (saves scanning again). */
  scan?: ScanResult;
  /** Share of the population the file holds (0 < π ≤ 1, default 1: the file is the population). */
  samplingFraction?: number;
  /** Column of sampling weights (each record stands for that many people); overrides the fraction. */
  weights?: string;
  /** Missing QI values: a value of their own (ARX's default), or a wildcard matching anything. */
  missing?: MissingQi;
  /** Record risk above which a record is "at risk" (default 0.09). */
  threshold?: number;
  /** Bounds of the search for driving QI combinations; false to skip it. */
  drivers?: DriverOptions | false;
  /** A public directory to attack with. */
  directory?: Table;
  linkage?: LinkageOptions;
  /** What a row is, for the verdict ("households"). Default "records". */
  unit?: string;
  seed?: Seed;
  progress?: Progress;
}

export interface QiInfo {
  name: string;
  kind: ColumnKind;
  distinct: number;
  missing: number;
}

export interface ClassSummary {
  /** Number of equivalence classes. */
  count: number;
  /** k-anonymity: the smallest class (effective size with wildcard matching). */
  k: number;
  averageSize: number;
  /** [class size, number of classes, records] by increasing size. */
  histogram: [number, number, number][];
  /** Shares of records in classes of size 1, < 3, < 5, < 11. */
  shares: { unique: number; below3: number; below5: number; below11: number };
  /** The same as counts of records. */
  records: { unique: number; below3: number; below5: number; below11: number };
}

export interface RiskReport {
  source?: string;
  rows: number;
  unit: string;
  quasiIdentifiers: QiInfo[];
  /** Where the QI list came from. */
  qiSource: 'option' | 'schema' | 'scan';
  sensitive: string[];
  /** Direct identifiers still in the table (schema roles, else scan): they re-identify on their own. */
  identifiers: string[];
  missing: MissingQi;
  classes: ClassSummary;
  reidentification: ReidentificationRisk;
  populationUniqueness: PopulationUniqueness;
  diversity: SensitiveDiversity[];
  drivers?: RiskDrivers;
  linkage?: LinkageResult;
  verdict: RiskVerdict;
}
