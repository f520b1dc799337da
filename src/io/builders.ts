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
import {
  DASH,
  isMissingText,
  parseBoolean,
  parseDate,
  parseDatetime,
  fixedDate,
  fixedIsoDatetime,
  parseNumber,
  simpleNumber,
} from './cells.js';
import { decideStringKind, type Plan } from './guess.js';

export interface ColumnBuilder {
  /** Append a cell; false when it does not fit (nothing is appended then). */
  push(cell: string): boolean;
  /**
   * Append column j of rows split from `text` (from row `from` on); the index of the first row whose cell does not fit
   * (the cells before it are appended), or -1. Each builder reads its usual cells straight from the
   * text and makes a string only for the others.
   */
  pushCells(text: string, cells: SplitCells, j: number, from?: number): number;
  /** Append a missing value. */
  pushMissing(): void;
  readonly length: number;
  /** The finished column; the builder must not be used afterwards. */
  finish(name: string): Column;
}

/**
 * Rows cut from a text as positions (csv/split.ts): per cell start and end, column after column
 * (column j's from 2 * j * capacity on).
 */
export interface SplitCells {
  /** Two per cell; a start below zero is ~k for strings[k]. */
  readonly bounds: Int32Array;
  readonly strings: readonly string[];
  readonly rows: number;
  /** Rows each column has room for. */
  readonly capacity: number;
}

/** A builder for a plan; `capacity` is the expected number of rows (an estimate is fine). */
export function makeBuilder(plan: Plan, capacity = 1024): ColumnBuilder {
  switch (plan.kind) {
    case 'integer':
    case 'numeric':
      return new NumberBuilder(plan.kind, plan.decimal, capacity);
    case 'date':
      return new DateBuilder('date', plan.pattern, parseDate, fixedDate, capacity);
    case 'datetime':
      return new DateBuilder(
        'datetime',
        plan.pattern,
        parseDatetime,
        plan.pattern === 'iso' ? fixedIso : noFixedShape,
        capacity,
      );
    case 'boolean':
      return new BooleanBuilder(plan.digits, plan.format, capacity);
    default:
      return new StringsBuilder(plan.forced, capacity);
  }
}

const noFixedShape = () => -1;
const fixedIso = (s: string, _pattern: string, at: number, to: number) => fixedIsoDatetime(s, at, to);

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
    this.decimalCode = decimal.charCodeAt(0);
  }
  private readonly decimalCode: number;
  get length() {
    return this.values.length;
  }
  pushCells(text: string, cells: SplitCells, j: number, from = 0): number {
    const b = cells.bounds;
    const dec = this.decimalCode;
    // The usual cell is written in place (the mask's zeros are already there); any other goes
    // through push, with the lengths handed over and back.
    const values = this.values.reserve(cells.rows - from);
    this.missing.reserve(cells.rows - from);
    let at = this.values.length;
    let integer = this.kind === 'integer';
    for (let r = from, k = 2 * (j * cells.capacity + r); r < cells.rows; r++, k += 2) {
      const s = b[k];
      const e = b[k + 1];
      const v = s >= 0 && e > s ? simpleNumber(text, dec, s, e) : Number.NaN;
      if (Number.isNaN(v)) {
        this.values.length = this.missing.length = at;
        const fits = this.push(s < 0 ? cells.strings[~s] : text.slice(s, e));
        at = this.values.length;
        if (!fits) return r;
        integer = this.kind === 'integer';
        continue;
      }
      if (integer && !Number.isInteger(v)) {
        this.kind = 'numeric';
        integer = false;
      }
      values[at++] = v;
    }
    this.values.length = this.missing.length = at;
    return -1;
  }
  push(cell: string): boolean {
    if (cell.length === 0) {
      this.pushMissing();
      return true;
    }
    const simple = simpleNumber(cell, this.decimalCode);
    if (!Number.isNaN(simple)) {
      // Not NaN: the usual cell (no leading zero, at most 15 digits: a safe integer when whole).
      if (this.kind === 'integer' && !Number.isInteger(simple)) this.kind = 'numeric';
      this.values.push(simple);
      this.missing.pushZero();
      return true;
    }
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
    this.missing.pushZero();
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
    /** The usual shape read in place from s[at, to), or -1 (then `parse` decides). */
    private readonly fixed: (s: string, pattern: string, at: number, to: number) => number,
    capacity: number,
  ) {
    this.values = f64Blocks(capacity);
    this.missing = u8Blocks(capacity);
  }
  get length() {
    return this.values.length;
  }
  pushCells(text: string, cells: SplitCells, j: number, from = 0): number {
    const b = cells.bounds;
    const pattern = this.pattern;
    const fixed = this.fixed;
    // As NumberBuilder: the usual cell in place, any other through push.
    const values = this.values.reserve(cells.rows - from);
    this.missing.reserve(cells.rows - from);
    let at = this.values.length;
    for (let r = from, k = 2 * (j * cells.capacity + r); r < cells.rows; r++, k += 2) {
      const s = b[k];
      const e = b[k + 1];
      const v = s >= 0 ? fixed(text, pattern, s, e) : -1;
      if (v === -1 || Number.isNaN(v)) {
        this.values.length = this.missing.length = at;
        const fits = this.push(s < 0 ? cells.strings[~s] : text.slice(s, e));
        at = this.values.length;
        if (!fits) return r;
        continue;
      }
      values[at++] = v;
    }
    this.values.length = this.missing.length = at;
    return -1;
  }
  push(cell: string): boolean {
    if (cell.length === 0) {
      this.pushMissing();
      return true;
    }
    const v = this.parse(cell, this.pattern);
    if (Number.isNaN(v)) {
      if (!missingInTyped(cell)) return false;
      this.pushMissing();
      return true;
    }
    this.values.push(v);
    this.missing.pushZero();
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
  pushCells(text: string, cells: SplitCells, j: number, from = 0): number {
    const b = cells.bounds;
    for (let r = from, k = 2 * (j * cells.capacity + r); r < cells.rows; r++, k += 2) {
      const s = b[k];
      const e = b[k + 1];
      if (s >= 0 && spanIs(text, s, e, this.yes)) this.take(1);
      else if (s >= 0 && spanIs(text, s, e, this.no)) this.take(0);
      else if (!this.push(s < 0 ? cells.strings[~s] : text.slice(s, e))) return r;
    }
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
    this.missing.pushZero();
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
  private index: StringIndex | null = new StringIndex();
  private categories: string[] = [];
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
  pushCells(text: string, cells: SplitCells, j: number, from = 0): number {
    const b = cells.bounds;
    for (let r = from, k = 2 * (j * cells.capacity + r); r < cells.rows; r++, k += 2) {
      const s = b[k];
      if (s >= 0 && plainValue(text, s, b[k + 1])) this.take(text, s, b[k + 1]);
      else this.push(s < 0 ? cells.strings[~s] : text.slice(s, b[k + 1]));
    }
    return -1;
  }
  push(cell: string): boolean {
    let v = cell;
    if (!plainValue(cell, 0, cell.length)) {
      if (isMissingText(cell)) {
        this.pushMissing();
        return true;
      }
      v = cell.trim();
    }
    this.take(v, 0, v.length);
    return true;
  }
  /** Append the value text[s, e) (trimmed, not missing). */
  private take(text: string, s: number, e: number): void {
    this.nonMissing++;
    this.missing.pushZero();
    if (this.plain) {
      this.plain.push(own(text, s, e));
      return;
    }
    // Few categories: a scan (mostly length checks) beats hashing the cell.
    const categories = this.categories;
    let code = -1;
    const scanned = categories.length <= FEW;
    if (scanned) {
      for (let k = 0; k < categories.length; k++)
        if (spanIs(text, s, e, categories[k])) {
          code = k;
          break;
        }
    } else code = this.index!.find(text, s, e, categories);
    if (code < 0) {
      code = categories.length;
      if (
        this.forced !== 'categorical' &&
        code >= DICTIONARY_MIN &&
        (2 * code > this.nonMissing || code >= DICTIONARY_MAX)
      ) {
        this.toPlain();
        this.plain!.push(own(text, s, e));
        return;
      }
      const kept = own(text, s, e);
      categories.push(kept);
      this.index!.add(kept, code, !scanned);
    }
    this.codes.push(code);
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

/** Is text[s, e) the string v? */
function spanIs(text: string, s: number, e: number, v: string): boolean {
  if (v.length !== e - s) return false;
  for (let k = 0; k < v.length; k++) if (text.charCodeAt(s + k) !== v.charCodeAt(k)) return false;
  return true;
}

/**
 * Codes of distinct strings, in a typed array (open addressing, key and code side by side, so a lookup
 * touches one cache line). A short text (postal codes, short codes) is its own key (exactKey); any
 * other string is keyed by a hash of its characters and confirmed against the category. A Map would
 * need a string for every cell and hashes it in V8's own way, several times slower per lookup.
 */
class StringIndex {
  /**
   * Codes of 1-5 digit strings (postal and commune codes), indexed by value, one table per digit
   * count made on first use: a lookup is one load from at most 400 kB, where a hash table of as many
   * codes would miss the cache.
   */
  private readonly digits: (Int32Array | null)[] = [null, null, null, null, null, null];
  private readonly exact = new CodeTable();
  private readonly strings = new CodeTable();
  private lastKey = 0;
  /** Where the last key was looked up: a digit count (1-5), EXACT or HASHED. */
  private lastTable = 0;

  /** The code of text[s, e), or -1 (then `add` may follow for the same string). */
  find(text: string, s: number, e: number, categories: readonly string[]): number {
    const d = exactKey(text, s, e);
    if (d >= 0) {
      const n = (d & 7) + 1;
      if (d < 1 << 30 && n <= 5) {
        const value = d >>> 3;
        this.lastTable = n;
        this.lastKey = value;
        const table = this.digits[n];
        return table === null ? -1 : table[value];
      }
      this.lastTable = EXACT;
      this.lastKey = d;
      return this.exact.find(d, null, 0, 0, null);
    }
    const h = hashOf(text, s, e);
    this.lastTable = HASHED;
    this.lastKey = h;
    return this.strings.find(h, text, s, e, categories);
  }

  /** Add `v` under `code`; `found` when find(v) was the last call (its key is kept). */
  add(v: string, code: number, found: boolean): void {
    if (!found) this.find(v, 0, v.length, []);
    const t = this.lastTable;
    if (t === EXACT) this.exact.add(this.lastKey, code);
    else if (t === HASHED) this.strings.add(this.lastKey, code);
    else {
      let table = this.digits[t];
      if (table === null) table = this.digits[t] = new Int32Array(10 ** t).fill(-1);
      table[this.lastKey] = code;
    }
  }
}

const EXACT = 6;
const HASHED = 7;

class CodeTable {
  /** Pairs: key, code + 1 (0: an empty slot). */
  private slots = new Int32Array(128);
  private shift = 26; // 32 - log2(slot count)
  private size = 0;

  /** The code under `key`; with `text`, only if categories[code] is text[s, e) (the key is a hash). */
  find(key: number, text: string | null, s: number, e: number, categories: readonly string[] | null): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let i = Math.imul(key, 0x9e3779b1) >>> this.shift; ; i = (i + 1) & mask) {
      const c = slots[2 * i + 1] - 1;
      if (c < 0) return -1;
      if (slots[2 * i] === key && (text === null || spanIs(text, s, e, categories![c]))) return c;
    }
  }

  add(key: number, code: number): void {
    if (4 * (this.size + 1) > this.slots.length) this.grow();
    this.place(key, code);
    this.size++;
  }

  private place(key: number, code: number): void {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (slots[2 * i + 1] !== 0) i = (i + 1) & mask;
    slots[2 * i] = key;
    slots[2 * i + 1] = code + 1;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.shift--;
    for (let i = 0; i < old.length; i += 2) if (old[i + 1] !== 0) this.place(old[i], old[i + 1] - 1);
  }
}

/**
 * A hash of text[s, e): FNV-1a style, two UTF-16 code units per multiply (a chain of one multiply per
 * character is what made hashing the slowest part of a lookup).
 */
function hashOf(text: string, s: number, e: number): number {
  let h = 0x811c9dc5 ^ (e - s);
  let i = s;
  for (; i + 1 < e; i += 2)
    h = Math.imul(h ^ (text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16)), 0x01000193);
  if (i < e) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h ^ (h >>> 15);
}

/**
 * A number unique to a short text[s, e), below 2^31, or -1: 1-8 ASCII digits (postal codes) give the
 * digits' value and their count (so that "007" and "7" differ); else 1-4 ASCII characters (short codes
 * such as "A12") give their 7-bit codes packed, the count, and bit 30 set, so that the two never meet.
 */
function exactKey(text: string, s: number, e: number): number {
  const n = e - s;
  if (n === 0 || n > 8) return -1;
  let v = 0;
  let i = s;
  for (; i < e; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    v = v * 10 + c;
  }
  if (i === e) return v * 8 + (n - 1);
  if (n > 4) return -1;
  let packed = 0;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) return -1;
    packed = (packed << 7) | c;
  }
  return (1 << 30) | (packed << 2) | (n - 1);
}

/**
 * The usual cell text[s, e), decided from its ends: nothing trim() would remove, and not a missing
 * marker (those of up to 4 characters start with n, N or #; longer ones are blank). False: ask
 * isMissingText.
 */
function plainValue(text: string, s: number, e: number): boolean {
  const n = e - s;
  if (n <= 0 || isSpaceOrBreak(text.charCodeAt(s)) || isSpaceOrBreak(text.charCodeAt(e - 1))) return false;
  if (n > 4) return true;
  const c = text.charCodeAt(s);
  return c !== 110 && c !== 78 && c !== 35;
}

/** Any code unit trim() could remove is below 33 or above 127; anything else is kept for sure. */
function isSpaceOrBreak(c: number): boolean {
  return c <= 32 || c >= 127;
}

/** Categories up to which a lookup scans the list instead of hashing. */
const FEW = 8;

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
 * text[s, e) as a string of its own. V8 cuts a substring of 13 characters or more as a view on its
 * parent, which would keep the whole text alive and is slower to read (categories are read for every
 * cell); a join of two pieces is a new flat string.
 */
function own(text: string, s: number, e: number): string {
  if (e - s < 13) return s === 0 && e === text.length ? text : text.slice(s, e);
  return [text.slice(s, s + 1), text.slice(s + 1, e)].join('');
}
