// Which kind a column of text cells is, decided on a sample of its values. Numbers, dates, datetimes
// and booleans are decided here; for the rest ("strings") the choice between categorical, identifier
// and text waits until every value has been seen (decideStringKind).
import type { ColumnKind } from '../table/column.js';
import type { ColumnSchema } from '../table/schema.js';
import {
  booleanFormat,
  DASH,
  DATE_PATTERNS,
  DATETIME_PATTERNS,
  datePatternsOf,
  isMissingText,
  numberShape,
  parseBoolean,
  parseDatetime,
} from './cells.js';

export type StringsKind = 'categorical' | 'text' | 'identifier';

/** How to read the cells of one column. `forced` when a schema said so (a misfit is then an error). */
export type Plan =
  | { kind: 'integer' | 'numeric'; decimal: '.' | ','; forced?: boolean }
  | { kind: 'date' | 'datetime'; pattern: string; forced?: boolean }
  | { kind: 'boolean'; digits: boolean; format?: string; forced?: boolean }
  | { kind: 'strings'; forced?: StringsKind };

/** Above this many distinct values a column is not categorical (unless a schema says so). */
export const MAX_CATEGORIES = 1000;

/** Integers of more digits than this are codes (NIR, SIRET), not quantities. */
const MAX_INTEGER_DIGITS = 12;

/** The reading plan for a column, from a sample of its cells. */
export function guessPlan(values: readonly string[]): Plan {
  const present: string[] = [];
  let dashes = 0;
  for (const v of values) {
    if (isMissingText(v)) continue;
    const t = v.trim();
    if (t === DASH) dashes++;
    else present.push(t);
  }
  if (present.length === 0) return { kind: 'strings' };
  if (dashes === 0 && present.every((v) => parseBoolean(v) >= 0)) return booleanPlan(present[0], false);
  return numberPlan(present) ?? datePlan(present) ?? datetimePlan(present) ?? { kind: 'strings' };
}

function booleanPlan(first: string, digits: boolean): Plan {
  const format = booleanFormat(first);
  return { kind: 'boolean', digits, format: format === 'true/false' ? undefined : format };
}

function numberPlan(values: string[]): Plan | null {
  const fits = (decimal: '.' | ',') => {
    let fractional = false;
    for (const v of values) {
      const s = numberShape(v, decimal);
      if (!s || s.leadingZero) return null;
      if (!s.fractional && Math.abs(s.value) >= 10 ** MAX_INTEGER_DIGITS) return null;
      if (s.fractional) fractional = true;
    }
    return { fractional };
  };
  const dot = fits('.');
  const comma = fits(',');
  if (!dot && !comma) return null;
  // Both fit when no value is ambiguous-free ("1,234" could be either): French first.
  const decimal: '.' | ',' =
    dot && comma ? (values.some((v) => v.includes(',')) ? ',' : '.') : dot ? '.' : ',';
  const shape = (decimal === '.' ? dot : comma)!;
  return { kind: shape.fractional ? 'numeric' : 'integer', decimal };
}

function datePlan(values: string[]): Plan | null {
  let candidates = DATE_PATTERNS;
  for (const v of values) {
    const fit = datePatternsOf(v);
    candidates = candidates.filter((p) => fit.includes(p));
    if (candidates.length === 0) return null;
  }
  return { kind: 'date', pattern: candidates[0] };
}

function datetimePlan(values: string[]): Plan | null {
  for (const pattern of DATETIME_PATTERNS) {
    if (values.every((v) => !Number.isNaN(parseDatetime(v, pattern)))) return { kind: 'datetime', pattern };
  }
  return null;
}

/** The plan a schema entry imposes, using the sample for what it does not say (decimal, date pattern). */
export function planFromSchema(col: ColumnSchema, sample: readonly string[]): Plan {
  const guessed = guessPlan(sample);
  const kind: ColumnKind = col.kind;
  switch (kind) {
    case 'integer':
    case 'numeric': {
      const decimal =
        col.format === 'decimal-comma'
          ? ','
          : guessed.kind === 'integer' || guessed.kind === 'numeric'
            ? guessed.decimal
            : '.';
      return { kind, decimal, forced: true };
    }
    case 'date':
    case 'datetime': {
      const patterns = kind === 'date' ? DATE_PATTERNS : DATETIME_PATTERNS;
      const pattern =
        col.format && patterns.includes(col.format)
          ? col.format
          : guessed.kind === kind
            ? guessed.pattern
            : patterns[0];
      return { kind, pattern, forced: true };
    }
    case 'boolean': {
      const format = booleanFormat(sample.find((v) => !isMissingText(v) && parseBoolean(v) >= 0) ?? 'true');
      return {
        kind: 'boolean',
        digits: true,
        format: format === 'true/false' ? undefined : format,
        forced: true,
      };
    }
    default:
      return { kind: 'strings', forced: kind };
  }
}

/** What is known of a strings column once read: its distinct values with their counts. */
export interface StringsStats {
  nonMissing: number;
  distinct: number;
  /** Distinct values (all of them, or a large sample when there are very many). */
  values: Iterable<string>;
}

/**
 * Categorical when there are few distinct values for the rows (at most MAX_CATEGORIES, and at most half
 * of the non-missing values, a fifth from 100 values on); identifier when the values are codes (digits
 * only, e.g. postal codes with a leading zero, that are not few; or digit groups such as phone numbers)
 * or near-unique (≥ 90% distinct) short strings of at most
 * two spaces between words (digit groups may have more); text otherwise.
 */
export function decideStringKind(stats: StringsStats): StringsKind {
  const { nonMissing, distinct } = stats;
  if (nonMissing === 0) return 'text';
  const share = nonMissing < 100 ? 0.5 : 0.2;
  let digitsOnly = true;
  let codeLike = true;
  let wordy = 0;
  let long = 0;
  let seen = 0;
  for (const v of stats.values) {
    seen++;
    if (digitsOnly && !/^\d+$/.test(v)) digitsOnly = false;
    if (codeLike && !CODE.test(v)) codeLike = false;
    // Words, not digit groups: "05 36 49 37 11" or a spaced NIR is a code.
    if (spaces(v) > 2 && /\p{L}/u.test(v)) wordy++;
    if (v.length > 64) long++;
  }
  if (digitsOnly && distinct > MAX_CATEGORIES) return 'identifier';
  if (distinct <= MAX_CATEGORIES && distinct <= Math.max(1, share * nonMissing)) return 'categorical';
  if (digitsOnly || codeLike) return 'identifier';
  if (distinct >= 0.9 * nonMissing && wordy <= 0.05 * seen && long === 0) return 'identifier';
  return 'text';
}

/** Digit groups: phone numbers, a NIR written with spaces, "12.34.56". */
const CODE = /^\+?\(?\d[\d\s.()/-]*$/;

function spaces(v: string): number {
  let n = 0;
  for (let i = 0; i < v.length; i++) if (v.charCodeAt(i) === 32) n++;
  return n;
}
