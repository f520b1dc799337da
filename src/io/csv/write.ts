// A Table as delimited text, chunk by chunk. Values are written back the way they were read: dates in
// their source pattern, numbers with a decimal comma when the source had one, booleans with its words.
// Hot: a chunk is encoded straight to UTF-8 bytes, row by row, from per-column plans prepared once per
// chunk; no per-cell strings for numbers, categories encoded once, the quote test is a char scan.
import { type Column, daysToParts } from '../../table/column.js';
import type { RecordSlot, RowRecord } from '../../table/record.js';
import type { Table } from '../../table/table.js';
import { rowWasm } from './row-wasm.js';

export interface CsvFormatOptions {
  delimiter?: string;
  /** ',' or '.' for every number; default: each column's source format ('decimal-comma' or not). */
  decimal?: '.' | ',';
  newline?: '\n' | '\r\n';
}

const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder();

/** A growable byte buffer; a fresh one per chunk (the stream keeps the bytes it was given). */
class Bytes {
  buf: Uint8Array;
  pos = 0;
  /** A view of buf, for multi-byte moves. */
  view: DataView;
  constructor(capacity: number, reuse?: Uint8Array) {
    this.buf = reuse && reuse.length >= capacity ? reuse : new Uint8Array(Math.max(1024, capacity));
    this.view = new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.byteLength);
  }
  /** Room for n more bytes. */
  ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const bigger = new Uint8Array(Math.max(this.buf.length * 2, this.pos + n));
    bigger.set(this.buf.subarray(0, this.pos));
    this.buf = bigger;
    this.view = new DataView(bigger.buffer);
  }
  byte(c: number): void {
    if (this.pos >= this.buf.length) this.ensure(1);
    this.buf[this.pos++] = c;
  }
  bytes(b: Uint8Array): void {
    this.ensure(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }
  /** A string, ASCII by a char loop, anything else by the encoder. */
  text(s: string): void {
    const n = s.length;
    this.ensure(n);
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 128) {
        this.pos = p;
        this.encodeRest(s, i);
        return;
      }
      buf[p++] = c;
    }
    this.pos = p;
  }
  private encodeRest(s: string, from: number): void {
    const rest = from === 0 ? s : s.slice(from);
    this.ensure(rest.length * 3);
    this.pos += utf8.encodeInto(rest, this.buf.subarray(this.pos)).written;
  }
  /** Digits of a non-negative integer below 2^53. */
  uint(v: number): void {
    if (v < 10) {
      this.byte(48 + v);
      return;
    }
    this.ensure(16);
    let len = 1;
    for (let t = v; t >= 10; t = Math.floor(t / 10)) len++;
    const buf = this.buf;
    let p = this.pos + len;
    this.pos = p;
    while (v >= 10) {
      const q = Math.floor(v / 10);
      buf[--p] = 48 + (v - q * 10);
      v = q;
    }
    buf[--p] = 48 + v;
  }
  /** `d` digits of a non-negative integer below 10^d, zero-padded. */
  padded(v: number, d: number): void {
    this.ensure(d);
    const buf = this.buf;
    let p = this.pos + d;
    this.pos = p;
    for (let k = 0; k < d; k++) {
      const q = Math.floor(v / 10);
      buf[--p] = 48 + (v - q * 10);
      v = q;
    }
  }
  done(): Uint8Array {
    return this.buf.subarray(0, this.pos);
  }
}

type CellWriter = (out: Bytes, i: number) => void;

const POW10 = [1, 10, 100, 1000];

/**
 * A number as String(v) writes it (with `dec` as decimal mark): integers and values with up to 3
 * decimals by digit arithmetic, checked exact (r / 10^d === v, and |v| < 1e11 so that no other short
 * decimal maps to the same double); anything else through String().
 */
function writeNumber(out: Bytes, v: number, dec: number): void {
  if (v === 0) {
    out.byte(48); // also -0, as String(-0)
    return;
  }
  let a = v;
  if (a < 0) {
    out.byte(45);
    a = -a;
  }
  if (a < 1e11) {
    if (Number.isInteger(a)) {
      out.uint(a);
      return;
    }
    for (let d = 1; d <= 3; d++) {
      const p = POW10[d];
      const r = Math.round(a * p);
      if (r / p === a) {
        const whole = Math.floor(r / p);
        out.uint(whole);
        out.byte(dec);
        out.padded(r - whole * p, d);
        return;
      }
    }
  }
  const s = String(a);
  if (dec === 46) out.text(s);
  else out.text(s.replace('.', ','));
}

/** What the \s of a regular expression matches (for "starts or ends with white space"). */
function isWhite(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    (c >= 0x80 &&
      (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff))
  );
}

export class CsvFormatter {
  private readonly delimiter: string;
  private readonly newline: string;
  private readonly delimiterCode: number;
  private readonly delimiterBytes: Uint8Array;
  /** The delimiter's byte when it is one byte in UTF-8, else -1 (fragments carry it then). */
  private readonly delimiterByte: number;
  private readonly newlineBytes: Uint8Array;
  /** Encoded (and quoted when needed) categories, per categories array: shared by a table's chunks. */
  private readonly categoryCache = new WeakMap<readonly string[], (Uint8Array | undefined)[]>();
  /** The same for the first column, where a leading '#' is quoted too. */
  private readonly firstCategoryCache = new WeakMap<readonly string[], (Uint8Array | undefined)[]>();
  /** Dictionaries of small categories arrays (and for the first column). */
  private readonly dictionaries = new WeakMap<readonly string[], Dictionary>();
  private readonly firstDictionaries = new WeakMap<readonly string[], Dictionary>();
  /** Formatted days, per date pattern (for datetimes). */
  private readonly dateCaches = new Map<string, DateCache>();
  /** Years and days of the year as pieces of formatted dates, per date pattern. */
  private readonly datePieces = new Map<string, DateParts>();
  /** The last chunk's row plan, and its columns with their value and missing arrays (3 per column). */
  private plan: RowPlan | null = null;
  private planArrays: unknown[] = [];
  /** The row loop's staging blocks. */
  private readonly scratch = new Scratch();
  /** Boolean words as pools, per format. */
  private readonly booleanPools = new Map<string, BooleanPool>();
  /** A buffer handed back by release(), for the next chunk. */
  private spare: Uint8Array | null = null;
  /** Bytes per row of the last chunk, to size the next one's buffer. */
  private bytesPerRow = 64;

  constructor(private readonly options: CsvFormatOptions = {}) {
    this.delimiter = options.delimiter ?? ',';
    this.newline = options.newline ?? '\n';
    this.delimiterCode = this.delimiter.length === 1 ? this.delimiter.charCodeAt(0) : -1;
    this.delimiterBytes = utf8.encode(this.delimiter);
    this.delimiterByte = this.delimiterBytes.length === 1 ? this.delimiterBytes[0] : -1;
    this.newlineBytes = utf8.encode(this.newline);
  }

  /** The header line. */
  header(names: readonly string[]): string {
    return names.map((n) => this.quote(n)).join(this.delimiter) + this.newline;
  }

  /** The rows of a chunk, as text. */
  rows(chunk: Table): string {
    return utf8Decoder.decode(this.rowsBytes(chunk));
  }

  /**
   * The rows of a chunk, as UTF-8 bytes (a fresh array: the caller may keep it).
   *
   * Row by row, each cell formatted straight into the output (no per-cell string for numbers, dates,
   * booleans, categories or plain text, and no second copy). The per-column data the loop reads sit
   * in arrays of one element type each (all Float64Array, all Int32Array, ...), so that every load
   * site stays monomorphic whatever the mix of kinds.
   */
  rowsBytes(chunk: Table): Uint8Array {
    const n = chunk.nRows;
    if (n === 0) return new Uint8Array(0);
    const plan = this.planOf(chunk.columns);
    const out = new Bytes(Math.ceil(n * this.bytesPerRow * 1.05) + 1024, this.spare ?? undefined);
    this.spare = null;
    formatRows(plan, out, n, this.delimiterBytes, this.newlineBytes);
    this.bytesPerRow = Math.max(8, out.pos / n);
    return out.done();
  }

  /**
   * A writer of rows made one at a time in a row record (see RecordSlot), with no table in between:
   * for producers of rows (the demo). `columns` give the kinds, categories and formats (a table of
   * any length over the same columns). undefined where a column would need the general path (a
   * multi-byte delimiter, a decimal comma in a comma-delimited file, datetimes, more than 4,096
   * categories, boolean words of 31 bytes or more): write tables then.
   */
  recordWriter(columns: readonly Column[], slots: readonly RecordSlot[]): CsvRecordWriter | undefined {
    const loop = compiledRowLoop();
    if (!loop || this.delimiterByte < 0 || columns.length !== slots.length) return undefined;
    const formats = columns.map((c, j) => this.columnFormat(c, j === 0));
    for (let j = 0; j < formats.length; j++) {
      const f = formats[j];
      const store = slots[j].store;
      const fits =
        f.t === NUMBER || f.t === DATE
          ? store === 'num'
          : f.t === DICT
            ? store === 'code'
            : f.t === BOOLEAN
              ? store === 'flag'
              : f.t === TEXT && store === 'text';
      if (!fits) return undefined;
    }
    return new CsvRecordWriter(
      formats,
      slots,
      (yes, no) => this.booleanPool(yes, no),
      this.delimiterByte,
      this.newlineBytes,
      loop,
    );
  }

  /**
   * The row plan of a chunk's columns: the last one again when the chunk has the same column objects
   * over the same arrays (the demo refills one set of buffers chunk after chunk), with its missing
   * marks scanned again; else a new one.
   */
  private planOf(columns: readonly Column[]): RowPlan {
    const last = this.plan;
    if (last && this.planArrays.length === columns.length * 3) {
      let same = true;
      for (let j = 0; j < columns.length && same; j++) {
        const c = columns[j];
        const data = c.kind === 'categorical' ? c.codes : c.values;
        const a = this.planArrays;
        same = a[3 * j] === c && a[3 * j + 1] === data && a[3 * j + 2] === c.missing;
      }
      if (same) {
        last.scanMissing();
        return last;
      }
    }
    const plan = new RowPlan(
      columns.map((c, j) => this.columnFormat(c, j === 0)),
      (yes, no) => this.booleanPool(yes, no),
      this.scratch,
      this.delimiterByte,
    );
    this.plan = plan;
    const arrays: unknown[] = [];
    for (const c of columns) arrays.push(c, c.kind === 'categorical' ? c.codes : c.values, c.missing);
    this.planArrays = arrays;
    return plan;
  }

  /**
   * Hand back an array returned by rowsBytes once nothing refers to it any more (written out): the
   * next chunk is written into it instead of a fresh one (no new pages to fault in and clear).
   */
  release(bytes: Uint8Array): void {
    if (bytes.byteOffset === 0 && bytes.buffer instanceof ArrayBuffer)
      this.spare = new Uint8Array(bytes.buffer);
  }

  /** How a column is formatted: a fast loop for its kind, or the general per-cell writer. */
  private columnFormat(col: Column, first: boolean): ColumnFormat {
    const m = col.missing;
    switch (col.kind) {
      case 'integer':
      case 'numeric':
        // A decimal comma takes the general path only in a comma-delimited file (it quotes).
        if (!this.commaOf(col)) return { t: NUMBER, m, values: col.values, dec: 46 };
        if (this.delimiterCode !== 44) return { t: NUMBER, m, values: col.values, dec: 44 };
        break;
      case 'date': {
        return { t: DATE, m, values: col.values, parts: this.dateParts(col.format ?? 'yyyy-mm-dd') };
      }
      case 'datetime': {
        const pattern = col.format ?? 'iso';
        const iso = pattern === 'iso';
        return {
          t: DATETIME,
          m,
          values: col.values,
          pattern,
          iso,
          cache: this.dateCache(iso ? 'yyyy-mm-dd' : 'dd/mm/yyyy'),
        };
      }
      case 'boolean': {
        const [yes, no] = (col.format ?? 'true/false').split('/').map((w) => utf8.encode(w));
        return { t: BOOLEAN, m, values: col.values, yes, no };
      }
      case 'categorical':
        if (col.categories.length <= MAX_DICTIONARY)
          return { t: DICT, m, codes: col.codes, dict: this.dictionary(col.categories, first) };
        return {
          t: CATEGORY,
          m,
          codes: col.codes,
          categories: col.categories,
          encoded: this.encodedCategories(col.categories, first),
          first,
          fallback: this,
        };
      case 'text':
      case 'identifier':
        // Multi-character delimiters take the general path (its scan handles them).
        if (this.delimiterCode >= 0)
          return { t: TEXT, m, values: col.values, first, delimiter: this.delimiterCode, fallback: this };
        break;
    }
    return { t: GENERAL, m, write: this.cellWriter(col, first) };
  }

  /** The pool of a boolean format's words (shared by the chunks). */
  private booleanPool(yes: Uint8Array, no: Uint8Array): BooleanPool {
    const key = `${utf8Decoder.decode(yes)}/${utf8Decoder.decode(no)}`;
    let pool = this.booleanPools.get(key);
    if (!pool) {
      pool = new BooleanPool(yes, no, Math.max(0, this.delimiterByte));
      this.booleanPools.set(key, pool);
    }
    return pool;
  }

  /** The formatted days of a date pattern. */
  private dateCache(pattern: string): DateCache {
    let cache = this.dateCaches.get(pattern);
    if (!cache) {
      cache = new DateCache(dayWriter(pattern));
      this.dateCaches.set(pattern, cache);
    }
    return cache;
  }

  /** The date pieces of a date pattern. */
  private dateParts(pattern: string): DateParts {
    let parts = this.datePieces.get(pattern);
    if (!parts) {
      parts = new DateParts(pattern, dayWriter(pattern), Math.max(0, this.delimiterByte));
      this.datePieces.set(pattern, parts);
    }
    return parts;
  }

  /** Each category's bytes (filled as codes are met), per categories array: shared by chunks. */
  private encodedCategories(categories: readonly string[], first: boolean): (Uint8Array | undefined)[] {
    const caches = first ? this.firstCategoryCache : this.categoryCache;
    let encoded = caches.get(categories);
    if (!encoded) {
      encoded = new Array(categories.length);
      caches.set(categories, encoded);
    }
    return encoded;
  }

  /** The encoded categories of a (small) categories array in one buffer, per array and first-ness. */
  private dictionary(categories: readonly string[], first: boolean): Dictionary {
    const caches = first ? this.firstDictionaries : this.dictionaries;
    let d = caches.get(categories);
    if (!d) {
      d = new Dictionary(
        categories.map((c) => this.encodeCategory(c, first)),
        Math.max(0, this.delimiterByte),
      );
      caches.set(categories, d);
    }
    return d;
  }

  /** A category's bytes, quoted when it needs it. */
  encodeCategory(category: string, first: boolean): Uint8Array {
    return utf8.encode(this.quote(category, first));
  }

  /** A text cell through the quoting rules (the slow path of the text loop). */
  writeTextCell(out: Bytes, s: string, first: boolean): void {
    this.writeText(out, s, first);
  }

  /** Whether numbers of this column are written with a decimal comma. */
  private commaOf(col: Column): boolean {
    return this.options.decimal ? this.options.decimal === ',' : col.format === 'decimal-comma';
  }

  /** Whether a text cell must be quoted: the delimiter, a quote, a line break, white space at an end. */
  private needsQuote(s: string, first: boolean): boolean {
    const n = s.length;
    if (n === 0) return false;
    if (isWhite(s.charCodeAt(0)) || isWhite(s.charCodeAt(n - 1))) return true;
    if (first && s.charCodeAt(0) === 35 /* # */) return true;
    const d = this.delimiterCode;
    if (d < 0 && s.includes(this.delimiter)) return true;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c === d || c === 34 || c === 10 || c === 13) return true;
    }
    return false;
  }

  private quote(s: string, first = false): string {
    return this.needsQuote(s, first) ? `"${s.replace(/"/g, '""')}"` : s;
  }

  private writeText(out: Bytes, s: string, first: boolean): void {
    if (this.needsQuote(s, first)) out.text(`"${s.replace(/"/g, '""')}"`);
    else out.text(s);
  }

  private cellWriter(col: Column, first: boolean): CellWriter {
    const m = col.missing;
    switch (col.kind) {
      case 'integer':
      case 'numeric': {
        const values = col.values;
        const comma = this.commaOf(col);
        if (!comma)
          return (out, i) => {
            if (!m[i]) writeNumber(out, values[i], 46);
          };
        if (this.delimiterCode === 44) {
          // A decimal comma in a comma-delimited file: the cell is quoted when it has a comma.
          return (out, i) => {
            if (m[i]) return;
            const v = values[i];
            // Whole numbers below 1e21 have no decimal mark; larger ones may (1.5e+21): quoted then.
            if (Number.isInteger(v) && Math.abs(v) < 1e21) writeNumber(out, v, 44);
            else {
              const s = String(v).replace('.', ',');
              out.text(s.includes(',') ? `"${s}"` : s);
            }
          };
        }
        return (out, i) => {
          if (!m[i]) writeNumber(out, values[i], 44);
        };
      }
      case 'date': {
        const values = col.values;
        const day = dayWriter(col.format ?? 'yyyy-mm-dd');
        return (out, i) => {
          if (!m[i]) day(out, values[i]);
        };
      }
      case 'datetime': {
        const values = col.values;
        const pattern = col.format ?? 'iso';
        const iso = pattern === 'iso';
        const day = dayWriter(iso ? 'yyyy-mm-dd' : 'dd/mm/yyyy');
        return (out, i) => {
          if (!m[i]) writeDatetime(out, values[i], pattern, iso, day);
        };
      }
      case 'boolean': {
        const values = col.values;
        const [yes, no] = (col.format ?? 'true/false').split('/').map((w) => utf8.encode(w));
        return (out, i) => {
          if (!m[i]) out.bytes(values[i] ? yes : no);
        };
      }
      case 'categorical': {
        const categories = col.categories;
        const codes = col.codes;
        const cache = this.encodedCategories(categories, first);
        return (out, i) => {
          if (m[i]) return;
          const code = codes[i];
          let b = cache[code];
          if (b === undefined) {
            b = this.encodeCategory(categories[code], first);
            cache[code] = b;
          }
          out.bytes(b);
        };
      }
      default: {
        const values = col.values;
        return (out, i) => {
          if (!m[i]) this.writeText(out, values[i], first);
        };
      }
    }
  }
}

// ---- column-major formatting (rowsBytes) --------------------------------------------------------

const NUMBER = 0;
const DATE = 1;
const BOOLEAN = 2;
const CATEGORY = 3;
const TEXT = 4;
const GENERAL = 5;
const DICT = 6;
const DATETIME = 7;

/** Categories arrays up to this size are encoded whole, once (larger ones as codes are met). */
const MAX_DICTIONARY = 4096;

/**
 * Encoded categories, each after a delimiter byte (with slack for fixed-size moves), each one's start
 * and length.
 */
class Dictionary {
  readonly bytes: Uint8Array;
  readonly view: DataView;
  readonly start: Int32Array;
  readonly len: Int32Array;
  /** Each category as a fragment of `bytes` (start << 5 | length), for those up to 30 bytes. */
  readonly fragments: Int32Array;
  /** The same with the delimiter before it (see FUSED_EMPTY). */
  readonly fused: Int32Array;
  readonly maxLen: number;
  /** `delimiter`: the byte before each category (a single-byte delimiter, else any). */
  constructor(encoded: Uint8Array[], delimiter: number) {
    let total = 0;
    let max = 0;
    for (const e of encoded) {
      total += e.length + 1;
      max = Math.max(max, e.length);
    }
    this.bytes = new Uint8Array(total + 16);
    this.view = new DataView(this.bytes.buffer);
    this.start = new Int32Array(encoded.length);
    this.len = new Int32Array(encoded.length);
    this.fragments = new Int32Array(encoded.length);
    this.fused = new Int32Array(encoded.length);
    this.maxLen = max;
    let at = 0;
    encoded.forEach((e, c) => {
      this.bytes[at] = delimiter;
      this.bytes.set(e, at + 1);
      this.start[c] = at + 1;
      this.len[c] = e.length;
      if (e.length < FRAGMENT_MAX_LEN) {
        this.fragments[c] = ((at + 1) << FRAGMENT_LEN_BITS) | e.length;
        this.fused[c] = (at << FRAGMENT_LEN_BITS) | (e.length + 1);
      }
      at += e.length + 1;
    });
  }
}

type ColumnFormat =
  | { t: typeof NUMBER; m: Uint8Array; values: Float64Array; dec: number }
  | { t: typeof DATE; m: Uint8Array; values: Float64Array; parts: DateParts }
  | { t: typeof BOOLEAN; m: Uint8Array; values: Uint8Array; yes: Uint8Array; no: Uint8Array }
  | {
      t: typeof CATEGORY;
      m: Uint8Array;
      codes: Int32Array;
      categories: readonly string[];
      encoded: (Uint8Array | undefined)[];
      first: boolean;
      fallback: CsvFormatter;
    }
  | {
      t: typeof TEXT;
      m: Uint8Array;
      values: readonly string[];
      first: boolean;
      delimiter: number;
      fallback: CsvFormatter;
    }
  | { t: typeof GENERAL; m: Uint8Array; write: CellWriter }
  | { t: typeof DICT; m: Uint8Array; codes: Int32Array; dict: Dictionary }
  | {
      t: typeof DATETIME;
      m: Uint8Array;
      values: Float64Array;
      pattern: string;
      iso: boolean;
      cache: DateCache;
    };

/** "00".."99" as bytes, two per number. */
const DIGIT_PAIRS = new Uint8Array(200);
for (let i = 0; i < 100; i++) {
  DIGIT_PAIRS[2 * i] = 48 + Math.floor(i / 10);
  DIGIT_PAIRS[2 * i + 1] = 48 + (i % 10);
}

/** Digits of a whole number in [0, 1e11) at buf[p...]; the position after them. */
function putUint(buf: Uint8Array, p: number, v: number): number {
  const len =
    v < 1e5
      ? v < 10
        ? 1
        : v < 100
          ? 2
          : v < 1000
            ? 3
            : v < 1e4
              ? 4
              : 5
      : v < 1e6
        ? 6
        : v < 1e7
          ? 7
          : v < 1e8
            ? 8
            : v < 1e9
              ? 9
              : v < 1e10
                ? 10
                : 11;
  let e = p + len;
  while (v >= 100) {
    const q = Math.floor(v / 100);
    const r = 2 * (v - q * 100);
    buf[--e] = DIGIT_PAIRS[r + 1];
    buf[--e] = DIGIT_PAIRS[r];
    v = q;
  }
  if (v >= 10) {
    buf[--e] = DIGIT_PAIRS[2 * v + 1];
    buf[--e] = DIGIT_PAIRS[2 * v];
  } else buf[--e] = 48 + v;
  return p + len;
}

/** putUint for a whole number below 2^31: int32 arithmetic (divisions by constants become multiplies). */
function putSmall(buf: Uint8Array, p: number, x: number): number {
  let v = x | 0;
  const len = v < 10 ? 1 : v < 100 ? 2 : v < 1000 ? 3 : v < 10000 ? 4 : v < 100000 ? 5 : v < 1000000 ? 6 : 0;
  if (len === 0) return putUint(buf, p, x);
  let e = p + len;
  while (v >= 100) {
    const q = (v / 100) | 0;
    const r = (v - q * 100) << 1;
    buf[--e] = DIGIT_PAIRS[r + 1];
    buf[--e] = DIGIT_PAIRS[r];
    v = q;
  }
  if (v >= 10) {
    buf[--e] = DIGIT_PAIRS[(v << 1) + 1];
    buf[--e] = DIGIT_PAIRS[v << 1];
  } else buf[--e] = 48 + v;
  return p + len;
}

/** Most bytes a number cell takes (String() of a double, with a sign, is at most 25 chars). */
const NUMBER_ROOM = 32;

/**
 * writeNumber of T[at] (decimal mark `dec`) at buf[p...] (room for NUMBER_ROOM bytes); the end
 * position. The value is read here, not passed: a double argument would be boxed on each call.
 * Whole cents in (0, 10^6), most amounts, are written here; this part is small enough for the
 * compiler to copy into the row loops (no call), the rest is in putOtherNumber.
 */
function putNumber(buf: Uint8Array, p: number, T: Float64Array, at: number, dec: number): number {
  const v = T[at];
  const r = Math.round(v * 100);
  // r / 100 === v: writeNumber's integer, d = 1 or d = 2 case (d = 1 exactly when the last digit is
  // 0: both are the double nearest the same decimal); r < 10^8 then, an int32.
  if (!(v > 0 && v < 1e6 && r / 100 === v)) return putOtherNumber(buf, p, T, at, dec);
  const ri = r | 0;
  const w = (ri / 100) | 0;
  const frac = (ri - w * 100) << 1;
  p = putSmall(buf, p, w);
  if (frac !== 0) {
    buf[p++] = dec;
    buf[p++] = DIGIT_PAIRS[frac];
    const last = DIGIT_PAIRS[frac + 1];
    if (last !== 48) buf[p++] = last;
  }
  return p;
}

/** putNumber's other numbers: zero, negative, 10^6 and more, more than 2 decimals, not finite. */
function putOtherNumber(buf: Uint8Array, p: number, T: Float64Array, at: number, dec: number): number {
  const v = T[at];
  if (v === 0) {
    buf[p] = 48; // also -0, as String(-0)
    return p + 1;
  }
  let a = v;
  if (a < 0) {
    buf[p++] = 45;
    a = -a;
  }
  if (a < 1e11) {
    if (Number.isInteger(a)) return a < 1e6 ? putSmall(buf, p, a) : putUint(buf, p, a);
    // Cents first (most amounts): r / 100 === a means writeNumber's d = 1 or d = 2 case, d = 1 exactly
    // when the last digit is 0 (both are the double nearest the same decimal).
    const r = Math.round(a * 100);
    if (r / 100 === a) {
      let frac: number;
      if (r < 1e8) {
        const ri = r | 0;
        const whole = (ri / 100) | 0;
        p = putSmall(buf, p, whole);
        frac = (ri - whole * 100) << 1;
      } else {
        const whole = Math.floor(r / 100);
        p = putUint(buf, p, whole);
        frac = 2 * (r - whole * 100);
      }
      buf[p++] = dec;
      buf[p++] = DIGIT_PAIRS[frac];
      const last = DIGIT_PAIRS[frac + 1];
      if (last !== 48) buf[p++] = last;
      return p;
    }
    for (let d = 3; d <= 3; d++) {
      const f = POW10[d];
      const r = Math.round(a * f);
      if (r / f === a) {
        const whole = Math.floor(r / f);
        p = putUint(buf, p, whole);
        buf[p++] = dec;
        let frac = r - whole * f;
        for (let q = p + d - 1; q >= p; q--) {
          const t = Math.floor(frac / 10);
          buf[q] = 48 + (frac - t * 10);
          frac = t;
        }
        return p + d;
      }
    }
  }
  const s = String(a);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    buf[p++] = c === 46 ? dec : c;
  }
  return p;
}

// The range where nearly all dates fall (1900-2099): dates there are copied from pieces (DateParts),
// the days of datetimes from whole formatted days (DateCache); others are written each time. Every
// supported pattern gives 10 characters for years 0-9999.
const CACHE_FIRST_DAY = -25567; // 1900-01-01
const CACHE_DAYS = 73049; // to 2099-12-31
const DATE_BYTES = 10;

class DateCache {
  /** With slack for the 4-byte moves of a fragment copy. */
  readonly bytes = new Uint8Array(CACHE_DAYS * DATE_BYTES + 16);
  readonly view = new DataView(this.bytes.buffer);
  readonly filled = new Uint8Array(CACHE_DAYS);
  private readonly one = new Bytes(64);
  constructor(readonly write: (out: Bytes, days: number) => void) {}
  /** Format day slot `k` (days CACHE_FIRST_DAY + k) into the cache. */
  fill(k: number): void {
    this.one.pos = 0;
    this.write(this.one, CACHE_FIRST_DAY + k);
    this.bytes.set(this.one.done(), k * DATE_BYTES);
    this.filled[k] = 1;
  }
}

/** Years in the date pieces (1900-2099); the days of the year follow them. */
const DATE_YEARS = 200;

/**
 * The dates of 1900-2099 in a pattern, as two pieces each: the year ('yyyy-' or 'yyyy') and the day of
 * the year ('mm-dd' or 'dd/mm/', of a common then of a leap year), in 8-byte slots (a delimiter byte,
 * then the piece): years at slots 0-199, days at 200 + (0-364, common) and 200 + 366 + (0-365, leap).
 * 7 KB that stay in the L1 cache, where one string per day (the datetimes' DateCache) is 730 KB read
 * at random.
 */
class DateParts {
  readonly view: DataView;
  /** Whether the year is the first piece. */
  readonly yearFirst: boolean;
  /** The length of the first piece. */
  readonly first: number;
  /** `delimiter`: the byte before each piece (for the first piece of a cell with its delimiter). */
  constructor(
    pattern: string,
    readonly write: (out: Bytes, days: number) => void,
    delimiter: number,
  ) {
    this.yearFirst = pattern[0] === 'y';
    this.first = this.yearFirst ? 5 : 6;
    const bytes = new Uint8Array((DATE_YEARS + 2 * 366) * 8 + 16);
    this.view = new DataView(bytes.buffer);
    const one = new Bytes(64);
    // Pieces cut from whole dates as the writer formats them (so the same bytes by construction).
    const piece = (slot: number, days: number, year: boolean) => {
      one.pos = 0;
      write(one, days);
      const at = year === this.yearFirst ? 0 : this.first;
      bytes[slot * 8] = delimiter;
      bytes.set(one.buf.subarray(at, year === this.yearFirst ? this.first : DATE_BYTES), slot * 8 + 1);
    };
    /** Days from 1900-01-01 to 1 January of 1900 + y. */
    const jan1 = (y: number) => (y === 0 ? 0 : 365 + Math.floor((y - 1) / 4) * 1461 + ((y - 1) % 4) * 365);
    for (let y = 0; y < DATE_YEARS; y++) piece(y, CACHE_FIRST_DAY + jan1(y), true);
    for (let d = 0; d < 365; d++) piece(DATE_YEARS + d, CACHE_FIRST_DAY + jan1(1) + d, false);
    for (let d = 0; d < 366; d++) piece(DATE_YEARS + 366 + d, CACHE_FIRST_DAY + jan1(4) + d, false);
  }
}

type TextFormat = Extract<ColumnFormat, { t: typeof TEXT }>;

const EMPTY_F64: Float64Array = new Float64Array(0);
const EMPTY_I32: Int32Array = new Int32Array(0);
const EMPTY_U8: Uint8Array = new Uint8Array(0);
const EMPTY_VIEW: DataView = new DataView(new ArrayBuffer(0));
const EMPTY_STR: readonly string[] = [];

/** Whether a missing mask has a marked cell: four bytes at a time where aligned. */
function anyMissing(m: Uint8Array): boolean {
  const n = m.length;
  let i = 0;
  while (i < n && ((m.byteOffset + i) & 3) !== 0) if (m[i++] !== 0) return true;
  const words = (n - i) >> 2;
  if (words > 0) {
    const w = new Int32Array(m.buffer, m.byteOffset + i, words);
    for (let x = 0; x < words; x++) if (w[x] !== 0) return true;
    i += words * 4;
  }
  while (i < n) if (m[i++] !== 0) return true;
  return false;
}

// What the row loop does with a column: numbers are formatted from the transposed block; dates,
// booleans and small categories are fragments (bytes at a place of a pool, staged per block as one
// Int32 each); text is scanned and copied; the rest goes through writeRare.
const ROW_NUMBER = 0;
const ROW_FRAGMENT = 1;
const ROW_TEXT = 2;
const ROW_RARE = 3;

/** A fragment's place in its pool and its length, as one Int32 (lengths up to 31 bytes). */
const FRAGMENT_LEN_BITS = 5;
const FRAGMENT_MAX_LEN = (1 << FRAGMENT_LEN_BITS) - 1;
/**
 * A staged fragment for a date outside 1900-2099 or not a whole day (the row loop writes it with the
 * pattern's writer). Other dates are staged as -2 - (fused << 20 | first slot << 10 | second slot).
 */
const FRAGMENT_RARE = -1;
/** A missing cell with its delimiter: the delimiter byte at the start of every pool. */
const FUSED_EMPTY = 1;

/**
 * A boolean column's words as a pool (each after a delimiter byte, with slack for 4-byte moves), as
 * fragments without and with the delimiter.
 */
class BooleanPool {
  readonly view: DataView;
  readonly yes: number;
  readonly no: number;
  readonly yesFused: number;
  readonly noFused: number;
  readonly maxLen: number;
  constructor(yes: Uint8Array, no: Uint8Array, delimiter: number) {
    const y = yes.length;
    const bytes = new Uint8Array(y + no.length + 18);
    bytes[0] = delimiter;
    bytes.set(yes, 1);
    bytes[1 + y] = delimiter;
    bytes.set(no, 2 + y);
    this.view = new DataView(bytes.buffer);
    this.yes = (1 << FRAGMENT_LEN_BITS) | y;
    this.no = ((2 + y) << FRAGMENT_LEN_BITS) | no.length;
    this.yesFused = y + 1; // at 0
    this.noFused = ((1 + y) << FRAGMENT_LEN_BITS) | (no.length + 1);
    this.maxLen = Math.max(y, no.length);
  }
}

/** The staging blocks, kept from chunk to chunk (a fresh pair would be cleared and faulted in each time). */
class Scratch {
  private f64 = new Float64Array(0);
  private i32 = new Int32Array(0);
  numbers(n: number): Float64Array {
    if (this.f64.length < n) this.f64 = new Float64Array(n);
    return this.f64;
  }
  fragments(n: number): Int32Array {
    if (this.i32.length < n) this.i32 = new Int32Array(n);
    return this.i32;
  }
}

/**
 * The columns of a chunk as the row loop reads them: one array per element type, indexed by column
 * (columns of another kind hold an empty array of the same type, so each array stays of one type).
 */
class RowPlan {
  readonly k: number;
  /** ROW_NUMBER, ROW_FRAGMENT, ROW_TEXT or ROW_RARE. */
  readonly kind: Int32Array;
  /** For a number or fragment column: the end of the run of columns of its kind it is in. */
  readonly runEnd: Int32Array;
  /** The number columns, in order. */
  readonly numCols: Int32Array;
  /** The fragment columns, in order, and their ColumnFormat kind (DATE, BOOLEAN, DICT). */
  readonly fragCols: Int32Array;
  readonly fragKind: Int32Array;
  /** The text columns, in order. */
  readonly textCols: Int32Array;
  /** Sum of the staged text lengths (kept so that the loads that touch the strings are not dropped). */
  touched = 0;
  /** 1 for the columns with a missing cell in the chunk. */
  readonly hasMissing: Uint8Array;
  /** 1 where number columns x to x + 3 have no missing cell and are side by side (staged together). */
  readonly quads: Uint8Array;
  /** Where number column x is in a staged row, and the length of a staged row. */
  readonly pos: Int32Array;
  readonly stride: number;
  /** Rows staged at a time (long enough runs down each column for the prefetcher; a few % over 32). */
  readonly rowsT = 128;
  /** rowsT rows of the number columns, row-major (missing cells as NaN). */
  readonly transposed: Float64Array;
  /** rowsT rows of the fragment columns, row-major: place << 5 | length (missing: 0, empty). */
  readonly fragments: Int32Array;
  readonly miss: Uint8Array[];
  /** Numbers, dates and datetimes. */
  readonly f64: Float64Array[];
  /** Codes of categorical columns. */
  readonly i32: Int32Array[];
  /** Booleans. */
  readonly u8: Uint8Array[];
  readonly str: (readonly string[])[];
  /** Decimal mark of number columns; for text, 1 when the column is the first one. */
  readonly arg: Int32Array;
  /** The pool a fragment column's bytes are in (dictionary, boolean words, cached days). */
  readonly pools: DataView[];
  /** Fragments of each category of a dictionary column. */
  readonly entries: Int32Array[];
  readonly booleans: (BooleanPool | null)[];
  /** Date pieces of the date columns. */
  readonly dates: (DateParts | null)[];
  readonly formats: ColumnFormat[];
  /** Most bytes a row's fixed-size cells take, with slack for the 4-byte moves (text cells apart). */
  room = 64;
  /**
   * 1 for the fragment columns staged with the delimiter before them (all but the first column, for a
   * single-byte delimiter): the row loop then copies cell and delimiter in the same moves.
   */
  readonly fused: Uint8Array;
  constructor(
    formats: ColumnFormat[],
    booleanPool: (yes: Uint8Array, no: Uint8Array) => BooleanPool,
    scratch: Scratch,
    delimiter: number,
  ) {
    const k = formats.length;
    this.k = k;
    this.formats = formats;
    this.kind = new Int32Array(k);
    this.arg = new Int32Array(k);
    this.miss = [];
    this.f64 = [];
    this.i32 = [];
    this.u8 = [];
    this.str = [];
    this.pools = [];
    this.entries = [];
    this.booleans = [];
    this.dates = [];
    let room = 64;
    const numCols: number[] = [];
    const fragCols: number[] = [];
    const textCols: number[] = [];
    for (let j = 0; j < k; j++) {
      const f = formats[j];
      this.miss.push(f.m);
      let kind = ROW_RARE;
      let f64 = EMPTY_F64;
      let i32 = EMPTY_I32;
      let u8 = EMPTY_U8;
      let str = EMPTY_STR;
      let pool = EMPTY_VIEW;
      let entries = EMPTY_I32;
      let bools: BooleanPool | null = null;
      let date: DateParts | null = null;
      switch (f.t) {
        case NUMBER:
          kind = ROW_NUMBER;
          f64 = f.values;
          this.arg[j] = f.dec;
          room += NUMBER_ROOM;
          break;
        case DATE:
          kind = ROW_FRAGMENT;
          f64 = f.values;
          date = f.parts;
          pool = f.parts.view;
          this.arg[j] = f.parts.first;
          room += DATE_BYTES + 8;
          break;
        case DATETIME:
          f64 = f.values;
          room += 24 + DATE_BYTES;
          break;
        case BOOLEAN: {
          u8 = f.values;
          const b = booleanPool(f.yes, f.no);
          if (b.maxLen < FRAGMENT_MAX_LEN) {
            kind = ROW_FRAGMENT;
            bools = b;
            pool = b.view;
            room += b.maxLen + 16;
          }
          break;
        }
        case DICT:
          i32 = f.codes;
          if (f.dict.maxLen < FRAGMENT_MAX_LEN) {
            kind = ROW_FRAGMENT;
            pool = f.dict.view;
            entries = delimiter >= 0 && j > 0 ? f.dict.fused : f.dict.fragments;
            room += f.dict.maxLen + 16;
          }
          break;
        case CATEGORY:
          i32 = f.codes;
          break;
        case TEXT:
          kind = ROW_TEXT;
          str = f.values;
          this.arg[j] = f.first ? 1 : 0;
          break;
      }
      this.kind[j] = kind;
      if (kind === ROW_NUMBER) numCols.push(j);
      if (kind === ROW_FRAGMENT) fragCols.push(j);
      if (kind === ROW_TEXT) textCols.push(j);
      this.f64.push(f64);
      this.i32.push(i32);
      this.u8.push(u8);
      this.str.push(str);
      this.pools.push(pool);
      this.entries.push(entries);
      this.booleans.push(bools);
      this.dates.push(date);
    }
    this.room = room;
    this.numCols = Int32Array.from(numCols);
    this.fragCols = Int32Array.from(fragCols);
    this.textCols = Int32Array.from(textCols);
    this.fragKind = Int32Array.from(fragCols, (j) => formats[j].t);
    this.fused = Uint8Array.from(fragCols, (j) => (delimiter >= 0 && j > 0 ? 1 : 0));
    // Runs: number columns with one decimal mark, fragment columns.
    this.runEnd = new Int32Array(k);
    for (let j = k - 1; j >= 0; j--) {
      const kind = this.kind[j];
      const same =
        j + 1 < k && this.kind[j + 1] === kind && (kind !== ROW_NUMBER || this.arg[j + 1] === this.arg[j]);
      if (kind === ROW_NUMBER || kind === ROW_FRAGMENT) this.runEnd[j] = same ? this.runEnd[j + 1] : j + 1;
    }
    // A staged row: each run of numbers then a NaN, which ends the row loop's scans for zeros and
    // repeated values without a test of the run's end.
    this.pos = new Int32Array(numCols.length);
    const sentinels: number[] = [];
    let at = 0;
    for (let x = 0; x < numCols.length; x++) {
      this.pos[x] = at++;
      if (this.runEnd[numCols[x]] === numCols[x] + 1) sentinels.push(at++);
    }
    this.stride = at;
    this.hasMissing = new Uint8Array(k);
    this.quads = new Uint8Array(numCols.length);
    this.scanMissing();
    this.transposed = scratch.numbers(this.stride * this.rowsT);
    for (let r = 0; r < this.rowsT; r++)
      for (const q of sentinels) this.transposed[r * this.stride + q] = Number.NaN;
    this.fragments = scratch.fragments(fragCols.length * this.rowsT);
  }

  /** Which staged columns have missing cells (again for each chunk written with this plan). */
  scanMissing(): void {
    const { numCols, fragCols, miss, hasMissing: h, quads, pos } = this;
    for (const j of numCols) h[j] = anyMissing(miss[j]) ? 1 : 0;
    for (const j of fragCols) h[j] = anyMissing(miss[j]) ? 1 : 0;
    for (let x = 0; x + 4 <= numCols.length; x++)
      quads[x] =
        pos[x + 3] === pos[x] + 3 &&
        (h[numCols[x]] | h[numCols[x + 1]] | h[numCols[x + 2]] | h[numCols[x + 3]]) === 0
          ? 1
          : 0;
  }

  /** Rows [i, r1) of the number and fragment columns into the staging blocks. */
  stage(i: number, r1: number): void {
    const {
      numCols,
      quads,
      fragCols,
      fragKind,
      f64,
      i32,
      u8,
      miss,
      hasMissing,
      entries,
      booleans,
      dates,
      fused,
    } = this;
    const T = this.transposed;
    const kn = numCols.length;
    const S = this.stride;
    const pos = this.pos;
    for (let x = 0; x < kn; ) {
      const j = numCols[x];
      const at = pos[x];
      if (quads[x] === 1) {
        // Four columns without missing cells at a time: plain copies, four independent streams.
        const a0 = f64[j];
        const a1 = f64[numCols[x + 1]];
        const a2 = f64[numCols[x + 2]];
        const a3 = f64[numCols[x + 3]];
        for (let r = i, t = at; r < r1; r++, t += S) {
          T[t] = a0[r];
          T[t + 1] = a1[r];
          T[t + 2] = a2[r];
          T[t + 3] = a3[r];
        }
        x += 4;
        continue;
      }
      const a = f64[j];
      // Without missing cells, a plain copy (the missing test costs as much as the copy).
      if (hasMissing[j] === 0) for (let r = i, t = at; r < r1; r++, t += S) T[t] = a[r];
      else {
        const m = miss[j];
        for (let r = i, t = at; r < r1; r++, t += S) T[t] = m[r] ? Number.NaN : a[r];
      }
      x++;
    }
    // The text cells of the block, touched column by column: their cache misses overlap here, where
    // in the row loop each would wait alone.
    const textCols = this.textCols;
    const str = this.str;
    let touched = 0;
    for (let x = 0; x < textCols.length; x++) {
      const j = textCols[x];
      const a = str[j];
      const m = miss[j];
      for (let r = i; r < r1; r++) if (m[r] === 0) touched += a[r].length;
    }
    this.touched = touched;
    const F = this.fragments;
    const kf = fragCols.length;
    for (let x = 0; x < kf; x++) {
      const j = fragCols[x];
      const m = miss[j];
      const any = hasMissing[j] !== 0;
      const fz = fused[x];
      /** A missing cell: nothing, or just the delimiter. */
      const empty = fz === 1 ? FUSED_EMPTY : 0;
      switch (fragKind[x]) {
        case DICT: {
          const codes = i32[j];
          const e = entries[j];
          if (any) for (let r = i, t = x; r < r1; r++, t += kf) F[t] = m[r] ? empty : e[codes[r]];
          else for (let r = i, t = x; r < r1; r++, t += kf) F[t] = e[codes[r]];
          break;
        }
        case BOOLEAN: {
          const v = u8[j];
          const b = booleans[j] as BooleanPool;
          const yes = fz === 1 ? b.yesFused : b.yes;
          const no = fz === 1 ? b.noFused : b.no;
          for (let r = i, t = x; r < r1; r++, t += kf) F[t] = m[r] ? empty : v[r] ? yes : no;
          break;
        }
        default: {
          // DATE in 1900-2099: its two pieces (year, day of the year) as a negative fragment;
          // other days, the rare path.
          const a = f64[j];
          const yearFirst = (dates[j] as DateParts).yearFirst;
          for (let r = i, t = x; r < r1; r++, t += kf) {
            if (m[r]) {
              F[t] = empty;
              continue;
            }
            const slot = a[r] - CACHE_FIRST_DAY;
            if (slot >= 0 && slot < CACHE_DAYS && (slot | 0) === slot) {
              const yd = yearAndDay(slot | 0);
              const year = yd >> 10;
              const d = yd & 1023;
              F[t] = -2 - ((fz << 20) | (yearFirst ? (year << 10) | d : (d << 10) | year));
            } else F[t] = FRAGMENT_RARE;
          }
        }
      }
    }
  }
}

/** The ASCII characters that end the plain-text fast path (they need quoting), for a delimiter. */
function quoteStops(delimiter: number): Uint8Array {
  const stop = new Uint8Array(128);
  stop[34] = stop[10] = stop[13] = 1;
  if (delimiter >= 0 && delimiter < 128) stop[delimiter] = 1;
  return stop;
}

/**
 * Text cell `s` as UTF-8 at buf[p...] (room for 3 bytes a UTF-16 unit) when it needs no quoting,
 * checked in the same pass: the position after it, or -1 for a cell that must go through the
 * quoting rules (quotes, the delimiter, line breaks, white space at an end, a leading '#' in the
 * first column, surrogate pairs, empty).
 */
function putPlainText(
  buf: Uint8Array,
  p: number,
  s: string,
  stop: Uint8Array,
  delimiter: number,
  first: boolean,
): number {
  const sn = s.length;
  if (sn === 0) return -1;
  const c0 = s.charCodeAt(0);
  const cn = s.charCodeAt(sn - 1);
  if (
    !(c0 > 32 && (c0 < 128 || !isWhite(c0)) && cn > 32 && (cn < 128 || !isWhite(cn)) && !(first && c0 === 35))
  )
    return -1;
  let q = p;
  for (let x = 0; x < sn; x++) {
    const c = s.charCodeAt(x);
    if (c < 128) {
      if (stop[c] !== 0) return -1;
      buf[q++] = c;
    } else if (c < 0x800) {
      if (c === delimiter) return -1;
      buf[q++] = 0xc0 | (c >> 6);
      buf[q++] = 0x80 | (c & 63);
    } else if (c < 0xd800 || c >= 0xe000) {
      if (c === delimiter) return -1;
      buf[q++] = 0xe0 | (c >> 12);
      buf[q++] = 0x80 | ((c >> 6) & 63);
      buf[q++] = 0x80 | (c & 63);
    } else return -1;
  }
  return q;
}

/**
 * Day slot `s` of the cache range (days since 1900-01-01) as its two DateParts pieces: the year
 * (0-199) << 10 | the slot of its day of the year.
 */
function yearAndDay(s: number): number {
  // 1900 (not leap), then cycles of four years from 1901 whose fourth is leap (2000 is; 2100, which
  // would break the cycle, is outside).
  let year = 0;
  let day = s;
  if (s >= 365) {
    const u = s - 365;
    const c = (u / 1461) | 0;
    const w = u - c * 1461;
    const y = w >= 1095 ? 3 : w >= 730 ? 2 : w >= 365 ? 1 : 0;
    year = 1 + 4 * c + y;
    day = w - 365 * y + (y === 3 ? 366 : 0);
  }
  return (year << 10) | (DATE_YEARS + day);
}

/**
 * Rows [0, n) of a chunk into `out`. Before each row, room for its fixed-size cells is ensured; cells
 * of unbounded size (text, large categories, the general writers) ensure their own and that room
 * again after them.
 */
function formatRows(plan: RowPlan, out: Bytes, n: number, d: Uint8Array, nl: Uint8Array): void {
  const { k, kind, runEnd, miss, f64, str, arg, pools, dates, formats } = plan;
  // The plan's room counts cells; the delimiters and the line end are added here.
  const room = plan.room + k * d.length + nl.length;
  const d0 = d.length === 1 ? d[0] : -1;
  const nl0 = nl.length === 1 ? nl[0] : -1;
  const delimiter = d0 >= 0 ? d0 : -1;
  /** The delimiter then '0', as a little-endian 16-bit word. */
  const zeroPair = d0 >= 0 ? d0 | (48 << 8) : 0;
  /** Four of those, for runs of zeros four at a time. */
  const zeroQuad = (zeroPair | (zeroPair << 16)) >>> 0;
  const stop = quoteStops(delimiter);
  out.ensure(room);
  let buf = out.buf;
  let view = out.view;
  let p = out.pos;
  // The last number written (value, decimal mark, where its bytes are): a repeated amount (the same
  // benefit month after month) is copied rather than formatted again.
  let lastV = Number.NaN;
  let lastDec = 0;
  let lastAt = 0;
  let lastLen = 0;
  const rowsT = plan.rowsT;
  const T = plan.transposed;
  const F = plan.fragments;
  let o = 0;
  let f = 0;
  for (let i = 0; i < n; i++) {
    if (i % rowsT === 0) {
      // The number and fragment columns of the next rows, row-major: the row loop then reads two
      // arrays in order instead of a cell of each of ~200 arrays.
      plan.stage(i, Math.min(n, i + rowsT));
      o = 0;
      f = 0;
    }
    if (p + room > buf.length) {
      out.pos = p;
      out.ensure(room);
      buf = out.buf;
      view = out.view;
    }
    for (let j = 0; j < k; ) {
      const kj = kind[j];
      if (kj === ROW_NUMBER) {
        // A run of number columns (most of a wide table): one loop, no dispatch per cell.
        for (const e = runEnd[j]; j < e; j++) {
          if (j > 0) {
            if (d0 >= 0) buf[p++] = d0;
            else for (let q = 0; q < d.length; q++) buf[p++] = d[q];
          }
          const v = T[o++];
          if (v === 0) {
            buf[p++] = 48; // also -0, as String(-0)
            // The zeros that follow in the run (most amounts of a wide table of benefits): each
            // delimiter and its 0 by one 16-bit store.
            if (d0 >= 0) {
              // (The run ends on a NaN, so these reads stop at it.)
              while (T[o] === 0 && T[o + 1] === 0 && T[o + 2] === 0 && T[o + 3] === 0) {
                view.setUint32(p, zeroQuad, true);
                view.setUint32(p + 4, zeroQuad, true);
                p += 8;
                o += 4;
                j += 4;
              }
              while (T[o] === 0) {
                view.setUint16(p, zeroPair, true);
                p += 2;
                o++;
                j++;
              }
            }
            continue;
          }
          // NaN: a missing cell, or a NaN value not marked missing (written as String() does).
          if (Number.isNaN(v) && miss[j][i]) continue;
          const dec = arg[j];
          if (v === lastV && dec === lastDec) {
            // Up to 8 bytes by two 32-bit moves (what lies past the cell is overwritten next; the
            // source ends before p, so no byte of it is overwritten before it is read).
            if (lastLen <= 8) {
              view.setUint32(p, view.getUint32(lastAt, true), true);
              view.setUint32(p + 4, view.getUint32(lastAt + 4, true), true);
            } else for (let q = 0; q < lastLen; q++) buf[p + q] = buf[lastAt + q];
            p += lastLen;
          } else {
            const s = p;
            p = putNumber(buf, p, T, o - 1, dec);
            lastV = v;
            lastDec = dec;
            lastAt = s;
            lastLen = p - s;
          }
          // The same value in the next cells of the run (a monthly amount that does not change).
          if (d0 >= 0 && lastLen <= 8 && T[o] === v) {
            if (lastLen <= 7) {
              // The delimiter and the value fit 8 bytes: written once, then repeated from two
              // 32-bit words held in registers (the bytes past the cell are overwritten next).
              const step = lastLen + 1;
              buf[p] = d0;
              view.setUint32(p + 1, view.getUint32(lastAt, true), true);
              view.setUint32(p + 5, view.getUint32(lastAt + 4, true), true);
              const w0 = view.getUint32(p, true);
              const w1 = view.getUint32(p + 4, true);
              p += step;
              o++;
              j++;
              while (T[o] === v) {
                view.setUint32(p, w0, true);
                view.setUint32(p + 4, w1, true);
                p += step;
                o++;
                j++;
              }
            } else
              while (T[o] === v) {
                buf[p++] = d0;
                view.setUint32(p, view.getUint32(lastAt, true), true);
                view.setUint32(p + 4, view.getUint32(lastAt + 4, true), true);
                p += lastLen;
                o++;
                j++;
              }
          }
        }
        o++; // the run's NaN
        continue;
      }
      if (kj === ROW_FRAGMENT) {
        // A run of dates, booleans and small categories: each a copy from its pool by 4-byte
        // moves (pools and the room have slack for the bytes past the cell, overwritten next). With
        // a single-byte delimiter, the staged fragments of all but the first column start with it.
        for (const e = runEnd[j]; j < e; j++) {
          if (d0 < 0 && j > 0) for (let q = 0; q < d.length; q++) buf[p++] = d[q];
          const x = F[f++];
          if (x < 0) {
            if (x !== FRAGMENT_RARE) {
              // A date: its first piece (after its delimiter when fused), then its second right
              // after it (8-byte moves each; the bytes past the cell are overwritten next).
              const y = -2 - x;
              const fz = y >> 20;
              const a = (((y >> 10) & 1023) << 3) + 1 - fz;
              const b = ((y & 1023) << 3) + 1;
              const pv = pools[j];
              view.setUint32(p, pv.getUint32(a, true), true);
              view.setUint32(p + 4, pv.getUint32(a + 4, true), true);
              const q = p + fz + arg[j];
              view.setUint32(q, pv.getUint32(b, true), true);
              view.setUint32(q + 4, pv.getUint32(b + 4, true), true);
              p += DATE_BYTES + fz;
              continue;
            }
            if (d0 >= 0 && j > 0) buf[p++] = d0; // not fused with the rare path's cell
            out.pos = p;
            (dates[j] as DateParts).write(out, f64[j][i]);
            out.ensure(room);
            buf = out.buf;
            view = out.view;
            p = out.pos;
            continue;
          }
          const s = x >>> FRAGMENT_LEN_BITS;
          const l = x & FRAGMENT_MAX_LEN;
          const pv = pools[j];
          view.setUint32(p, pv.getUint32(s, true), true);
          view.setUint32(p + 4, pv.getUint32(s + 4, true), true);
          if (l > 8) for (let q = 8; q < l; q += 4) view.setUint32(p + q, pv.getUint32(s + q, true), true);
          p += l;
        }
        continue;
      }
      if (j > 0) {
        if (d0 >= 0) buf[p++] = d0;
        else for (let q = 0; q < d.length; q++) buf[p++] = d[q];
      }
      if (miss[j][i]) {
        j++;
        continue;
      }
      if (kj === ROW_TEXT) {
        const s = str[j][i];
        const sn = s.length;
        // Room for the cell as UTF-8 (at most 3 bytes a UTF-16 unit).
        if (p + 3 * sn + room > buf.length) {
          out.pos = p;
          out.ensure(3 * sn + room);
          buf = out.buf;
          view = out.view;
        }
        // Text with nothing to quote is encoded in the same pass that checks it; anything else
        // (quotes, white space at an end, surrogate pairs) goes through the quoting rules.
        const q = putPlainText(buf, p, s, stop, delimiter, arg[j] === 1);
        if (q >= 0) p = q;
        else {
          out.pos = p;
          (formats[j] as TextFormat).fallback.writeTextCell(out, s, arg[j] === 1);
          out.ensure(room);
          buf = out.buf;
          view = out.view;
          p = out.pos;
        }
      } else {
        out.pos = p;
        writeRare(formats[j], out, i);
        out.ensure(room);
        buf = out.buf;
        view = out.view;
        p = out.pos;
      }
      j++;
    }
    if (nl0 >= 0) buf[p++] = nl0;
    else for (let q = 0; q < nl.length; q++) buf[p++] = nl[q];
  }
  out.pos = p;
}

// ---- rows from a row record (one row at a time) ---------------------------------------------------
//
// The row loop is WebAssembly (row.as.ts, AssemblyScript, compiled into row-wasm.ts): a demo row is
// 200 cells, and the same loop in JS took about twice the instructions (the checks of each typed-array
// access). JS lays out a plan of the columns and their pools in the module's memory once, copies each
// row's record in, encodes its text cells, and writes the few cells the module leaves to it (rowCell).

// The plan's ops and words per column, as row.as.ts reads them.
const OP_NUMBER = 0;
const OP_CODE = 1;
const OP_FLAG = 2;
const OP_DATE = 3;
const OP_TEXT = 4;
const PLAN_WORDS = 6;

/** Bytes of memory a pool, table or the output may be read or written past its end (8-byte moves). */
const SLACK = 32;
/** Room for the text cells of a row; those past it are written by JS (rowCell). */
const TEXT_ROOM = 4096;
/** The output's first capacity (the sinks take it every 1,024 rows). */
const OUT_ROOM = 1 << 20;
const PAGE = 65536;

interface RowExports {
  setup(k: number, plan: number, pairs: number, delimiter: number, newline: number, newlineLength: number): void;
  forget(): void;
  haltedAt(): number;
  row(j: number, p: number): number;
}

let rowModule: WebAssembly.Module | null | undefined;

/** The compiled row loop, once per process; null where WebAssembly cannot run (the table path then). */
function compiledRowLoop(): WebAssembly.Module | null {
  if (rowModule === undefined) {
    try {
      rowModule = new WebAssembly.Module(rowWasm());
    } catch {
      rowModule = null;
    }
  }
  return rowModule;
}

/** A bump allocator over addresses of the module's memory, 8-byte aligned. */
class Layout {
  end = 0;
  take(bytes: number): number {
    const at = this.end;
    this.end = (at + bytes + 7) & ~7;
    return at;
  }
}

/**
 * Rows from a row record, each formatted as it is handed over (see CsvFormatter.recordWriter), with
 * the same number, date, category and text encodings as the table loop (formatRows), and the same
 * bytes.
 */
export class CsvRecordWriter {
  private readonly ex: RowExports;
  private readonly memory: WebAssembly.Memory;
  private readonly formats: ColumnFormat[];
  private readonly at: Int32Array;
  private readonly stop: Uint8Array;
  private readonly d0: number;
  /** Most bytes a row takes, but for the text cells JS writes (rowCell makes room for those). */
  private readonly room: number;
  // Where the record's arrays are copied, in elements of their type, and how many of each.
  private readonly numsAt: number;
  private readonly codesAt: number;
  private readonly flagsAt: number;
  private readonly nNums: number;
  private readonly nCodes: number;
  private readonly nFlags: number;
  /** Text columns: column, record index, and the address of its (start, length) pair, in i32s. */
  private readonly texts: Int32Array;
  private readonly textFrom: number;
  private readonly textEnd: number;
  private readonly outFrom: number;
  private outEnd: number;
  /** The next row's address. */
  private pos: number;
  private u8!: Uint8Array;
  private i32!: Int32Array;
  private f64!: Float64Array;
  private spare: Uint8Array | null = null;

  constructor(
    formats: ColumnFormat[],
    slots: readonly RecordSlot[],
    booleanPool: (yes: Uint8Array, no: Uint8Array) => BooleanPool,
    delimiter: number,
    newline: Uint8Array,
    loop: WebAssembly.Module,
  ) {
    const k = formats.length;
    this.formats = formats;
    this.at = Int32Array.from(slots, (s) => s.at);
    this.stop = quoteStops(delimiter);
    this.d0 = delimiter;
    // What to place in memory: the digit pairs, the plan, each pool once (columns share them).
    const mem = new Layout();
    mem.take(64); // nothing at address 0
    const pairs = mem.take(DIGIT_PAIRS.length);
    const plan = mem.take(k * PLAN_WORDS * 4);
    const places: [number, Uint8Array][] = [[pairs, DIGIT_PAIRS]];
    const pools = new Map<object, number>();
    const place = (key: object, bytes: () => Uint8Array): number => {
      let at = pools.get(key);
      if (at === undefined) {
        const b = bytes();
        at = mem.take(b.length + SLACK);
        places.push([at, b]);
        pools.set(key, at);
      }
      return at;
    };
    const words: number[] = new Array(k * PLAN_WORDS).fill(0);
    const textCols: number[] = [];
    let room = 64 + k + newline.length;
    let nNums = 0;
    let nCodes = 0;
    let nFlags = 0;
    for (let j = 0; j < k; j++) {
      const f = formats[j];
      const w = j * PLAN_WORDS;
      const at = this.at[j];
      switch (f.t) {
        case NUMBER:
          words[w] = OP_NUMBER;
          words[w + 2] = f.dec;
          nNums = Math.max(nNums, at + 1);
          room += NUMBER_ROOM;
          break;
        case DATE: {
          const parts = f.parts;
          words[w] = OP_DATE;
          words[w + 2] = place(parts, () => new Uint8Array(parts.view.buffer));
          words[w + 3] = parts.first;
          words[w + 4] = parts.yearFirst ? 1 : 0;
          nNums = Math.max(nNums, at + 1);
          room += DATE_BYTES + 16;
          break;
        }
        case DICT: {
          // A (start, length) pair per category, over the dictionary's bytes.
          const dict = f.dict;
          const bytes = place(dict, () => dict.bytes);
          words[w] = OP_CODE;
          words[w + 2] = place(dict.start, () => {
            const table = new Int32Array(2 * dict.len.length);
            for (let c = 0; c < dict.len.length; c++) {
              table[2 * c] = bytes + dict.start[c];
              table[2 * c + 1] = dict.len[c];
            }
            return new Uint8Array(table.buffer);
          });
          words[w + 3] = dict.len.length;
          nCodes = Math.max(nCodes, at + 1);
          room += dict.maxLen + 16;
          break;
        }
        case BOOLEAN: {
          // [no, yes] as (start, length) pairs over the pool: its delimiter, yes, its delimiter, no.
          const b = booleanPool(f.yes, f.no);
          const bytes = place(b, () => new Uint8Array(b.view.buffer));
          const y = f.yes.length;
          words[w] = OP_FLAG;
          words[w + 2] = place(b.view, () =>
            new Uint8Array(Int32Array.of(bytes + 2 + y, f.no.length, bytes + 1, y).buffer),
          );
          words[w + 3] = 2;
          nFlags = Math.max(nFlags, at + 1);
          room += b.maxLen + 16;
          break;
        }
        default:
          words[w] = OP_TEXT;
          textCols.push(j);
      }
    }
    // The text cells copied from the text room are at most TEXT_ROOM bytes.
    this.room = room + TEXT_ROOM + SLACK;
    // The record, then the text cells' pairs and bytes, then the output (last: it may grow).
    this.nNums = nNums;
    this.nCodes = nCodes;
    this.nFlags = nFlags;
    const nums = mem.take(8 * nNums);
    const codes = mem.take(4 * nCodes);
    const flags = mem.take(nFlags);
    this.numsAt = nums / 8;
    this.codesAt = codes / 4;
    this.flagsAt = flags;
    const pairsOfTexts = mem.take(8 * textCols.length);
    this.texts = new Int32Array(3 * textCols.length);
    textCols.forEach((j, t) => {
      this.texts[3 * t] = j;
      this.texts[3 * t + 1] = this.at[j];
      this.texts[3 * t + 2] = pairsOfTexts / 4 + 2 * t;
    });
    this.textFrom = mem.take(TEXT_ROOM + SLACK);
    this.textEnd = this.textFrom + TEXT_ROOM;
    this.outFrom = mem.take(0);
    this.outEnd = this.outFrom + OUT_ROOM;
    this.pos = this.outFrom;
    for (let j = 0; j < k; j++) {
      const w = j * PLAN_WORDS;
      const f = formats[j];
      // The cell's address: its number, code or flag, or its text pair.
      words[w + 1] =
        f.t === NUMBER || f.t === DATE
          ? nums + 8 * this.at[j]
          : f.t === DICT
            ? codes + 4 * this.at[j]
            : f.t === BOOLEAN
              ? flags + this.at[j]
              : pairsOfTexts + 8 * textCols.indexOf(j);
    }
    // A number run: the column after the run of numbers it is in (same decimal mark, side by side).
    for (let j = k - 1; j >= 0; j--) {
      const w = j * PLAN_WORDS;
      if (words[w] !== OP_NUMBER) continue;
      const n = w + PLAN_WORDS;
      const same = j + 1 < k && words[n] === OP_NUMBER && words[n + 2] === words[w + 2] && words[n + 1] === words[w + 1] + 8;
      words[w + 5] = same ? words[n + 5] : j + 1;
    }
    // The memory is made at its size (growing it would detach the views of its buffer, and a first
    // detached buffer makes V8 check every typed-array access in the process for detachment).
    this.memory = new WebAssembly.Memory({ initial: Math.ceil((this.outEnd + SLACK) / PAGE) });
    this.ex = new WebAssembly.Instance(loop, { env: { memory: this.memory } }).exports as unknown as RowExports;
    this.grow(this.outEnd + SLACK);
    this.i32.set(words, plan / 4);
    for (const [at, bytes] of places) this.u8.set(bytes, at);
    const nl = newline.length === 1 ? newline[0] : newline[0] | (newline[1] << 8);
    this.ex.setup(k, plan, pairs, delimiter, nl, newline.length);
  }

  /** Memory up to `end` at least (all views renewed: growing detaches them). */
  private grow(end: number): void {
    const memory = this.memory;
    const have = memory.buffer.byteLength;
    if (end > have) memory.grow(Math.ceil((end - have) / PAGE));
    this.u8 = new Uint8Array(memory.buffer);
    this.i32 = new Int32Array(memory.buffer);
    this.f64 = new Float64Array(memory.buffer);
  }

  /** Bytes written so far. */
  get size(): number {
    return this.pos - this.outFrom;
  }

  /** The record's row, appended. */
  row(record: RowRecord): void {
    if (this.pos + this.room > this.outEnd) {
      this.outEnd = Math.max(this.outEnd + OUT_ROOM, this.pos + 2 * this.room);
      this.grow(this.outEnd + SLACK);
    }
    const { nums, codes, flags } = record;
    const f64 = this.f64;
    const i32 = this.i32;
    if (nums.length === this.nNums) f64.set(nums, this.numsAt);
    else f64.set(nums.subarray(0, this.nNums), this.numsAt);
    if (codes.length === this.nCodes) i32.set(codes, this.codesAt);
    else i32.set(codes.subarray(0, this.nCodes), this.codesAt);
    if (flags.length === this.nFlags) this.u8.set(flags, this.flagsAt);
    else this.u8.set(flags.subarray(0, this.nFlags), this.flagsAt);
    this.encodeTexts(record.texts);
    const ex = this.ex;
    let r = ex.row(0, this.pos);
    while (r < 0) {
      const j = ex.haltedAt();
      r = ex.row(j + 1, this.rowCell(j, -1 - r, record));
    }
    this.pos = r;
  }

  /**
   * The row's text cells as UTF-8 into the text room, each as a (start, length) pair; length -1 for
   * a cell that needs the quoting rules or more room (rowCell writes it). (A character loop: one
   * encoder call for all the cells of a row, joined, was slower.)
   */
  private encodeTexts(S: readonly string[]): void {
    const { texts, u8, i32, stop, d0 } = this;
    let q = this.textFrom;
    const end = this.textEnd;
    for (let t = 0; t < texts.length; t += 3) {
      const s = S[texts[t + 1]];
      const pair = texts[t + 2];
      let len = 0;
      if (s.length > 0) {
        const e = q + 3 * s.length <= end ? putPlainText(u8, q, s, stop, d0, texts[t] === 0) : -1;
        len = e < 0 ? -1 : e - q;
      }
      i32[pair] = q;
      i32[pair + 1] = len;
      if (len > 0) q += len;
    }
  }

  /** Cell j at p, which the row loop left to JS; the position after it. */
  private rowCell(j: number, p: number, record: RowRecord): number {
    const f = this.formats[j];
    if (f.t === NUMBER) return putOtherNumber(this.u8, p, record.nums, this.at[j], f.dec);
    let s = '';
    if (f.t === TEXT) {
      s = record.texts[this.at[j]];
      // Quoted, quotes doubled, 3 bytes a UTF-16 unit at most (and Bytes.text's own margin).
      const need = 6 * s.length + 16;
      if (p + need + this.room > this.outEnd) {
        this.outEnd = p + need + this.room + OUT_ROOM;
        this.grow(this.outEnd + SLACK);
      }
    }
    const out = new Bytes(0, this.u8);
    out.pos = p;
    if (f.t === TEXT) f.fallback.writeTextCell(out, s, j === 0);
    else (f as Extract<ColumnFormat, { t: typeof DATE }>).parts.write(out, record.nums[this.at[j]]);
    if (out.buf !== this.u8) throw new Error('CSV record writer: a cell outgrew its room');
    return out.pos;
  }

  /**
   * The rows appended since the last take (a view the caller may keep until it hands it back with
   * release; the next rows go to another).
   */
  take(): Uint8Array {
    const n = this.pos - this.outFrom;
    let copy = this.spare;
    this.spare = null;
    if (!copy || copy.length < n) copy = new Uint8Array(Math.max(n, OUT_ROOM));
    copy.set(this.u8.subarray(this.outFrom, this.pos));
    this.pos = this.outFrom;
    // A repeated number is copied from the bytes before it: none now.
    this.ex.forget();
    return copy.subarray(0, n);
  }

  /** Hand back an array from take once written out: a later take copies into it. */
  release(bytes: Uint8Array): void {
    if (bytes.byteOffset === 0 && bytes.buffer instanceof ArrayBuffer) this.spare = new Uint8Array(bytes.buffer);
  }
}

/** A cell of the kinds the row loop leaves out (large categories, datetimes, the general writers). */
function writeRare(f: ColumnFormat, out: Bytes, i: number): void {
  switch (f.t) {
    case CATEGORY: {
      const code = f.codes[i];
      let w = f.encoded[code];
      if (w === undefined) {
        w = f.fallback.encodeCategory(f.categories[code], f.first);
        f.encoded[code] = w;
      }
      out.bytes(w);
      return;
    }
    case DATETIME: {
      const { values, pattern, iso, cache } = f;
      const ms = values[i];
      const days = Math.floor(ms / MS_PER_DAY);
      const slot = days - CACHE_FIRST_DAY;
      if (!(slot >= 0 && slot < CACHE_DAYS && Number.isInteger(ms))) {
        writeDatetime(out, ms, pattern, iso, cache.write);
        return;
      }
      if (!cache.filled[slot]) cache.fill(slot);
      const clock = clockOf(ms - days * MS_PER_DAY);
      const h = clock[0];
      const min = clock[1];
      const sec = clock[2];
      const milli = clock[3];
      out.ensure(24 + DATE_BYTES);
      const buf = out.buf;
      let p = copyDate(out.view, out.pos, cache.view, slot);
      buf[p++] = iso ? 84 /* T */ : 32;
      buf[p++] = DIGIT_PAIRS[2 * h];
      buf[p++] = DIGIT_PAIRS[2 * h + 1];
      buf[p++] = 58;
      buf[p++] = DIGIT_PAIRS[2 * min];
      buf[p++] = DIGIT_PAIRS[2 * min + 1];
      buf[p++] = 58;
      buf[p++] = DIGIT_PAIRS[2 * sec];
      buf[p++] = DIGIT_PAIRS[2 * sec + 1];
      if (iso) {
        buf[p++] = 46;
        const hundreds = Math.floor(milli / 100);
        const r = 2 * (milli - hundreds * 100);
        buf[p++] = 48 + hundreds;
        buf[p++] = DIGIT_PAIRS[r];
        buf[p++] = DIGIT_PAIRS[r + 1];
        buf[p++] = 90; // Z
      }
      out.pos = p;
      return;
    }
    case DICT: {
      const code = f.codes[i];
      const at = f.dict.start[code];
      out.bytes(f.dict.bytes.subarray(at, at + f.dict.len[code]));
      return;
    }
    case BOOLEAN:
      out.bytes(f.values[i] ? f.yes : f.no);
      return;
    case GENERAL:
      f.write(out, i);
      return;
  }
}

/** "00".."99". */
const TWO = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : String(i)));
const pad2 = (n: number) => TWO[n];

/** A day number in one of the read patterns ('dd/mm/yyyy', 'yyyy-mm-dd', ...). */
export function formatDate(days: number, pattern: string): string {
  const [y, mo, d] = daysToParts(days);
  const yyyy = y >= 0 && y < 10000 ? String(y).padStart(4, '0') : String(y);
  switch (pattern) {
    case 'dd/mm/yyyy':
      return `${pad2(d)}/${pad2(mo)}/${yyyy}`;
    case 'mm/dd/yyyy':
      return `${pad2(mo)}/${pad2(d)}/${yyyy}`;
    case 'yyyy/mm/dd':
      return `${yyyy}/${pad2(mo)}/${pad2(d)}`;
    case 'dd-mm-yyyy':
      return `${pad2(d)}-${pad2(mo)}-${yyyy}`;
    case 'dd.mm.yyyy':
      return `${pad2(d)}.${pad2(mo)}.${yyyy}`;
    default:
      return `${yyyy}-${pad2(mo)}-${pad2(d)}`;
  }
}

// The arithmetic path covers years 0-9999; outside, the Date object (same results, slower).
const y0 = -719162;
const y1 = 2932897;

/** Formatted dates of a column, cached: the same dates come back often (birth dates, periods). */
export function dateFormatter(pattern: string): (days: number) => string {
  const cache = new Map<number, string>();
  return (days) => {
    let s = cache.get(days);
    if (s === undefined) {
      s = formatDate(days, pattern);
      if (cache.size < 100000) cache.set(days, s);
    }
    return s;
  };
}

const MS_PER_DAY = 86400000;

export function formatDatetime(
  ms: number,
  pattern: string,
  day: (days: number) => string = (d) => formatDate(d, pattern === 'iso' ? 'yyyy-mm-dd' : 'dd/mm/yyyy'),
): string {
  const days = Math.floor(ms / MS_PER_DAY);
  const [h, min, sec, milli] = clockOf(ms - days * MS_PER_DAY);
  if (pattern === 'dd/mm/yyyy hh:mm:ss') return `${day(days)} ${pad2(h)}:${pad2(min)}:${pad2(sec)}`;
  if (!(y0 <= days && days < y1)) return new Date(ms).toISOString();
  const ms3 = milli < 10 ? `00${milli}` : milli < 100 ? `0${milli}` : String(milli);
  return `${day(days)}T${pad2(h)}:${pad2(min)}:${pad2(sec)}.${ms3}Z`;
}

const CLOCK = new Float64Array(4);

/**
 * Hours, minutes, seconds and milliseconds of a time `rest` ms into its day (0 ≤ rest < one
 * day), in a shared array (no allocation per cell: read it before the next call).
 */
function clockOf(rest: number): Float64Array {
  const milli = rest % 1000;
  rest = (rest - milli) / 1000;
  const sec = rest % 60;
  rest = (rest - sec) / 60;
  const min = rest % 60;
  CLOCK[0] = (rest - min) / 60;
  CLOCK[1] = min;
  CLOCK[2] = sec;
  CLOCK[3] = milli;
  return CLOCK;
}

/** Copies the cached day string of `slot` (DATE_BYTES bytes) to dv at p; returns the new end. */
function copyDate(dv: DataView, p: number, cache: DataView, slot: number): number {
  const s = slot * DATE_BYTES;
  dv.setUint32(p, cache.getUint32(s, true), true);
  dv.setUint32(p + 4, cache.getUint32(s + 4, true), true);
  dv.setUint16(p + 8, cache.getUint16(s + 8, true), true);
  return p + DATE_BYTES;
}

/** Writes a day number in a pattern, digit by digit (years 0-9999; others through formatDate). */
function dayWriter(pattern: string): (out: Bytes, days: number) => void {
  const order = pattern[0] === 'y' ? 0 : pattern[0] === 'd' ? 1 : 2;
  const sep = pattern.charCodeAt(order === 0 ? 4 : 2);
  return (out, days) => {
    if (!(y0 <= days && days < y1) || !Number.isInteger(days)) {
      out.text(formatDate(days, pattern));
      return;
    }
    const [y, mo, d] = daysToParts(days);
    if (order === 0) {
      out.padded(y, 4);
      out.byte(sep);
      out.padded(mo, 2);
      out.byte(sep);
      out.padded(d, 2);
    } else {
      out.padded(order === 1 ? d : mo, 2);
      out.byte(sep);
      out.padded(order === 1 ? mo : d, 2);
      out.byte(sep);
      out.padded(y, 4);
    }
  };
}

/** formatDatetime, straight to bytes. */
function writeDatetime(
  out: Bytes,
  ms: number,
  pattern: string,
  iso: boolean,
  day: (out: Bytes, days: number) => void,
): void {
  const days = Math.floor(ms / MS_PER_DAY);
  if (!(y0 <= days && days < y1) || !Number.isInteger(ms)) {
    out.text(formatDatetime(ms, pattern));
    return;
  }
  const clock = clockOf(ms - days * MS_PER_DAY);
  const h = clock[0];
  const min = clock[1];
  const sec = clock[2];
  const milli = clock[3];
  day(out, days);
  out.byte(iso ? 84 /* T */ : 32);
  out.padded(h, 2);
  out.byte(58);
  out.padded(min, 2);
  out.byte(58);
  out.padded(sec, 2);
  if (iso) {
    out.byte(46);
    out.padded(milli, 3);
    out.byte(90 /* Z */);
  }
}
