// Business rules on synthetic rows (a child younger than its parent, an amount of zero when a benefit is
// not received, ...). A model of marginals cannot know them all, so rows that break one are replaced by
// fresh draws from the same model (reject and resample), a bounded number of times. The row count stays
// as asked: rows still violating after the last attempt are kept and reported, never silently dropped.
//
// This is post-processing of the DP output: it reads only the synthetic rows, never the real data, so it
// costs no privacy budget.
import type { Rng } from '../random.js';
import type { Table } from '../table/table.js';
import { concatTables } from './chunks.js';

/** What a rule check says about a table (the shape of `checkRules` in src/table/rules.ts). */
export interface RuleCheck {
  rows: number;
  rules: { id: string; description: string; violations: number }[];
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
  rules: { id: string; description: string; violationsBefore: number; violationsAfter: number }[];
  /**
   * Rules applied before any check: a column computed from others, or blanked where the rule says it
   * must be missing.
   */
  derived?: { rule: string; column: string; how: 'computed' | 'blanked' }[];
}

export const MAX_ATTEMPTS = 25;

/**
 * Draw `rows` rows with `sample` and replace rule-breaking rows by compliant fresh ones.
 * `sample(n, rng)` must give independent rows for different rngs.
 */
export function sampleWithRules(
  rows: number,
  sample: (n: number, rng: Rng) => Table,
  check: RuleChecker,
  rng: Rng,
  maxAttempts = MAX_ATTEMPTS,
): { table: Table; report: ConstraintReport } {
  const first = sample(rows, rng.fork('draw'));
  const before = check(first);
  const bad: number[] = [];
  for (let i = 0; i < rows; i++) if (before.violatingRows[i]) bad.push(i);
  const initialBad = bad.length;
  if (bad.length === 0) return { table: first, report: report(before, before, 0, 0, 0) };

  const pieces: Table[] = [first];
  const source = new Int32Array(rows); // row of the concatenation each output row comes from
  for (let i = 0; i < rows; i++) source[i] = i;
  let offset = rows;
  let attempts = 0;
  let pending = bad;
  while (pending.length > 0 && attempts < maxAttempts) {
    attempts++;
    // Draw more than needed: the share of compliant rows is the same as in the first draw.
    const share = Math.max(0.05, 1 - initialBad / rows);
    const n = Math.min(Math.max(64, Math.ceil((pending.length / share) * 1.2)), Math.max(64, rows * 4));
    const candidates = sample(n, rng.fork(`resample:${attempts}`));
    const c = check(candidates);
    const good: number[] = [];
    for (let i = 0; i < n; i++) if (!c.violatingRows[i]) good.push(i);
    const take = Math.min(good.length, pending.length);
    // Keep only the rows taken, so memory stays that of the output whatever the rounds.
    for (let k = 0; k < take; k++) source[pending[k]] = offset + k;
    pending = pending.slice(take);
    if (take > 0) pieces.push(candidates.take(good.slice(0, take)));
    offset += take;
    // No compliant row at all in a large draw: more attempts would not help (the model rarely or
    // never produces such rows); keep the rest and report them.
    if (take === 0) break;
  }
  const table = concatTables(pieces).take(source);
  const after = check(table);
  let still = 0;
  for (let i = 0; i < rows; i++) still += after.violatingRows[i];
  return { table, report: report(before, after, initialBad, still, attempts) };
}

function report(
  before: RuleCheck,
  after: RuleCheck,
  resampled: number,
  still: number,
  attempts: number,
): ConstraintReport {
  return {
    rows: before.rows,
    rowsResampled: resampled,
    rowsStillViolating: still,
    attempts,
    rules: before.rules.map((r, i) => ({
      id: r.id,
      description: r.description,
      violationsBefore: r.violations,
      violationsAfter: after.rules[i]?.violations ?? 0,
    })),
  };
}

/** Add up the reports of several chunks. */
export function mergeReports(reports: readonly ConstraintReport[]): ConstraintReport | undefined {
  if (reports.length === 0) return undefined;
  const out: ConstraintReport = {
    rows: 0,
    rowsResampled: 0,
    rowsStillViolating: 0,
    attempts: 0,
    rules: reports[0].rules.map((r) => ({ ...r, violationsBefore: 0, violationsAfter: 0 })),
    derived: reports[0].derived,
  };
  for (const r of reports) {
    out.rows += r.rows;
    out.rowsResampled += r.rowsResampled;
    out.rowsStillViolating += r.rowsStillViolating;
    out.attempts = Math.max(out.attempts, r.attempts);
    r.rules.forEach((x, i) => {
      out.rules[i].violationsBefore += x.violationsBefore;
      out.rules[i].violationsAfter += x.violationsAfter;
    });
  }
  return out;
}
