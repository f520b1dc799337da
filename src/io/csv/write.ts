// A Table as delimited text, chunk by chunk. Values are written back the way they were read: dates in
// their source pattern, numbers with a decimal comma when the source had one, booleans with its words.
// Hot: a chunk is encoded straight to UTF-8 bytes by per-column writers prepared once per chunk; no
// per-cell strings for numbers, categories encoded once, the quote test is a char scan.
import { type Column, daysToParts } from '../../table/column.js';
import type { Table } from '../../table/table.js';

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
  constructor(capacity: number) {
    this.buf = new Uint8Array(Math.max(1024, capacity));
  }
  /** Room for n more bytes. */
  ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const bigger = new Uint8Array(Math.max(this.buf.length * 2, this.pos + n));
    bigger.set(this.buf.subarray(0, this.pos));
    this.buf = bigger;
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
  private readonly newlineBytes: Uint8Array;
  /** Encoded (and quoted when needed) categories, per categories array: shared by a table's chunks. */
  private readonly categoryCache = new WeakMap<readonly string[], (Uint8Array | undefined)[]>();
  /** Bytes per row of the last chunk, to size the next one's buffer. */
  private bytesPerRow = 64;

  constructor(private readonly options: CsvFormatOptions = {}) {
    this.delimiter = options.delimiter ?? ',';
    this.newline = options.newline ?? '\n';
    this.delimiterCode = this.delimiter.length === 1 ? this.delimiter.charCodeAt(0) : -1;
    this.delimiterBytes = utf8.encode(this.delimiter);
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

  /** The rows of a chunk, as UTF-8 bytes (a fresh array: the caller may keep it). */
  rowsBytes(chunk: Table): Uint8Array {
    const n = chunk.nRows;
    const k = chunk.columns.length;
    if (n === 0) return new Uint8Array(0);
    const writers = chunk.columns.map((c, j) => this.cellWriter(c, j === 0));
    // Plain number columns (most of a wide file) are written inline, without a call per cell: their
    // values and mask here, null for the other columns.
    const numbers = chunk.columns.map((c) =>
      (c.kind === 'numeric' || c.kind === 'integer') && !this.commaOf(c) ? c.values : null,
    );
    const masks = chunk.columns.map((c) => c.missing);
    const out = new Bytes(Math.ceil(n * this.bytesPerRow * 1.1) + 1024);
    const d = this.delimiterBytes;
    const nl = this.newlineBytes;
    const d0 = d.length === 1 ? d[0] : -1;
    const nl0 = nl.length === 1 ? nl[0] : -1;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < k; j++) {
        if (j > 0) {
          if (d0 >= 0) out.byte(d0);
          else out.bytes(d);
        }
        const values = numbers[j];
        if (values === null) writers[j](out, i);
        else if (!masks[j][i]) {
          const v = values[i];
          if (v === 0) out.byte(48);
          else writeNumber(out, v, 46);
        }
      }
      if (nl0 >= 0) out.byte(nl0);
      else out.bytes(nl);
    }
    this.bytesPerRow = Math.max(8, out.pos / n);
    return out.done();
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
            if (Number.isInteger(v)) writeNumber(out, v, 44);
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
        let encoded = this.categoryCache.get(categories);
        if (!encoded) {
          encoded = new Array(categories.length);
          this.categoryCache.set(categories, encoded);
        }
        const cache = encoded;
        return (out, i) => {
          if (m[i]) return;
          const code = codes[i];
          let b = cache[code];
          if (b === undefined) {
            b = utf8.encode(this.quote(categories[code], first));
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
  let rest = ms - days * MS_PER_DAY;
  const milli = rest % 1000;
  rest = (rest - milli) / 1000;
  const sec = rest % 60;
  rest = (rest - sec) / 60;
  const min = rest % 60;
  const h = (rest - min) / 60;
  if (pattern === 'dd/mm/yyyy hh:mm:ss') return `${day(days)} ${pad2(h)}:${pad2(min)}:${pad2(sec)}`;
  if (!(y0 <= days && days < y1)) return new Date(ms).toISOString();
  const ms3 = milli < 10 ? `00${milli}` : milli < 100 ? `0${milli}` : String(milli);
  return `${day(days)}T${pad2(h)}:${pad2(min)}:${pad2(sec)}.${ms3}Z`;
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
    // civil_from_days, inline (no array).
    const z = days + 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor(
      (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
    );
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const mo = mp < 10 ? mp + 3 : mp - 9;
    const y = yoe + era * 400 + (mo <= 2 ? 1 : 0);
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
  let rest = ms - days * MS_PER_DAY;
  const milli = rest % 1000;
  rest = (rest - milli) / 1000;
  const sec = rest % 60;
  rest = (rest - sec) / 60;
  const min = rest % 60;
  const h = (rest - min) / 60;
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
