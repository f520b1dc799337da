// A Table as delimited text, chunk by chunk. Values are written back the way they were read: dates in
// their source pattern, numbers with a decimal comma when the source had one, booleans with its words.
import { type Column, daysToParts } from '../../table/column.js';
import type { Table } from '../../table/table.js';

export interface CsvFormatOptions {
  delimiter?: string;
  /** ',' or '.' for every number; default: each column's source format ('decimal-comma' or not). */
  decimal?: '.' | ',';
  newline?: '\n' | '\r\n';
}

export class CsvFormatter {
  private readonly delimiter: string;
  private readonly newline: string;
  private readonly needsQuote: RegExp;

  constructor(private readonly options: CsvFormatOptions = {}) {
    this.delimiter = options.delimiter ?? ',';
    this.newline = options.newline ?? '\n';
    const d = this.delimiter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    this.needsQuote = new RegExp(`[${d}"\\r\\n]|^\\s|\\s$`);
  }

  /** The header line. */
  header(names: readonly string[]): string {
    return names.map((n) => this.quote(n)).join(this.delimiter) + this.newline;
  }

  /** The rows of a chunk. */
  rows(chunk: Table): string {
    // Column by column (one closure per loop, which the engine can optimise), then row by row.
    const n = chunk.nRows;
    const texts = chunk.columns.map((c, j) => {
      const cell = this.cellWriter(c, j === 0);
      const out = new Array<string>(n);
      for (let i = 0; i < n; i++) out[i] = cell(i);
      return out;
    });
    const d = this.delimiter;
    const nl = this.newline;
    const parts = new Array<string>(n);
    const k = texts.length;
    for (let i = 0; i < n; i++) {
      let line = k ? texts[0][i] : '';
      for (let j = 1; j < k; j++) line += d + texts[j][i];
      parts[i] = line;
    }
    return n ? parts.join(nl) + nl : '';
  }

  private quote(s: string, first = false): string {
    if (this.needsQuote.test(s) || (first && s.startsWith('#'))) return `"${s.replace(/"/g, '""')}"`;
    return s;
  }

  private cellWriter(col: Column, first: boolean): (i: number) => string {
    const m = col.missing;
    switch (col.kind) {
      case 'integer':
      case 'numeric': {
        const comma = this.options.decimal ? this.options.decimal === ',' : col.format === 'decimal-comma';
        if (!comma) return (i) => (m[i] ? '' : String(col.values[i]));
        const quoteIt = this.delimiter === ',';
        return (i) => {
          if (m[i]) return '';
          const s = String(col.values[i]).replace('.', ',');
          return quoteIt && s.includes(',') ? `"${s}"` : s;
        };
      }
      case 'date': {
        const format = dateFormatter(col.format ?? 'yyyy-mm-dd');
        return (i) => (m[i] ? '' : format(col.values[i]));
      }
      case 'datetime': {
        const pattern = col.format ?? 'iso';
        const day = dateFormatter(pattern === 'iso' ? 'yyyy-mm-dd' : 'dd/mm/yyyy');
        return (i) => (m[i] ? '' : formatDatetime(col.values[i], pattern, day));
      }
      case 'boolean': {
        const [yes, no] = (col.format ?? 'true/false').split('/');
        return (i) => (m[i] ? '' : col.values[i] ? yes : no);
      }
      case 'categorical': {
        const quoted = col.categories.map((c) => this.quote(c, first));
        return (i) => (m[i] ? '' : quoted[col.codes[i]]);
      }
      default:
        return (i) => (m[i] ? '' : this.quote(col.values[i], first));
    }
  }
}

/** "00".."99". */
const TWO = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : String(i)));
const pad2 = (n: number) => TWO[n];

/** [year, month, day] of a day number (civil_from_days: no Date object). */
function civil(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** A day number in one of the read patterns ('dd/mm/yyyy', 'yyyy-mm-dd', ...). */
export function formatDate(days: number, pattern: string): string {
  const [y, mo, d] = y0 <= days && days < y1 ? civil(days) : daysToParts(days);
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
