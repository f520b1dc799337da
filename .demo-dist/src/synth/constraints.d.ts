import type { Rng } from '../random.js';
import type { Table } from '../table/table.js';
/** What a rule check says about a table (the shape of `checkRules` in src/table/rules.ts). */
export interface RuleCheck {
    rows: number;
    rules: {
        id: string;
        description: string;
        violations: number;
    }[];
    /** 1 for each row breaking at least one rule. */
    violatingRows: Uint8Array;
}
export type RuleChecker = (table: Table) => RuleCheck;
export interface ConstraintReport {
    rows: number;
    /** Rows first drawn that broke a rule and needed resampling. */
    rowsResampled: number;
    /** Rows that still break a rule after the last attempt (kept, so the row count stays as asked). */
    rowsStillViolating: number;
    /** Rounds of resampling used. */
    attempts: number;
    rules: {
        id: string;
        description: string;
        violationsBefore: number;
        violationsAfter: number;
    }[];
}
export declare const MAX_ATTEMPTS = 25;
/**
 * Draw `rows` rows with `sample` and replace rule-breaking rows by compliant fresh ones.
 * `sample(n, rng)` must give independent rows for different rngs.
 */
export declare function sampleWithRules(rows: number, sample: (n: number, rng: Rng) => Table, check: RuleChecker, rng: Rng, maxAttempts?: number): {
    table: Table;
    report: ConstraintReport;
};
/** Add up the reports of several chunks. */
export declare function mergeReports(reports: readonly ConstraintReport[]): ConstraintReport | undefined;
