// Guessing the layout of delimited text from its first lines: line ending, delimiter, leading comments.

export const DELIMITERS = [',', ';', '\t', '|'] as const;

export type Newline = '\n' | '\r\n' | '\r';

export function sniffNewline(text: string): Newline {
  const lf = text.indexOf('\n');
  if (lf > 0 && text[lf - 1] === '\r') return '\r\n';
  if (lf >= 0) return '\n';
  return text.includes('\r') ? '\r' : '\n';
}

/**
 * The delimiter that splits the first lines into the same number of fields, most often and into the
 * most fields; ',' when none splits anything (a one-column file).
 */
export function sniffDelimiter(text: string, newline: Newline, complete: boolean): string {
  let lines = text.split(newline);
  if (!complete && lines.length > 1) lines.pop();
  lines = lines.filter((l) => l.trim() !== '').slice(0, 50);
  if (lines.length === 0) return ',';
  let best = ',';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const counts = lines.map((l) => countOutsideQuotes(l, d));
    const freq = new Map<number, number>();
    for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1);
    let mode = 0;
    let modeFreq = 0;
    for (const [c, f] of freq)
      if (c > 0 && (f > modeFreq || (f === modeFreq && c > mode))) [mode, modeFreq] = [c, f];
    if (mode === 0) continue;
    // Consistency first (share of lines with the usual count), then the number of fields.
    const score = (modeFreq / lines.length) * 1000 + Math.min(mode, 999);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, d: string): number {
  let n = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === d && !quoted) n++;
  }
  return n;
}

/**
 * Leading lines starting with '#' are comments. Returns them (without the '#' and one space) and where
 * the data starts, or null when the text ends inside the comments and more text is needed.
 */
export function leadingComments(
  text: string,
  newline: Newline,
  complete: boolean,
): { comments: string[]; start: number; lines: number } | null {
  const comments: string[] = [];
  let at = 0;
  let lines = 0;
  while (at < text.length && text[at] === '#') {
    const end = text.indexOf(newline, at);
    if (end < 0) {
      if (!complete) return null;
      comments.push(text.slice(at + 1).replace(/^ /, ''));
      return { comments, start: text.length, lines: lines + 1 };
    }
    comments.push(text.slice(at + 1, end).replace(/^ /, ''));
    at = end + newline.length;
    lines++;
  }
  return { comments, start: at, lines };
}

// ---- row structure ------------------------------------------------------------------------------
// The tokeniser (udsv) splits well-formed text fast but says nothing of broken text: a ragged row or a
// stray quote silently shifts cells. These helpers see the text's quoting (a quote opens a field only at
// its start, "" inside is a quote) so that the reader cuts the text at row boundaries and checks
// cheaply, per chunk, that the rows came out right; they walk the text slowly only to name a bad line.

const QUOTE = 34;

/** What scanQuotes found in a text that starts at a row start. */
export interface QuoteScan {
  /** Length of the leading complete rows: the next row starts there. */
  cut: number;
  /** Row terminators inside quoted fields before `cut`. */
  quotedNewlines: number;
  /** With `complete`: the quote opening a field that the text leaves open, or -1. */
  openQuote: number;
  /** Start of the row where a closing quote is followed by something else than a delimiter or the end of the line, or -1. */
  badRow: number;
}

/**
 * The quoted fields of `text` (which starts at a row start): where the complete rows end, and the
 * quoting errors. `complete` when no text follows (then the last row needs no terminator).
 * `ranges` is scratch space (opening and closing quote of each quoted field).
 */
export function scanQuotes(
  text: string,
  delimiter: string,
  newline: Newline,
  complete: boolean,
  ranges: number[] = [],
): QuoteScan {
  const n = text.length;
  const d = delimiter.charCodeAt(0);
  ranges.length = 0;
  let pos = 0;
  let openAt = -1;
  for (;;) {
    const q = text.indexOf('"', pos);
    if (q < 0) break;
    if (!opensField(text, q, d, newline)) {
      pos = q + 1; // a quote inside an unquoted field is text
      continue;
    }
    let close = -1;
    for (let k = q + 1; ; ) {
      const c = text.indexOf('"', k);
      if (c < 0 || (c + 1 === n && !complete)) break; // open (or cannot tell yet: "" may follow)
      if (text.charCodeAt(c + 1) === QUOTE) {
        k = c + 2;
        continue;
      }
      close = c;
      break;
    }
    if (close < 0) {
      openAt = q;
      break;
    }
    const next = close + 1;
    if (next < n && text.charCodeAt(next) !== d && !text.startsWith(newline, next)) {
      // "\r" ending the text of a CRLF file: the "\n" may follow.
      if (!(newline === '\r\n' && next + 1 === n && text.charCodeAt(next) === 13 && !complete)) {
        ranges.push(q, close);
        return { cut: 0, quotedNewlines: 0, openQuote: -1, badRow: rowStartBefore(text, q, newline, ranges) };
      }
      openAt = q; // wait for the rest of the terminator
      break;
    }
    ranges.push(q, close);
    pos = next;
  }
  const cut =
    openAt >= 0
      ? rowStartBefore(text, openAt, newline, ranges)
      : complete
        ? n
        : rowStartBefore(text, n, newline, ranges);
  let quotedNewlines = 0;
  for (let k = 0; k < ranges.length; k += 2) {
    const end = ranges[k + 1];
    if (end >= cut) break;
    for (let t = text.indexOf(newline, ranges[k] + 1); t >= 0 && t < end; t = text.indexOf(newline, t + 1))
      quotedNewlines++;
  }
  return {
    cut,
    quotedNewlines,
    openQuote: complete ? openAt : -1,
    badRow: -1,
  };
}

/** Does the quote at `q` start a field (at the text's start, after a delimiter or a row terminator)? */
function opensField(text: string, q: number, d: number, newline: Newline): boolean {
  if (q === 0) return true;
  const prev = text.charCodeAt(q - 1);
  if (prev === d) return true;
  if (newline === '\n') return prev === 10;
  if (newline === '\r') return prev === 13;
  return prev === 10 && q >= 2 && text.charCodeAt(q - 2) === 13;
}

/** Where the row holding position `pos` starts: after the last terminator before it outside quoted fields. */
function rowStartBefore(text: string, pos: number, newline: Newline, ranges: number[]): number {
  let k = ranges.length - 2;
  let from = pos - newline.length;
  while (from >= 0) {
    const t = text.lastIndexOf(newline, from);
    if (t < 0) return 0;
    while (k >= 0 && ranges[k] > t) k -= 2;
    if (k >= 0 && ranges[k + 1] > t) {
      from = ranges[k] - 1; // inside a quoted field: look before it
      continue;
    }
    return t + newline.length;
  }
  return 0;
}

/** Occurrences of the row terminator in text[0, end). */
export function countTerminators(text: string, newline: Newline, end = text.length): number {
  let n = 0;
  for (let i = text.indexOf(newline); i >= 0 && i < end; i = text.indexOf(newline, i + newline.length)) n++;
  return n;
}

/** Occurrences of the delimiter outside the quoted fields that scanQuotes found (`ranges`). */
export function delimitersOutsideQuotes(text: string, delimiter: string, ranges: readonly number[]): number {
  let n = 0;
  for (let i = text.indexOf(delimiter); i >= 0; i = text.indexOf(delimiter, i + 1)) n++;
  for (let k = 0; k < ranges.length && ranges[k] < text.length; k += 2) {
    const end = ranges[k + 1];
    for (
      let i = text.indexOf(delimiter, ranges[k] + 1);
      i >= 0 && i < end;
      i = text.indexOf(delimiter, i + 1)
    )
      n--;
  }
  return n;
}

/** Blank lines of a text that starts at a row start (quoted fields not told apart: a filter, not a count). */
export function countBlankLines(text: string, newline: Newline): number {
  let n = text.startsWith(newline) ? 1 : 0;
  const two = newline + newline;
  for (let i = text.indexOf(two); i >= 0; i = text.indexOf(two, i + newline.length)) n++;
  return n;
}

/** A row as findRow sees it: where it starts and ends (its terminator, or the text's end) and its fields. */
export interface RowSpan {
  index: number;
  start: number;
  end: number;
  fields: number;
}

/**
 * Walk the rows of `text` (which starts at a row start; blank lines skipped, quotes respected) until
 * `stop` says so: that row, or null at the end. `rows` tells how many rows were walked. Slow (a
 * scan per field): for the first row, and for naming the line of a broken one.
 */
export function findRow(
  text: string,
  delimiter: string,
  newline: Newline,
  stop: (row: RowSpan) => boolean,
): { row: RowSpan | null; rows: number } {
  const n = text.length;
  let i = 0;
  let index = 0;
  while (i < n) {
    if (text.startsWith(newline, i)) {
      i += newline.length;
      continue;
    }
    const start = i;
    let fields = 1;
    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        i++;
        for (;;) {
          const c = text.indexOf('"', i);
          if (c < 0) {
            i = n;
            break;
          }
          i = c + 1;
          if (text.charCodeAt(i) !== QUOTE) break;
          i++;
        }
      }
      let dAt = text.indexOf(delimiter, i);
      let eAt = text.indexOf(newline, i);
      if (dAt < 0) dAt = n;
      if (eAt < 0) eAt = n;
      if (dAt < eAt) {
        fields++;
        i = dAt + 1;
        continue;
      }
      i = eAt;
      break;
    }
    const row = { index, start, end: i, fields };
    if (stop(row)) return { row, rows: index + 1 };
    index++;
    i += newline.length;
  }
  return { row: null, rows: index };
}
