// Column builders: fill one typed column cell by cell from text, following a Plan. A builder says when a
// cell does not fit its plan (push returns false); the reader then reads that column again as strings.
import {
  booleanColumn,
  type Column,
  categoricalColumn,
  numberColumn,
  stringColumn,
} from '../table/column.js';
import { f64Blocks, i32Blocks, u8Blocks } from './blocks.js';
import { DASH, isMissingText, parseBoolean, parseDate, parseDatetime, parseNumber } from './cells.js';
import { decideStringKind, type Plan } from './guess.js';

export interface ColumnBuilder {
  /** Append a cell; false when it does not fit (nothing is appended then). */
  push(cell: string): boolean;
  /**
   * Append column j of these rows; the index of the first row whose cell does not fit (the cells
   * before it are appended), or -1. Each builder has its own copy of the loop, for speed.
   */
  pushColumn(rows: readonly string[][], j: number): number;
  /** Append a missing value. */
  pushMissing(): void;
  readonly length: number;
  /** The finished column; the builder must not be used afterwards. */
  finish(name: string): Column;
}

/** A builder for a plan; `capacity` is the expected number of rows (an estimate is fine). */
export function makeBuilder(plan: Plan, capacity = 1024): ColumnBuilder {
  switch (plan.kind) {
    case 'integer':
    case 'numeric':
      return new NumberBuilder(plan.kind, plan.decimal, capacity);
    case 'date':
      return new DateBuilder('date', plan.pattern, parseDate, capacity);
    case 'datetime':
      return new DateBuilder('datetime', plan.pattern, parseDatetime, capacity);
    case 'boolean':
      return new BooleanBuilder(plan.digits, plan.format, capacity);
    default:
      return new StringsBuilder(plan.forced, capacity);
  }
}

/** Missing in a number or date column: the markers, and a lone dash. */
function missingInTyped(cell: string): boolean {
  return isMissingText(cell) || cell.trim() === DASH;
}

/** "007": a code whose zeros a number would lose. */
function hasLeadingZero(cell: string): boolean {
  let i = 0;
  while (i < cell.length && cell.charCodeAt(i) === 32) i++;
  if (cell.charCodeAt(i) === 45 || cell.charCodeAt(i) === 43) i++;
  if (cell.charCodeAt(i) !== 48) return false;
  const next = cell.charCodeAt(i + 1);
  return next >= 48 && next <= 57;
}

class NumberBuilder implements ColumnBuilder {
  private readonly values: ReturnType<typeof f64Blocks>;
  private readonly missing: ReturnType<typeof u8Blocks>;
  constructor(
    private kind: 'integer' | 'numeric',
    private readonly decimal: '.' | ',',
    capacity: number,
  ) {
    this.values = f64Blocks(capacity);
    this.missing = u8Blocks(capacity);
  }
  get length() {
    return this.values.length;
  }
  pushColumn(rows: readonly string[][], j: number): number {
    for (let r = 0; r < rows.length; r++) if (!this.push(rows[r][j])) return r;
    return -1;
  }
  push(cell: string): boolean {
    const v = parseNumber(cell, this.decimal);
    if (Number.isNaN(v)) {
      if (!missingInTyped(cell)) return false;
      this.pushMissing();
      return true;
    }
    if (hasLeadingZero(cell)) return false;
    if (this.kind === 'integer' && !Number.isInteger(v)) {
      // A decimal among integers: the same storage, only the kind changes.
      this.kind = 'numeric';
    }
    if (this.kind === 'integer' && Math.abs(v) > Number.MAX_SAFE_INTEGER) return false;
    this.values.push(v);
    this.missing.push(0);
    return true;
  }
  pushMissing() {
    this.values.push(Number.NaN);
    this.missing.push(1);
  }
  finish(name: string): Column {
    const format = this.decimal === ',' ? 'decimal-comma' : undefined;
    return numberColumn(name, this.kind, this.values.toArray(), this.missing.toArray(), format);
  }
}

class DateBuilder implements ColumnBuilder {
  private readonly values: ReturnType<typeof f64Blocks>;
  private readonly missing: ReturnType<typeof u8Blocks>;
  constructor(
    private readonly kind: 'date' | 'datetime',
    private readonly pattern: string,
    private readonly parse: (s: string, pattern: string) => number,
    capacity: number,
  ) {
    this.values = f64Blocks(capacity);
    this.missing = u8Blocks(capacity);
  }
  get length() {
    return this.values.length;
  }
  pushColumn(rows: readonly string[][], j: number): number {
    for (let r = 0; r < rows.length; r++) if (!this.push(rows[r][j])) return r;
    return -1;
  }
  push(cell: string): boolean {
    const v = this.parse(cell, this.pattern);
    if (Number.isNaN(v)) {
      if (!missingInTyped(cell)) return false;
      this.pushMissing();
      return true;
    }
    this.values.push(v);
    this.missing.push(0);
    return true;
  }
  pushMissing() {
    this.values.push(Number.NaN);
    this.missing.push(1);
  }
  finish(name: string): Column {
    const format = this.pattern === 'iso' ? undefined : this.pattern;
    return numberColumn(name, this.kind, this.values.toArray(), this.missing.toArray(), format);
  }
}

class BooleanBuilder implements ColumnBuilder {
  private readonly values: ReturnType<typeof u8Blocks>;
  private readonly missing: ReturnType<typeof u8Blocks>;
  private readonly yes: string;
  private readonly no: string;
  constructor(
    private readonly digits: boolean,
    private readonly format: string | undefined,
    capacity: number,
  ) {
    this.values = u8Blocks(capacity);
    this.missing = u8Blocks(capacity);
    [this.yes, this.no] = (format ?? 'true/false').split('/');
  }
  get length() {
    return this.values.length;
  }
  pushColumn(rows: readonly string[][], j: number): number {
    for (let r = 0; r < rows.length; r++) if (!this.push(rows[r][j])) return r;
    return -1;
  }
  push(cell: string): boolean {
    // The column's own words first: no lower-casing for the usual cell.
    if (cell === this.yes) return this.take(1);
    if (cell === this.no) return this.take(0);
    const b = parseBoolean(cell, this.digits);
    if (b < 0) {
      if (!isMissingText(cell)) return false;
      this.pushMissing();
      return true;
    }
    return this.take(b);
  }
  private take(b: number): boolean {
    this.values.push(b);
    this.missing.push(0);
    return true;
  }
  pushMissing() {
    this.values.push(0);
    this.missing.push(1);
  }
  finish(name: string): Column {
    const col = booleanColumn(name, this.values.toArray(), this.missing.toArray());
    return this.format ? { ...col, format: this.format } : col;
  }
}

/**
 * Strings are dictionary-encoded while they are few (repeated values share one string and the column
 * may end categorical, and a column of many repeated codes holds each string once); once they look
 * near-unique (more than DICTIONARY_MIN distinct values, over half of those seen) they are kept as a
 * plain array.
 */
const DICTIONARY_MIN = 1 << 17;
const DICTIONARY_MAX = 1 << 20;

class StringsBuilder implements ColumnBuilder {
  private index: Map<string, number> | null = new Map();
  /** Categories written with 1-8 digits only, by digitKey. */
  private digitIndex = new Map<number, number>();
  private categories: string[] = [];
  private counts: number[] = [];
  private codes: ReturnType<typeof i32Blocks>;
  private plain: string[] | null = null;
  private readonly missing: ReturnType<typeof u8Blocks>;
  private nonMissing = 0;
  constructor(
    private readonly forced: 'categorical' | 'text' | 'identifier' | undefined,
    capacity: number,
  ) {
    this.codes = i32Blocks(capacity);
    this.missing = u8Blocks(capacity);
  }
  get length() {
    return this.missing.length;
  }
  pushColumn(rows: readonly string[][], j: number): number {
    for (let r = 0; r < rows.length; r++) if (!this.push(rows[r][j])) return r;
    return -1;
  }
  push(cell: string): boolean {
    if (isMissingText(cell)) {
      this.pushMissing();
      return true;
    }
    const v = trimmed(cell);
    this.nonMissing++;
    this.missing.push(0);
    if (this.plain) {
      this.plain.push(own(v));
      return true;
    }
    // Few categories: a scan (mostly length checks) beats hashing the cell. Short digit codes
    // (postal codes): a number key, cheaper to hash and compare than the string.
    const categories = this.categories;
    let code: number | undefined;
    const digits = digitKey(v);
    if (categories.length <= FEW) {
      for (let k = 0; k < categories.length; k++)
        if (categories[k] === v) {
          code = k;
          break;
        }
    } else code = digits >= 0 ? this.digitIndex.get(digits) : this.index!.get(v);
    if (code === undefined) {
      code = categories.length;
      if (
        this.forced !== 'categorical' &&
        code >= DICTIONARY_MIN &&
        (2 * code > this.nonMissing || code >= DICTIONARY_MAX)
      ) {
        this.toPlain();
        this.plain!.push(own(v));
        return true;
      }
      const kept = own(v);
      categories.push(kept);
      this.counts.push(0);
      if (digits >= 0) this.digitIndex.set(digits, code);
      else this.index!.set(kept, code);
    }
    this.counts[code]++;
    this.codes.push(code);
    return true;
  }
  pushMissing() {
    this.missing.push(1);
    if (this.plain) this.plain.push('');
    else this.codes.push(-1);
  }
  private toPlain() {
    const codes = this.codes.toArray();
    const plain = new Array<string>(codes.length);
    for (let i = 0; i < codes.length; i++) plain[i] = codes[i] < 0 ? '' : this.categories[codes[i]];
    this.plain = plain;
    this.index = null;
    this.digitIndex = new Map();
    this.codes = i32Blocks(0);
  }
  finish(name: string): Column {
    const missing = this.missing.toArray();
    if (this.plain) {
      const kind =
        this.forced === 'text' || this.forced === 'identifier'
          ? this.forced
          : decideStringKind(plainStats(this.plain, missing));
      return stringColumn(name, kind === 'categorical' ? 'text' : kind, this.plain, missing);
    }
    const kind =
      this.forced ??
      decideStringKind({
        nonMissing: this.nonMissing,
        distinct: this.categories.length,
        values: this.categories,
      });
    const codes = this.codes.toArray();
    if (kind === 'categorical') return categoricalColumn(name, this.categories, codes, missing);
    const values = new Array<string>(codes.length);
    for (let i = 0; i < codes.length; i++) values[i] = codes[i] < 0 ? '' : this.categories[codes[i]];
    return stringColumn(name, kind, values, missing);
  }
}

/** The cell without surrounding white space; most cells have none, and trim() costs a call. */
function trimmed(s: string): string {
  const n = s.length;
  return n > 0 && !isSpaceOrBreak(s.charCodeAt(0)) && !isSpaceOrBreak(s.charCodeAt(n - 1)) ? s : s.trim();
}

/** Any code unit trim() could remove is below 33 or above 127; anything else is kept for sure. */
function isSpaceOrBreak(c: number): boolean {
  return c <= 32 || c >= 127;
}

/** Categories up to which a lookup scans the list instead of hashing. */
const FEW = 8;

/**
 * A text of 1-8 ASCII digits as a number unique to it (the digits' value and their count, so that
 * "007" and "7" differ; below 2^31, a small integer for the Map), or -1.
 */
function digitKey(s: string): number {
  const n = s.length;
  if (n === 0 || n > 8) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v * 8 + (n - 1);
}

/** Distinct values of a large strings column, estimated on up to 20,000 evenly spread values. */
function plainStats(values: string[], missing: Uint8Array) {
  const step = Math.max(1, Math.floor(values.length / 20000));
  const distinct = new Set<string>();
  let seen = 0;
  for (let i = 0; i < values.length; i += step) {
    if (missing[i]) continue;
    distinct.add(values[i]);
    seen++;
  }
  return { nonMissing: seen, distinct: distinct.size, values: distinct };
}

/**
 * A copy of a string that does not keep alive the large chunk of text it was cut from (V8 cuts
 * substrings of 13 characters or more as views on their parent).
 */
function own(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}
