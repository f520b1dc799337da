// Cutting delimited text into rows and fields, as positions in the text: no string is made for a
// field, so the column builders convert numbers, dates and known categories straight from the text,
// and only new categories and free text become strings. Delimiters and line ends are found by native
// searches (indexOf, far faster here than a loop over characters); the same walk finds every layout
// error (ragged row, text after a closing quote, unterminated quote) where it is.
//
// The grammar (RFC 4180, as spreadsheets write it): a field that starts with a quote runs to the
// closing quote ("" inside is a quote) and may hold delimiters and line breaks; a quote elsewhere is
// text. Rows end at the file's line terminator (LF, CRLF or CR); any other "\r" or "\n" is text.
// Blank lines are skipped.

import type { Newline } from './sniff.js';

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Where a split stopped on a layout error. */
export type SplitError =
  | { kind: 'ragged'; at: number; fields: number }
  | { kind: 'malformed'; at: number }
  | { kind: 'unterminated'; at: number };

export class RowSplitter {
  /**
   * Per cell of the rows split, column by column (column j's rows from 2 * j * capacity on), two
   * numbers: where the field's text starts and ends. A start below zero is ~k for strings[k]: a quoted
   * field with "" inside, unquoted. By column, so that a builder reads its column's cells in a row.
   */
  bounds: Int32Array = new Int32Array(0);
  /** Rows the bounds have room for in each column. */
  capacity = 0;
  readonly strings: string[] = [];
  /** Where each row split starts. */
  rowStarts: Int32Array;
  /** Rows split by the last call. */
  rows = 0;
  /** Where the last call stopped: after its last complete row, or at the start of a broken one. */
  end = 0;
  error: SplitError | null = null;
  private readonly d: number;
  private readonly delimiter: string;
  private readonly mode: Newline;

  constructor(
    delimiter: string,
    newline: Newline,
    private readonly nCols: number,
  ) {
    this.d = delimiter.charCodeAt(0);
    this.delimiter = delimiter;
    this.mode = newline;
    this.rowStarts = new Int32Array(1024);
  }

  /**
   * Split the rows of `text` (which starts at a row start), at most `maxRows`. `complete` when no text
   * follows: then the last row needs no terminator and an open quote is an error; otherwise a row
   * that may go on in the next text is left for it (this.end says where it starts).
   */
  split(text: string, complete: boolean, maxRows = Infinity): void {
    const n = text.length;
    const d = this.d;
    const delimiter = this.delimiter;
    const nCols = this.nCols;
    // A row takes at least nCols characters (its delimiters and terminator): room for every row.
    const capacity = Math.floor(n / Math.max(nCols, 1)) + 2;
    if (capacity > this.capacity) {
      this.capacity = Math.max(capacity, 2 * this.capacity);
      this.bounds = new Int32Array(2 * nCols * this.capacity);
    }
    const stride = 2 * this.capacity;
    const crlf = this.mode === '\r\n';
    const terminator = this.mode;
    const t0 = this.mode === '\n' ? LF : CR; // the terminator's first character
    this.strings.length = 0;
    this.error = null;
    const bounds = this.bounds;
    let rows = 0;
    let i = 0;
    let end = 0;
    // The next delimiter and terminator at or after i (n: none); searched again once i passes them.
    let nextD = -1;
    let nextT = -1;
    scan: while (i < n && rows < maxRows) {
      const rowStart = i;
      // A blank line: the terminator at a row start.
      if (text.charCodeAt(i) === t0) {
        if (!crlf) {
          end = ++i;
          continue;
        }
        if (text.charCodeAt(i + 1) === LF) {
          end = i += 2;
          continue;
        }
        if (i + 1 >= n && !complete) break; // its "\n" may come next
      }
      let base = 2 * rows;
      let fields = 0;
      for (;;) {
        // One field, from i.
        let s: number;
        let e: number;
        let more: boolean; // a delimiter follows: another field
        if (text.charCodeAt(i) === QUOTE) {
          let escaped = false;
          let close = -1;
          for (let k = i + 1; ; ) {
            const q = text.indexOf('"', k);
            if (q < 0) break;
            if (q + 1 >= n && !complete) break; // a "" may go on in the next text
            if (text.charCodeAt(q + 1) === QUOTE) {
              escaped = true;
              k = q + 2;
              continue;
            }
            close = q;
            break;
          }
          if (close < 0) {
            if (complete) this.error = { kind: 'unterminated', at: i };
            break scan; // or the rest of the row is in the next text
          }
          const after = close + 1;
          more = false;
          if (after < n) {
            const c = text.charCodeAt(after);
            more = c === d;
            if (c !== d && c !== t0) {
              this.error = { kind: 'malformed', at: rowStart };
              break scan;
            }
            if (c === t0 && crlf && text.charCodeAt(after + 1) !== LF) {
              if (after + 1 >= n && !complete) break scan; // "\n" may follow
              this.error = { kind: 'malformed', at: rowStart };
              break scan;
            }
          }
          if (escaped) {
            s = ~this.strings.length;
            this.strings.push(text.slice(i + 1, close).replaceAll('""', '"'));
            e = 0;
          } else {
            s = i + 1;
            e = close;
          }
          i = after;
        } else {
          if (nextD < i) {
            nextD = text.indexOf(delimiter, i);
            if (nextD < 0) nextD = n;
          }
          if (nextT < i) {
            nextT = text.indexOf(terminator, i);
            if (nextT < 0) nextT = n;
          }
          s = i;
          more = nextD < nextT;
          e = i = more ? nextD : nextT;
        }
        if (fields < nCols) {
          bounds[base] = s;
          bounds[base + 1] = e;
          base += stride;
        }
        fields++;
        if (!more) break;
        i++;
      }
      // At the row's terminator, or at the text's end.
      if (i >= n && !complete) break;
      if (fields !== nCols) {
        this.error = { kind: 'ragged', at: rowStart, fields };
        break;
      }
      if (rows >= this.rowStarts.length) {
        const grown = new Int32Array(this.rowStarts.length * 2);
        grown.set(this.rowStarts);
        this.rowStarts = grown;
      }
      this.rowStarts[rows++] = rowStart;
      if (i < n) i += terminator.length;
      end = i;
    }
    if (this.error) end = this.error.at;
    this.rows = rows;
    this.end = end;
  }

  /** The cell of row r, column j of the last split, as a string. */
  cell(text: string, r: number, j: number): string {
    const k = 2 * (j * this.capacity + r);
    const s = this.bounds[k];
    return s < 0 ? this.strings[~s] : text.slice(s, this.bounds[k + 1]);
  }
}

/**
 * The number of fields of the first row of `text` (blank lines skipped); null when the text ends before
 * that row does (and may go on), or holds no row at all. A quoting error in that row is left for the
 * split that follows to report.
 */
export function fieldsOfFirstRow(
  text: string,
  delimiter: string,
  newline: Newline,
  complete: boolean,
): number | null {
  // With no field expected, the first row comes out "ragged", with its count.
  const probe = new RowSplitter(delimiter, newline, 0);
  probe.split(text, complete, 1);
  const error = probe.error;
  if (error?.kind === 'ragged') return error.fields;
  return error ? 1 : null;
}
