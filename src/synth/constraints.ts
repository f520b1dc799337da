// Business rules on synthetic rows (a child younger than its parent, an amount of zero when a benefit is
// not received, ...). A model of marginals cannot know them all, so rows that break one are replaced by
// fresh draws from the same model. The row count stays as asked: when too few compliant rows can be
// drawn, violating rows are kept and reported, never silently dropped.
//
// Plain reject-and-resample returns the model *conditioned on the rules*, which distorts every marginal
// correlated with rule failure (households with three children break date rules far more often than
// child-free ones, so rejection keeps mostly child-free households). So this draws a pool of compliant
// rows several times larger than asked, weights the pool by raking (iterative proportional fitting) so
// that its 1-way marginals match the model's unconstrained ones (estimated on every raw draw), and picks
// exactly the rows asked by systematic sampling on those weights, without repeating a row.
//
// This is post-processing of the DP output: it reads only the synthetic rows, never the real data, so it
// costs no privacy budget.
import type { Rng } from '../random.js';
import type { Column } from '../table/column.js';
import { Table } from '../table/table.js';
import { concatTables } from '../table/concat.js';

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
  /** How the compliant rows were chosen to keep the model's 1-way marginals (absent if none violated). */
  calibration?: CalibrationReport;
  rules: { id: string; description: string; violationsBefore: number; violationsAfter: number }[];
  /**
   * Rules applied before any check: a column computed from others, or blanked where the rule says it
   * must be missing.
   */
  derived?: { rule: string; column: string; how: 'computed' | 'blanked' }[];
}

export interface CalibrationReport {
  /** Raw rows drawn from the model in all rounds: its unconstrained 1-way marginals are estimated on them. */
  rowsDrawn: number;
  /** Rule-satisfying rows in the pool the output rows were chosen from. */
  poolRows: number;
  /** Attributes whose 1-way marginals were matched (the model's codes or bins). */
  attributes: number;
  /** Largest total variation distance of a 1-way marginal from the model's, with plain rejection. */
  maxTvdBefore: number;
  /** The same for the rows output, after calibration. */
  maxTvdAfter: number;
  /** The attribute with the largest distance after calibration. */
  worstAttribute?: string;
}

export const MAX_ATTEMPTS = 25;
/** Compliant rows sought in the pool, per row asked. */
export const POOL_FACTOR = 8;
/** Raw rows drawn at most, per row asked (bounds the time whatever the share of compliant rows). */
export const MAX_DRAW_FACTOR = 60;
/** Raking sweeps over the attributes (stops earlier once every factor is within 0.1 % of 1). */
export const RAKING_SWEEPS = 40;

/** Rows drawn with the code the model gave each row, one array per attribute. */
export interface Drawn {
  table: Table;
  codes: readonly Int32Array[];
  sizes: readonly number[];
  attributes?: readonly string[];
}

export interface EnforceOptions {
  maxAttempts?: number;
  poolFactor?: number;
  maxDrawFactor?: number;
}

/**
 * Draw `rows` rows with `sample` that satisfy the rules while keeping the model's 1-way marginals.
 * `sample(n, rng)` must give independent rows for different rngs; when it returns codes (`Drawn`), the
 * calibration uses them, else it bins the table's own columns.
 */
export function sampleWithRules(
  rows: number,
  sample: (n: number, rng: Rng) => Table | Drawn,
  check: RuleChecker,
  rng: Rng,
  options: number | EnforceOptions = {},
): { table: Table; report: ConstraintReport } {
  const opts = typeof options === 'number' ? { maxAttempts: options } : options;
  const maxAttempts = opts.maxAttempts ?? MAX_ATTEMPTS;
  const want = Math.ceil(rows * Math.max(1, opts.poolFactor ?? POOL_FACTOR));
  const maxDrawn = rows * Math.max(1, opts.maxDrawFactor ?? MAX_DRAW_FACTOR);

  const raw0 = sample(rows, rng.fork('draw'));
  const profile = raw0 instanceof Table ? tableProfile(raw0) : undefined;
  const toDrawn = (x: Table | Drawn): Drawn => (x instanceof Table ? (profile as (t: Table) => Drawn)(x) : x);
  const first = toDrawn(raw0);
  const before = check(first.table);
  const bad: number[] = [];
  const good0: number[] = [];
  for (let i = 0; i < rows; i++) (before.violatingRows[i] ? bad : good0).push(i);
  if (bad.length === 0) return { table: first.table, report: report(before, before, 0, 0, 0) };

  const { sizes } = first;
  const drawnCounts = sizes.map((s) => new Float64Array(s));
  const poolCounts = sizes.map((s) => new Float64Array(s));
  const pool: { table: Table; codes: Int32Array[] }[] = [];
  let pooled = 0;
  let drawn = 0;
  const add = (d: Drawn, good: number[]) => {
    drawn += d.table.nRows;
    d.codes.forEach((col, a) => {
      const counts = drawnCounts[a];
      for (let i = 0; i < d.table.nRows; i++) counts[col[i]]++;
    });
    if (good.length === 0) return;
    d.codes.forEach((col, a) => {
      for (const i of good) poolCounts[a][col[i]]++;
    });
    pool.push({
      table: d.table.take(good),
      codes: d.codes.map((col) => Int32Array.from(good, (i) => col[i])),
    });
    pooled += good.length;
  };
  add(first, good0);
  const share = Math.max(0.01, good0.length / rows);
  let attempts = 0;
  // Enough once every value the pool has at all is there with room for its model share (values no
  // compliant row has cannot be helped by more rounds of the same size).
  const enough = () =>
    pooled >= Math.min(want, 2 * rows) &&
    poolCounts.every((counts, a) =>
      counts.every((k, c) => k === 0 || k >= (1.25 * rows * drawnCounts[a][c]) / drawn),
    );
  while (pooled < want && !enough() && attempts < maxAttempts && drawn < maxDrawn) {
    attempts++;
    const n = Math.max(
      1,
      Math.min(
        Math.max(64, Math.ceil(((want - pooled) / share) * 1.1)),
        Math.max(64, rows * 8),
        maxDrawn - drawn,
      ),
    );
    const d = toDrawn(sample(n, rng.fork(`resample:${attempts}`)));
    const c = check(d.table);
    const good: number[] = [];
    for (let i = 0; i < n; i++) if (!c.violatingRows[i]) good.push(i);
    add(d, good);
    // No compliant row at all in a large draw: the model (almost) never produces one; stop.
    if (pooled === 0) break;
  }

  const target = drawnCounts.map((counts) => counts.map((x) => x / drawn));
  const codes = sizes.map((_, a) =>
    concatCodes(
      pool.map((p) => p.codes[a]),
      pooled,
    ),
  );
  const ones = new Float64Array(pooled).fill(1);
  const tvdBefore = maxTvd(codes, ones, target);
  let pieces: Table[];
  let chosen: Float64Array;
  if (pooled < rows) {
    // Too few compliant rows: keep them all and fill with violating rows of the first draw (reported).
    chosen = ones;
    pieces = [...pool.map((p) => p.table), first.table.take(bad.slice(0, rows - pooled))];
  } else {
    const weights = rake(codes, target, rows);
    const selected = systematicSample(inclusion(weights, rows), rows, rng.fork('calibrate'));
    chosen = new Float64Array(pooled);
    for (const i of selected) chosen[i] = 1;
    pieces = [];
    let start = 0;
    for (const p of pool) {
      const local: number[] = [];
      for (let i = 0; i < p.table.nRows; i++) if (chosen[start + i]) local.push(i);
      if (local.length > 0) pieces.push(p.table.take(local));
      start += p.table.nRows;
    }
  }
  const table = concatTables(pieces);
  const after = check(table);
  let still = 0;
  for (let i = 0; i < rows; i++) still += after.violatingRows[i];
  const tvdAfter = maxTvd(codes, chosen, target);
  const out = report(before, after, bad.length, still, attempts);
  out.calibration = {
    rowsDrawn: drawn,
    poolRows: pooled,
    attributes: sizes.length,
    maxTvdBefore: round4(tvdBefore.max),
    maxTvdAfter: round4(tvdAfter.max),
    worstAttribute: tvdAfter.at >= 0 ? (first.attributes?.[tvdAfter.at] ?? `#${tvdAfter.at}`) : undefined,
  };
  return { table, report: out };
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

function concatCodes(parts: Int32Array[], n: number): Int32Array {
  const out = new Int32Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Largest TVD over attributes between the `w`-weighted marginal of `codes` and `target`. */
function maxTvd(
  codes: readonly Int32Array[],
  w: Float64Array,
  target: readonly Float64Array[],
): { max: number; at: number } {
  let max = 0;
  let at = -1;
  let total = 0;
  for (const x of w) total += x;
  if (total === 0) return { max: 0, at };
  codes.forEach((col, a) => {
    const m = new Float64Array(target[a].length);
    for (let i = 0; i < col.length; i++) m[col[i]] += w[i];
    let d = 0;
    for (let c = 0; c < m.length; c++) d += Math.abs(m[c] / total - target[a][c]);
    if (d / 2 > max) {
      max = d / 2;
      at = a;
    }
  });
  return { max, at };
}

/**
 * Raking (iterative proportional fitting) of unit weights on the pool so that each attribute's
 * weighted 1-way marginal matches `target`, with every row's expected count kept ≤ 1 (no row twice):
 * where the pool is too thin, the closest fit the cap allows.
 */
function rake(codes: readonly Int32Array[], target: readonly Float64Array[], rows: number): Float64Array {
  const n = codes.length > 0 ? codes[0].length : 0;
  const w = new Float64Array(n).fill(1);
  for (let sweep = 0; sweep < RAKING_SWEEPS; sweep++) {
    let worst = 0;
    for (let a = 0; a < codes.length; a++) {
      const col = codes[a];
      const m = new Float64Array(target[a].length);
      let total = 0;
      for (let i = 0; i < n; i++) {
        m[col[i]] += w[i];
        total += w[i];
      }
      const f = m.map((x, c) => (x > 0 ? (target[a][c] * total) / x : 1));
      let off = 0;
      for (let c = 0; c < f.length; c++) if (m[c] > 0) off = Math.max(off, Math.abs(f[c] - 1));
      worst = Math.max(worst, off);
      // An attribute already on target (most, after a few sweeps) needs no pass over the pool.
      if (off > 1e-6) for (let i = 0; i < n; i++) w[i] *= f[col[i]];
    }
    // Clip: a row's weight never exceeds what gives it one expected copy.
    let total = 0;
    for (const x of w) total += x;
    const cap = total / rows;
    for (let i = 0; i < n; i++) if (w[i] > cap) w[i] = cap;
    if (worst < 1e-3) break;
  }
  return w;
}

/** Inclusion probabilities proportional to `w`, summing to `rows`, each ≤ 1 (capped ones fixed at 1). */
function inclusion(w: Float64Array, rows: number): Float64Array {
  const n = w.length;
  const p = new Float64Array(n);
  const capped = new Uint8Array(n);
  let nCapped = 0;
  for (let round = 0; round < 100; round++) {
    let free = 0;
    for (let i = 0; i < n; i++) if (!capped[i]) free += w[i];
    const scale = free > 0 ? (rows - nCapped) / free : 0;
    let changed = false;
    for (let i = 0; i < n; i++) {
      if (capped[i]) continue;
      p[i] = w[i] * scale;
      if (p[i] >= 1) {
        p[i] = 1;
        capped[i] = 1;
        nCapped++;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return p;
}

/** Exactly `rows` distinct indices, index i chosen with probability p[i] (systematic sampling). */
function systematicSample(p: Float64Array, rows: number, rng: Rng): number[] {
  const out: number[] = [];
  const taken = new Uint8Array(p.length);
  const u = rng.next();
  let cum = 0;
  for (let i = 0; i < p.length && out.length < rows; i++) {
    cum += p[i];
    if (u + out.length < cum) {
      out.push(i);
      taken[i] = 1;
    }
  }
  // Rounding may leave one short: take the most likely rows not yet taken.
  if (out.length < rows) {
    const rest = Array.from(p.keys())
      .filter((i) => !taken[i])
      .sort((a, b) => p[b] - p[a] || a - b);
    for (const i of rest.slice(0, rows - out.length)) out.push(i);
    out.sort((a, b) => a - b);
  }
  return out;
}

/** Codes of a table's own columns (for samplers that give no model codes), binned on the first draw. */
function tableProfile(first: Table): (t: Table) => Drawn {
  const specs: { name: string; size: number; code: (c: Column, i: number) => number }[] = [];
  for (const name of first.names) {
    const col = first.column(name);
    if (col.kind === 'categorical') {
      if (col.categories.length > 200) continue;
      const index = new Map(col.categories.map((c, k) => [c, k + 2]));
      specs.push({
        name,
        size: col.categories.length + 2,
        // 0 missing, 1 a category the first draw did not have
        code: (c, i) => {
          const cc = c as typeof col;
          return cc.codes[i] < 0 ? 0 : (index.get(cc.categories[cc.codes[i]]) ?? 1);
        },
      });
    } else if (col.kind === 'boolean') {
      specs.push({ name, size: 3, code: (c, i) => (c.missing[i] ? 0 : 1 + (c as typeof col).values[i]) });
    } else if (
      col.kind === 'numeric' ||
      col.kind === 'integer' ||
      col.kind === 'date' ||
      col.kind === 'datetime'
    ) {
      const values = Array.from(col.values)
        .filter((_, i) => !col.missing[i])
        .sort((a, b) => a - b);
      const cuts = [
        ...new Set(Array.from({ length: 9 }, (_, k) => values[Math.floor(((k + 1) * values.length) / 10)])),
      ]
        .filter((x) => x !== undefined)
        .sort((a, b) => a - b);
      specs.push({
        name,
        size: cuts.length + 2,
        code: (c, i) => {
          if (c.missing[i]) return 0;
          const x = (c as typeof col).values[i];
          let k = 0;
          while (k < cuts.length && x >= cuts[k]) k++;
          return 1 + k;
        },
      });
    }
  }
  return (t) => ({
    table: t,
    codes: specs.map((s) => {
      const c = t.column(s.name);
      return Int32Array.from({ length: t.nRows }, (_, i) => s.code(c, i));
    }),
    sizes: specs.map((s) => s.size),
    attributes: specs.map((s) => s.name),
  });
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
  const calibrated = reports.filter((r) => r.calibration);
  if (calibrated.length > 0) {
    const worst = calibrated.reduce((w, r) =>
      (r.calibration?.maxTvdAfter ?? 0) > (w.calibration?.maxTvdAfter ?? 0) ? r : w,
    );
    out.calibration = {
      rowsDrawn: 0,
      poolRows: 0,
      attributes: Math.max(...calibrated.map((r) => r.calibration?.attributes ?? 0)),
      maxTvdBefore: Math.max(...calibrated.map((r) => r.calibration?.maxTvdBefore ?? 0)),
      maxTvdAfter: worst.calibration?.maxTvdAfter ?? 0,
      worstAttribute: worst.calibration?.worstAttribute,
    };
    for (const r of calibrated) {
      out.calibration.rowsDrawn += r.calibration?.rowsDrawn ?? 0;
      out.calibration.poolRows += r.calibration?.poolRows ?? 0;
    }
  }
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
