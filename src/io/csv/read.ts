// Delimited text (CSV, TSV, ...) to a Table, from bytes or text, in one streaming pass: each piece of
// text is cut into rows and fields as positions (split.ts); a sample of the first rows decides each
// column's kind; typed builders then read every later cell from the text in place, so cells are never
// all held as strings (most never become one). When a later cell does not fit its column's kind (a
// word in a number column), the file is read again with that column as strings.
import { dataError, usageError } from '../../errors.js';
import type { Progress } from '../../progress.js';
import type { Schema } from '../../table/schema.js';
import { Table } from '../../table/table.js';
import { type ColumnBuilder, makeBuilder } from '../builders.js';
import { bomOf, Decoder, type Encoding, InvalidUtf8, normalizeEncoding } from '../encoding.js';
import { guessPlan, type Plan, planFromSchema } from '../guess.js';
import { columnNames, looksLikeHeader } from '../header.js';
import { leadingComments, type Newline, sniffDelimiter, sniffNewline } from './sniff.js';
import { fieldsOfFirstRow, RowSplitter } from './split.js';

/** Bytes (file contents), text, or a function giving the bytes chunk by chunk (may be called again). */
export type CsvInput = Uint8Array | string | (() => AsyncIterable<Uint8Array>);

export interface CsvReadOptions {
  /** File name for messages. */
  file?: string;
  delimiter?: string;
  encoding?: string;
  /** Force (true) or deny (false) a header row; default: detected. */
  header?: boolean;
  schema?: Schema;
  /** Read only the first rows (about this many data rows; the reader stops early). */
  maxRows?: number;
  /** Total size in bytes, for progress. */
  totalBytes?: number;
  progress?: Progress;
}

/** What the reader found out about the file. */
export interface CsvInfo {
  delimiter: string;
  encoding: Encoding | 'text';
  header: boolean;
  newline: Newline;
  rows: number;
  /** Columns read again as strings after a late cell did not fit their first kind. */
  reread: string[];
}

/** Rows used to decide the kinds. */
const SAMPLE_ROWS = 5000;
/** Characters of text looked at to sniff delimiter and line ending. */
const SNIFF_CHARS = 65536;
const CHUNK = 1 << 20;
/** Bytes decoded and parsed at a time. */
const PIECE = 1 << 16;
/** A row longer than this is taken as an unterminated quote. */
const MAX_ROW_CHARS = 32 << 20;

export async function readCsv(
  input: CsvInput,
  options: CsvReadOptions = {},
): Promise<{ table: Table; info: CsvInfo }> {
  if (
    options.delimiter !== undefined &&
    (options.delimiter.length !== 1 || '"\r\n'.includes(options.delimiter))
  )
    throw usageError(
      `the delimiter must be one character other than a quote or a line break, got '${options.delimiter}'`,
    );
  let fixed: Fixed = { encoding: normalizeEncoding(options.encoding), explicitEncoding: !!options.encoding };
  for (let attempt = 0; ; attempt++) {
    const pass = new Pass(options, fixed);
    try {
      return await pass.run(input);
    } catch (e) {
      if (!(e instanceof Restart) || attempt > 3) throw e;
      fixed = { ...fixed, ...e.fixed };
    }
  }
}

/** What a previous pass settled, so the next one does not decide it again. */
interface Fixed {
  encoding?: Encoding;
  explicitEncoding: boolean;
  header?: boolean;
  plans?: Plan[];
  reread?: string[];
}

class Restart {
  constructor(readonly fixed: Partial<Fixed>) {}
}

/** A row's place: the text it was split from, where it starts there, and the line the text starts on. */
interface Where {
  text: string;
  at: number;
  line: number;
}

class Pass {
  private decoder: Decoder | null = null;
  private encoding: Encoding | 'text' = 'text';
  private splitter: RowSplitter | null = null;
  private head = '';
  private partial = '';
  /** Line number (1-based) where `partial` starts. */
  private line = 1;
  private newline: Newline = '\n';
  private delimiter = ',';
  private comments: string[] = [];
  private nCols = -1;
  private sample: string[][] | null = [];
  private sampleWhere: Where[] = [];
  private header = false;
  private names: string[] = [];
  private plans: Plan[] = [];
  private builders: ColumnBuilder[] = [];
  private dead: boolean[] = [];
  private rows = 0;
  private textLength = 0;
  /** Rows seen (header included) and where to stop (maxRows + 1 for a possible header). */
  private seen = 0;
  private readonly limit: number;
  private stopped = false;
  private finished = false;
  private bytesDone = 0;

  constructor(
    private readonly options: CsvReadOptions,
    private readonly fixed: Fixed,
  ) {
    this.limit = options.maxRows === undefined ? Infinity : options.maxRows + 1;
  }

  async run(input: CsvInput): Promise<{ table: Table; info: CsvInfo }> {
    if (typeof input === 'string') {
      const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
      if (text.length === 0) this.feed('', true);
      this.textLength = text.length;
      for (let at = 0; at < text.length; at += PIECE)
        if (!this.stopped) this.feed(text.slice(at, at + PIECE), at + PIECE >= text.length);
    } else {
      const chunks = input instanceof Uint8Array ? sliceBytes(input) : input();
      let pending: Uint8Array | null = null;
      for await (const chunk of chunks) {
        if (pending) this.feedPieces(pending, false);
        if (this.stopped) break; // enough rows: the rest of the file is not read
        pending = chunk;
      }
      if (!this.stopped) this.feedPieces(pending ?? new Uint8Array(0), true);
    }
    return this.finish();
  }

  /** Parse in small pieces: fewer rows in flight, so less short-lived garbage survives into old space. */
  private feedPieces(bytes: Uint8Array, last: boolean): void {
    if (bytes.length === 0) {
      this.feedBytes(bytes, last);
      return;
    }
    for (let at = 0; at < bytes.length && !this.stopped; at += PIECE) {
      const end = Math.min(at + PIECE, bytes.length);
      this.feedBytes(bytes.subarray(at, end), last && end === bytes.length);
    }
  }

  private feedBytes(bytes: Uint8Array, last: boolean): void {
    if (!this.decoder) bytes = this.startDecoding(bytes);
    let text: string;
    try {
      text = this.decoder!.decode(bytes, last);
    } catch (e) {
      if (!(e instanceof InvalidUtf8)) throw e;
      if (this.fixed.explicitEncoding) throw e.toDataError();
      throw new Restart({ encoding: 'windows-1252' });
    }
    this.bytesDone += bytes.length;
    this.feed(text, last);
    if (this.options.progress && this.options.totalBytes)
      this.options.progress(this.bytesDone, this.options.totalBytes, 'bytes read');
  }

  private startDecoding(bytes: Uint8Array): Uint8Array {
    const bom = bomOf(bytes);
    const encoding = this.fixed.encoding ?? bom?.encoding ?? 'utf-8';
    if (bom && (bom.encoding === encoding || !this.fixed.explicitEncoding))
      bytes = bytes.subarray(bom.length);
    if (!encoding.startsWith('utf-16')) {
      const probe = bytes.subarray(0, 4096);
      if (probe[0] === 0x50 && probe[1] === 0x4b && probe[2] === 3 && probe[3] === 4)
        throw dataError('this is a ZIP archive (an .xlsx or .zip file?), not delimited text', {
          file: this.options.file,
        });
    }
    this.encoding = bom && !this.fixed.encoding ? bom.encoding : encoding;
    this.decoder = new Decoder(this.encoding as Encoding, this.options.file);
    return bytes;
  }

  /** Take decoded text; `last` when no more follows. */
  private feed(text: string, last: boolean): void {
    if (last) this.finished = true;
    if (!this.splitter) {
      this.head += text;
      if (this.head.length < SNIFF_CHARS && !last) return;
      const head = this.head;
      this.head = '';
      this.newline = sniffNewline(head);
      const lead = leadingComments(head, this.newline, last);
      if (!lead) {
        this.head = head; // still inside the comments: wait for more
        return;
      }
      text = head.slice(lead.start);
      const delimiter = this.options.delimiter ?? sniffDelimiter(text, this.newline, last);
      // The first row gives the number of fields.
      const fields = fieldsOfFirstRow(text, delimiter, this.newline, last);
      if (fields === null && !last && head.length <= MAX_ROW_CHARS) {
        this.head = head; // the first row is not complete yet (beyond the limit: an open quote, said below)
        return;
      }
      this.comments = lead.comments;
      this.line = 1 + lead.lines;
      this.delimiter = delimiter;
      if (fields === null && !last) throw this.unterminated(text, Math.max(0, text.indexOf('"')));
      if (fields !== null) this.nCols = fields;
      this.splitter = new RowSplitter(delimiter, this.newline, Math.max(this.nCols, 1));
    }
    // One flat string (join copies; `+` would make a rope, whose characters are slower to read).
    const aggregate = [this.partial, text].join('');
    if (aggregate.length === 0 || this.nCols < 0) return; // nothing, or only blank lines
    const split = this.splitter;
    split.split(aggregate, last, this.limit - this.seen);
    const error = split.error;
    if (error?.kind === 'ragged')
      throw this.lineError(`expected ${this.nCols} fields, found ${error.fields}`, aggregate, error.at);
    if (error?.kind === 'malformed')
      throw this.lineError(
        'malformed quoted field: a closing quote must be followed by the delimiter or the end of the line',
        aggregate,
        error.at,
      );
    if (error) throw this.unterminated(aggregate, error.at);
    const rows = split.rows;
    let r = 0;
    for (; r < rows && this.sample; r++) {
      const row = new Array<string>(this.nCols);
      for (let j = 0; j < row.length; j++) row[j] = split.cell(aggregate, r, j);
      this.sample.push(row);
      this.sampleWhere.push({ text: aggregate, at: split.rowStarts[r], line: this.line });
      if (this.sample.length >= SAMPLE_ROWS) this.startBuilding();
    }
    if (r < rows) this.pushSplit(aggregate, split, r);
    this.seen += rows;
    if (this.seen >= this.limit) {
      this.stopped = true;
      return;
    }
    // Lines are counted by "\n" (as an editor does; "\r" in old Mac text), also inside fields.
    this.line += countNewlines(aggregate, split.end, this.newline);
    this.partial = split.end === aggregate.length ? '' : aggregate.slice(split.end);
    if (this.partial.length > MAX_ROW_CHARS)
      throw this.unterminated(this.partial, Math.max(0, this.partial.indexOf('"')));
  }

  private startBuilding(): void {
    const sample = this.sample!;
    this.sample = null;
    const where = this.sampleWhere;
    this.sampleWhere = [];
    const n = Math.max(this.nCols, 0);
    const columnsOf = (rows: string[][]) => Array.from({ length: n }, (_, j) => rows.map((r) => r[j]));
    const guessed = this.fixed.plans ?? columnsOf(sample.slice(1)).map((v) => guessPlan(v));
    this.header =
      this.fixed.header ??
      this.options.header ??
      (sample.length > 0 && looksLikeHeader(sample[0], sample.slice(1), guessed));
    const data = this.header ? sample.slice(1) : sample;
    const dataWhere = this.header ? where.slice(1) : where;
    this.names = columnNames(this.header ? sample[0] : null, n, {
      file: this.options.file,
      line: where[0]?.line,
    });
    this.plans = this.fixed.plans ?? this.planColumns(columnsOf(data), guessed);
    const capacity = this.expectedRows(data);
    this.builders = this.plans.map((p) => makeBuilder(p, capacity));
    this.dead = this.plans.map(() => false);
    this.pushSample(data, dataWhere);
  }

  /**
   * Rows to expect in all: the input's size over the sample's mean row length (exact when the whole
   * input was the sample). Close enough that the columns are neither regrown nor trimmed by a copy.
   */
  private expectedRows(sample: string[][]): number {
    const total = this.options.totalBytes ?? this.textLength;
    if (this.finished || !total || sample.length === 0) return sample.length;
    let chars = 0;
    for (const row of sample) for (const cell of row) chars += cell.length + 1;
    const perRow = chars / sample.length + this.newline.length - 1;
    return Math.ceil((total / perRow) * 1.04) + 64;
  }

  private planColumns(columns: string[][], guessedWithoutFirst: Plan[]): Plan[] {
    const bySchema = new Map((this.options.schema?.columns ?? []).map((c) => [c.name, c]));
    return columns.map((values, j) => {
      const declared = bySchema.get(this.names[j]);
      if (declared) return planFromSchema(declared, values);
      return this.header ? guessedWithoutFirst[j] : guessPlan(values);
    });
  }

  /** Append the sample's rows (strings), column by column. A column whose cell does not fit stops there. */
  private pushSample(rows: string[][], where: Where[]): void {
    this.rows += rows.length;
    for (let j = 0; j < this.builders.length; j++) {
      const builder = this.builders[j];
      for (let r = 0; r < rows.length; r++)
        if (!builder.push(rows[r][j])) {
          this.misfit(j, rows[r][j], where[r]);
          break;
        }
    }
  }

  /**
   * Append the split rows from `from` on, column by column: each builder loops over them itself, so
   * that its calls are monomorphic (one column kind per loop) and cheap.
   */
  private pushSplit(text: string, split: RowSplitter, from: number): void {
    this.rows += split.rows - from;
    const builders = this.builders;
    for (let j = 0; j < builders.length; j++) {
      if (this.dead[j]) continue;
      const bad = builders[j].pushCells(text, split, j, from);
      if (bad >= 0)
        this.misfit(j, split.cell(text, bad, j), { text, at: split.rowStarts[bad], line: this.line });
    }
  }

  private misfit(j: number, cell: string, where: Where): void {
    const plan = this.plans[j];
    if (plan.kind !== 'strings' && plan.forced) {
      const what =
        plan.kind === 'date' || plan.kind === 'datetime'
          ? `a ${plan.kind} written ${plan.pattern}`
          : plan.kind === 'integer'
            ? 'an integer'
            : `a ${plan.kind}`;
      throw this.error(`'${cell.trim()}' is not ${what}, as the schema says`, where, this.names[j]);
    }
    this.dead[j] = true;
  }

  private finish(): { table: Table; info: CsvInfo } {
    if (this.sample) {
      if (this.nCols < 0)
        throw dataError(
          this.comments.length ? 'the file holds only comments, no header and no data' : 'the file is empty',
          {
            file: this.options.file,
          },
        );
      this.startBuilding();
    }
    const reread = this.names.filter((_, j) => this.dead[j]);
    if (reread.length > 0) {
      const plans = this.plans.map((p, j): Plan => (this.dead[j] ? { kind: 'strings' } : p));
      throw new Restart({
        plans,
        header: this.header,
        encoding: this.encoding === 'text' ? undefined : this.encoding,
        reread: [...(this.fixed.reread ?? []), ...reread],
      });
    }
    const columns = this.builders.map((b, j) => b.finish(this.names[j]));
    const comment = this.comments.length ? this.comments.join('\n') : undefined;
    const table = new Table(columns, { source: this.options.file, ...(comment ? { comment } : {}) });
    return {
      table,
      info: {
        delimiter: this.delimiter,
        encoding: this.encoding,
        header: this.header,
        newline: this.newline,
        rows: this.rows,
        reread: this.fixed.reread ?? [],
      },
    };
  }

  private error(message: string, where: Where, column?: string) {
    return dataError(message, {
      file: this.options.file,
      line: where.line + countNewlines(where.text, where.at, this.newline),
      column,
    });
  }

  /** An error on the line of text[at] (text starting at this.line). */
  private lineError(message: string, text: string, at: number) {
    return dataError(message, {
      file: this.options.file,
      line: this.line + countNewlines(text, at, this.newline),
    });
  }

  /** The quote at text[at] is never closed. */
  private unterminated(text: string, at: number) {
    return this.lineError(
      'unterminated quoted field: the quote opened on this line is never closed',
      text,
      at,
    );
  }
}

/** Newlines in text[0, end). */
function countNewlines(text: string, end: number, newline: Newline): number {
  const mark = newline === '\r' ? '\r' : '\n';
  let n = 0;
  for (let i = text.indexOf(mark); i >= 0 && i < end; i = text.indexOf(mark, i + 1)) n++;
  return n;
}

function* sliceBytes(bytes: Uint8Array): Iterable<Uint8Array> {
  for (let at = 0; at < bytes.length; at += CHUNK) yield bytes.subarray(at, at + CHUNK);
}
