// Reading one cell of text as a typed value: missing markers, numbers written the French or the English
// way, dates, datetimes and booleans. Pure functions on strings, hot: written as char loops, no regex
// on the paths taken for every cell.

/**
 * The markers read as missing (compared after trimming, case-insensitively): the empty string, NA, N/A,
 * NULL, NaN, #N/A. A lone "-" is missing only in number and date columns (a spreadsheet's "nothing"),
 * and stays a value in text columns.
 */
export function isMissingText(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  if (isSpace(s.charCodeAt(0)) || isSpace(s.charCodeAt(n - 1))) {
    const t = s.trim();
    return t.length === 0 || (t.length < n && isMissingText(t));
  }
  if (n > 4) return isBlank(s);
  // Every marker starts with n, N or #: most short values are decided without lower-casing.
  const c = s.charCodeAt(0);
  if (c !== 110 && c !== 78 && c !== 35) return isBlank(s);
  switch (s.toLowerCase()) {
    case 'na':
    case 'n/a':
    case 'null':
    case 'nan':
    case '#n/a':
      return true;
    default:
      return isBlank(s);
  }
}

function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}

/** Space, tab, non-breaking space, narrow non-breaking space, thin space. */
export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

export const DASH = '-';

// ---- numbers ------------------------------------------------------------------------------------

/** What a number's text looked like, to choose integer vs numeric and the decimal separator. */
export interface NumberShape {
  value: number;
  /** Had a decimal separator or an exponent. */
  fractional: boolean;
  /** The decimal separator used, when one appeared ('.' or ','), else ''. */
  decimal: '' | '.' | ',';
  /** Digits with a leading zero ("007", "01000"): a code, not a number. */
  leadingZero: boolean;
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16];

/**
 * Parse a number written with `decimal` as decimal separator ('.' or ','). Thousands separators are
 * spaces (also non-breaking and narrow non-breaking) or the other one of '.' / ',' in groups of three
 * ("1 234,56", "1.234,56", "1,234.56"). Returns NaN when the text is not such a number.
 * With decimal '' either separator is accepted as decimal when it is not a thousands grouping.
 */
export function parseNumber(s: string, decimal: '.' | ','): number {
  return scanNumber(s, decimal, null);
}

/**
 * The usual number cell read in one pass: an optional '-', 1-15 digits without a leading zero, then
 * optionally the decimal separator (char code `dec`) and more digits, 15 digits in all: exact in a
 * double, the same value as parseNumber. NaN for any other text (then the general path decides).
 */
export function simpleNumber(s: string, dec: number, from = 0, to = s.length): number {
  let i = from;
  let negative = false;
  if (to - from > 1 && s.charCodeAt(from) === 45) {
    negative = true;
    i++;
  }
  const start = i;
  let m = 0;
  for (; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    m = m * 10 + c;
  }
  const intDigits = i - start;
  if (intDigits === 0 || intDigits > 15 || (intDigits > 1 && s.charCodeAt(start) === 48)) return Number.NaN;
  let fracDigits = 0;
  if (i < to) {
    if (s.charCodeAt(i) !== dec) return Number.NaN;
    for (i++; i < to; i++) {
      const c = s.charCodeAt(i) - 48;
      if (c < 0 || c > 9) return Number.NaN;
      m = m * 10 + c;
      fracDigits++;
    }
    if (fracDigits === 0 || intDigits + fracDigits > 15) return Number.NaN;
  }
  const v = fracDigits ? m / POW10[fracDigits] : m;
  return negative ? -v : v;
}

/** Like parseNumber, also telling the shape (for inference). Returns null when not a number. */
export function numberShape(s: string, decimal: '.' | ','): NumberShape | null {
  const shape: NumberShape = { value: 0, fractional: false, decimal: '', leadingZero: false };
  const v = scanNumber(s, decimal, shape);
  if (Number.isNaN(v)) return null;
  shape.value = v;
  return shape;
}

function scanNumber(s: string, decimal: '.' | ',', shape: NumberShape | null): number {
  const n = s.length;
  let i = 0;
  while (i < n && isSpace(s.charCodeAt(i))) i++;
  let end = n;
  while (end > i && isSpace(s.charCodeAt(end - 1))) end--;
  if (i === end) return Number.NaN;
  let negative = false;
  let c = s.charCodeAt(i);
  if (c === 45 /* - */ || c === 43 /* + */ || c === 0x2212 /* − */) {
    negative = c !== 43;
    i++;
  }
  const dec = decimal === '.' ? 46 : 44;
  const thousandsMark = decimal === '.' ? 44 : 46;
  let mantissa = 0;
  let digits = 0; // significant digits accumulated
  let intDigits = 0;
  let fracDigits = 0;
  let groupDigits = 0; // digits since the last thousands separator
  let groups = 0; // thousands separators seen
  let inFraction = false;
  let firstDigitZero = false;
  let exact = true;
  for (; i < end; i++) {
    c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (!inFraction) {
        if (intDigits === 0) firstDigitZero = c === 48;
        intDigits++;
        groupDigits++;
      } else fracDigits++;
      if (digits < 16) {
        mantissa = mantissa * 10 + (c - 48);
        if (mantissa !== 0) digits++;
      } else exact = false;
      continue;
    }
    if (c === dec && !inFraction) {
      if (intDigits === 0 || (groups > 0 && groupDigits !== 3)) return Number.NaN;
      inFraction = true;
      continue;
    }
    if (!inFraction && (c === thousandsMark || isSpace(c))) {
      // a grouping separator: 1-3 digits before the first, exactly 3 between
      if (intDigits === 0 || (groups === 0 ? groupDigits > 3 : groupDigits !== 3)) return Number.NaN;
      if (firstDigitZero && intDigits === 1) return Number.NaN;
      groups++;
      groupDigits = 0;
      continue;
    }
    if ((c === 101 || c === 69) /* e E */ && intDigits > 0) {
      return exponentNumber(s, i, end, negative, dec, shape, firstDigitZero && intDigits > 1 && groups === 0);
    }
    return Number.NaN;
  }
  if (intDigits === 0 || (inFraction && fracDigits === 0)) return Number.NaN;
  if (groups > 0 && groupDigits !== 3 && !inFraction) return Number.NaN;
  if (shape) {
    shape.fractional = inFraction;
    shape.decimal = inFraction ? decimal : '';
    shape.leadingZero = firstDigitZero && intDigits > 1 && groups === 0;
  }
  // Both operands exact, so the division is correctly rounded: the same double as Number(text).
  const v =
    exact && fracDigits <= 16 && mantissa < 9007199254740992
      ? fracDigits
        ? mantissa / POW10[fracDigits]
        : mantissa
      : Number(cleanNumber(s, decimal));
  return negative ? -v : v;
}

function exponentNumber(
  s: string,
  at: number,
  end: number,
  negative: boolean,
  dec: number,
  shape: NumberShape | null,
  leadingZero: boolean,
): number {
  const exp = s.slice(at + 1, end);
  if (!/^[+-]?\d{1,3}$/.test(exp)) return Number.NaN;
  const v = Number(cleanNumber(s.slice(0, end), dec === 46 ? '.' : ','));
  if (Number.isNaN(v)) return v;
  if (shape) {
    shape.fractional = true;
    shape.decimal = s.indexOf(String.fromCharCode(dec)) >= 0 ? (dec === 46 ? '.' : ',') : '';
    shape.leadingZero = leadingZero;
  }
  return negative ? -Math.abs(v) : v;
}

/** The number's text as JavaScript reads it: no sign, no grouping, '.' as decimal separator. */
function cleanNumber(s: string, decimal: '.' | ','): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 101 || c === 69 || ((c === 43 || c === 45) && out.length > 0))
      out += s[i];
    else if (s[i] === decimal) out += '.';
  }
  return out;
}

// ---- booleans -----------------------------------------------------------------------------------

const TRUE_WORDS = new Set(['true', 'vrai', 'oui', 'yes']);
const FALSE_WORDS = new Set(['false', 'faux', 'non', 'no']);

/** 1 for true/vrai/oui/yes, 0 for false/faux/non/no (any case), -1 otherwise. 0/1 with `digits`. */
export function parseBoolean(s: string, digits = false): number {
  if (s.length > 7) return -1;
  const t = s.trim().toLowerCase();
  if (TRUE_WORDS.has(t)) return 1;
  if (FALSE_WORDS.has(t)) return 0;
  if (digits) {
    if (t === '1') return 1;
    if (t === '0') return 0;
  }
  return -1;
}

/** The pair of words a boolean column used, to write it back the same way ('oui/non'). */
export function booleanFormat(s: string): string {
  const t = s.trim().toLowerCase();
  if (t === 'oui' || t === 'non') return 'oui/non';
  if (t === 'vrai' || t === 'faux') return 'vrai/faux';
  if (t === 'yes' || t === 'no') return 'yes/no';
  return 'true/false';
}

// ---- dates --------------------------------------------------------------------------------------

/** The date patterns read: the order of the parts and their separator. */
export const DATE_PATTERNS = [
  'yyyy-mm-dd',
  'dd/mm/yyyy',
  'mm/dd/yyyy',
  'yyyy/mm/dd',
  'dd-mm-yyyy',
  'dd.mm.yyyy',
];

interface DateParts {
  a: number;
  b: number;
  c: number;
  sep: number;
  /** Digits in each part. */
  la: number;
  lb: number;
  lc: number;
  /** Where the date ended (a time may follow). */
  end: number;
}

/** Three digit groups separated by the same '-', '/' or '.'. (Hot: no closures, no allocation but the result.) */
function dateParts(s: string, start: number, end: number): DateParts | null {
  let i = start;
  let a = 0;
  let la = 0;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
    a = a * 10 + (c - 48);
    la++;
  }
  if (la === 0 || la > 4 || i >= end) return null;
  const sep = s.charCodeAt(i);
  if (sep !== 45 && sep !== 47 && sep !== 46) return null;
  i++;
  let b = 0;
  let lb = 0;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
    b = b * 10 + (c - 48);
    lb++;
  }
  if (lb === 0 || lb > 2 || i >= end || s.charCodeAt(i) !== sep) return null;
  i++;
  let c = 0;
  let lc = 0;
  for (; i < end; i++) {
    const ch = s.charCodeAt(i);
    if (ch < 48 || ch > 57) break;
    c = c * 10 + (ch - 48);
    lc++;
  }
  if (lc === 0 || lc > 4) return null;
  return { a, b, c, sep, la, lb, lc, end: i };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days since 1970-01-01 of a Gregorian date, NaN if it does not exist (days_from_civil, no Date object). */
export function civilToDays(y: number, m: number, d: number): number {
  if (m < 1 || m > 12 || d < 1) return Number.NaN;
  // Years 1900-2149, nearly every date read: the month's first day from a table, no divisions.
  const k = (y - TABLE_FROM) * 12 + m - 1;
  if (k >= 0 && k < TABLE_MONTHS && Number.isInteger(y)) {
    const starts = monthStarts ?? makeMonthStarts();
    const start = starts[k];
    return d > starts[k + 1] - start ? Number.NaN : start + d - 1;
  }
  return daysFromCivil(y, m, d);
}

const TABLE_FROM = 1900;
const TABLE_MONTHS = 250 * 12;
let monthStarts: Int32Array | null = null;

function makeMonthStarts(): Int32Array {
  const starts = new Int32Array(TABLE_MONTHS + 1);
  for (let k = 0; k <= TABLE_MONTHS; k++)
    starts[k] = daysFromCivil(TABLE_FROM + Math.floor(k / 12), (k % 12) + 1, 1);
  monthStarts = starts;
  return starts;
}

function daysFromCivil(y: number, m: number, d: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (d > (m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1])) return Number.NaN;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Two digits at s[at], or -1. */
function digits2(s: string, at: number): number {
  const a = s.charCodeAt(at) - 48;
  const b = s.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** Four digits at s[at], or -1. */
function digits4(s: string, at: number): number {
  const hi = digits2(s, at);
  const lo = digits2(s, at + 2);
  return hi >= 0 && lo >= 0 ? hi * 100 + lo : -1;
}

/**
 * The usual cell, 10 characters in the pattern with two-digit day and month, read by position
 * (no allocation) from s[at, to); -1 when the cell has another shape (then the general path decides).
 */
export function fixedDate(s: string, pattern: string, at = 0, to = s.length): number {
  if (to - at !== 10) return -1;
  const yearFirst = pattern.charCodeAt(0) === 121; /* y */
  const sep = pattern.charCodeAt(yearFirst ? 4 : 2);
  if (yearFirst) {
    if (s.charCodeAt(at + 4) !== sep || s.charCodeAt(at + 7) !== sep) return -1;
    const y = digits4(s, at);
    const m = digits2(s, at + 5);
    const d = digits2(s, at + 8);
    if (y < 0 || m < 0 || d < 0) return -1;
    return civilToDays(y, m, d);
  }
  if (s.charCodeAt(at + 2) !== sep || s.charCodeAt(at + 5) !== sep) return -1;
  const a = digits2(s, at);
  const b = digits2(s, at + 3);
  const y = digits4(s, at + 6);
  if (a < 0 || b < 0 || y < 0) return -1;
  return pattern.charCodeAt(0) === 100 /* d */ ? civilToDays(y, b, a) : civilToDays(y, a, b);
}

/** Day number of `s` read with `pattern`; NaN if it does not fit. */
export function parseDate(s: string, pattern: string): number {
  const fixed = fixedDate(s, pattern);
  if (fixed !== -1) return fixed;
  let start = 0;
  let end = s.length;
  while (start < end && isSpace(s.charCodeAt(start))) start++;
  while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
  const p = dateParts(s, start, end);
  if (!p || p.end !== end) return Number.NaN;
  return daysOf(p, pattern);
}

function daysOf(p: DateParts, pattern: string): number {
  const sep = pattern.charCodeAt(pattern[0] === 'y' ? 4 : 2);
  if (p.sep !== sep) return Number.NaN;
  if (pattern[0] === 'y') {
    if (p.la !== 4 || p.lc > 2) return Number.NaN;
    return civilToDays(p.a, p.b, p.c);
  }
  if (p.lc !== 4 || p.la > 2) return Number.NaN;
  return pattern[0] === 'd' ? civilToDays(p.c, p.b, p.a) : civilToDays(p.c, p.a, p.b);
}

/** The date patterns `s` fits (for inference), e.g. ['dd/mm/yyyy', 'mm/dd/yyyy'] for "03/04/2020". */
export function datePatternsOf(s: string): string[] {
  const t = s.trim();
  const p = dateParts(t, 0, t.length);
  if (!p || p.end !== t.length) return [];
  return DATE_PATTERNS.filter((pat) => !Number.isNaN(daysOf(p, pat)));
}

// ---- datetimes ----------------------------------------------------------------------------------

/** Datetime patterns: ISO 8601 (with 'T' or a space, optional seconds, fraction and zone), and a
 * dd/mm/yyyy date followed by a time. Without a zone the time is read as UTC. */
export const DATETIME_PATTERNS = ['iso', 'dd/mm/yyyy hh:mm:ss'];

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Milliseconds since the epoch of `s` read with `pattern`; NaN if it does not fit. */
export function parseDatetime(s: string, pattern: string): number {
  if (pattern === 'iso') {
    const fixed = fixedIsoDatetime(s);
    if (fixed !== -1) return fixed;
  }
  const t = s.trim();
  const p = dateParts(t, 0, t.length);
  if (!p) return Number.NaN;
  if (p.end === t.length) return pattern === 'iso' ? daysOf(p, 'yyyy-mm-dd') * 86400000 : Number.NaN;
  const sepChar = t[p.end];
  if (sepChar !== 'T' && sepChar !== ' ') return Number.NaN;
  const days = daysOf(p, pattern === 'iso' ? 'yyyy-mm-dd' : 'dd/mm/yyyy');
  if (Number.isNaN(days)) return days;
  if (pattern !== 'iso' && sepChar === 'T') return Number.NaN;
  const fast = fastTime(t, p.end + 1);
  if (fast >= 0) return days * 86400000 + fast;
  const m = TIME.exec(t.slice(p.end + 1).trim());
  if (!m) return Number.NaN;
  const h = +m[1];
  const min = +m[2];
  const sec = m[3] ? +m[3] : 0;
  if (h > 23 || min > 59 || sec > 60) return Number.NaN;
  const ms = m[4] ? Math.round(Number(`0.${m[4]}`) * 1000) : 0;
  let offset = 0;
  if (m[5] && m[5] !== 'Z') {
    const z = m[5].replace(':', '');
    offset = (z[0] === '-' ? -1 : 1) * (+z.slice(1, 3) * 60 + +z.slice(3, 5));
  }
  return days * 86400000 + ((h * 60 + min - offset) * 60 + sec) * 1000 + ms;
}

/**
 * "yyyy-mm-ddThh:mm:ss" (or with a space) read by position from s[at, to), as milliseconds; -1 for any
 * other shape.
 */
export function fixedIsoDatetime(s: string, at = 0, to = s.length): number {
  if (to - at !== 19) return -1;
  const t = s.charCodeAt(at + 10);
  if ((t !== 84 && t !== 32) || s.charCodeAt(at + 13) !== 58 || s.charCodeAt(at + 16) !== 58) return -1;
  if (s.charCodeAt(at + 4) !== 45 || s.charCodeAt(at + 7) !== 45) return -1;
  const y = digits4(s, at);
  const m = digits2(s, at + 5);
  const d = digits2(s, at + 8);
  if (y < 0 || m < 0 || d < 0) return -1;
  const days = civilToDays(y, m, d);
  if (Number.isNaN(days)) return -1;
  const h = digits2(s, at + 11);
  const min = digits2(s, at + 14);
  const sec = digits2(s, at + 17);
  if (h < 0 || min < 0 || sec < 0 || h > 23 || min > 59 || sec > 59) return -1;
  return days * 86400000 + ((h * 60 + min) * 60 + sec) * 1000;
}

const TIME_DIGITS = [0, 1, 3, 4, 6, 7];

/** "hh:mm:ss" ending the text, as milliseconds; -1 for any other shape (then the general path). */
function fastTime(t: string, at: number): number {
  if (t.length - at !== 8 || t.charCodeAt(at + 2) !== 58 || t.charCodeAt(at + 5) !== 58) return -1;
  let v = 0;
  for (const k of TIME_DIGITS) {
    const c = t.charCodeAt(at + k) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  const h = Math.floor(v / 10000);
  const min = Math.floor(v / 100) % 100;
  const sec = v % 100;
  if (h > 23 || min > 59 || sec > 59) return -1;
  return ((h * 60 + min) * 60 + sec) * 1000;
}

/** The datetime patterns `s` fits. */
export function datetimePatternsOf(s: string): string[] {
  return DATETIME_PATTERNS.filter((p) => !Number.isNaN(parseDatetime(s, p)));
}
