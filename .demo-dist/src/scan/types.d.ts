import type { Progress } from '../progress.js';
import type { Seed } from '../random.js';
import type { ColumnKind } from '../table/column.js';
import type { ColumnRole, Schema } from '../table/schema.js';
export type EvidenceSource = 'header' | 'values' | 'structure' | 'schema';
/** One detector that fired on a column. */
export interface Evidence {
    source: EvidenceSource;
    /** Detector id: 'nir', 'email', 'birth-date', 'near-unique', ... */
    detector: string;
    role: ColumnRole;
    /** 0–1: how sure this detector alone is. */
    confidence: number;
    /** Values (cells) that matched, and how many were tested. */
    matched?: number;
    tested?: number;
    /** One line for a person: "header 'prenom' matches first name". */
    detail: string;
}
export interface ColumnFinding {
    name: string;
    kind: ColumnKind;
    role: ColumnRole;
    /** 0–1 confidence in the role. */
    confidence: number;
    /** Strongest first. */
    evidence: Evidence[];
    /** The evidence in one sentence (becomes the schema's `note`). */
    note: string;
    /** The role came from the user's schema, not from the detectors. */
    roleFromSchema: boolean;
    /** Distinct non-missing values and share of missing cells, on the rows scanned. */
    distinct: number;
    missingRate: number;
}
export interface ScanResult {
    source?: string;
    rows: number;
    /** Rows the detectors looked at (a seeded sample when the file is large). */
    scannedRows: number;
    sampled: boolean;
    seed: Seed;
    columns: ColumnFinding[];
    /** Column names by role. */
    byRole: Record<ColumnRole, string[]>;
}
export interface ScanOptions {
    /** Rows to look at in large tables (default 50,000): a seeded random sample. */
    sampleRows?: number;
    seed?: Seed;
    /** Roles set here win over the detectors. */
    schema?: Schema;
    /** Dates of birth must lie before this day ('yyyy-mm-dd'); default: the latest date in the table. */
    referenceDate?: string;
    progress?: Progress;
}
