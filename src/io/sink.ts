// Writing a table chunk by chunk to a file, atomically (temporary file, renamed on close; removed on
// abort or failure). CSV/TSV and JSON Lines stream in bounded memory; Parquet streams one row group per
// chunk; XLSX buffers every chunk until close (a workbook is written in one piece).
import type { Writable } from 'node:stream';
import { dataError, usageError } from '../errors.js';
import type { Column } from '../table/column.js';
import { concatTables } from '../table/concat.js';
import type { RecordSlot, RowRecord } from '../table/record.js';
import { Table } from '../table/table.js';
import { openAtomicStream, writeChunk } from './atomic.js';
import { CsvFormatter, type CsvRecordWriter } from './csv/write.js';
import { encodeText, normalizeEncoding } from './encoding.js';
import { formatJsonl } from './jsonl.js';
import { ParquetChunkWriter } from './parquet.js';
import type { TableFormat } from './parse.js';
import { formatXlsx } from './xlsx.js';

export interface TableSink {
  write(chunk: Table): Promise<void>;
  /**
   * Rows one at a time from a row record (see RecordSlot), with no table in between, where the
   * format can take them (CSV and TSV in UTF-8 with a one-byte delimiter, and columns of the kinds
   * the CSV row loop writes itself); else undefined, and the rows go through write. `template`:
   * a table over the same columns (names, kinds, categories, meta).
   */
  records(template: Table, slots: readonly RecordSlot[]): Promise<RecordSink | undefined>;
  close(): Promise<void>;
  abort(): Promise<void>;
}

export interface RecordSink {
  /** Append the record's row. */
  row(record: RowRecord): void;
  /** Write out the rows appended since the last flush (call it every few hundred rows). */
  flush(): Promise<void>;
}

export interface SinkOptions {
  format: TableFormat;
  delimiter?: string;
  encoding?: string;
  decimal?: '.' | ',';
  bom?: boolean;
  comment?: boolean;
  sheet?: string;
  newline?: '\n' | '\r\n';
}

export async function openSink(path: string, options: SinkOptions): Promise<TableSink> {
  if (options.format === 'zip')
    throw usageError('writing .zip archives is not supported; write .csv, .parquet, ...');
  const encoding = normalizeEncoding(options.encoding) ?? 'utf-8';
  if (encoding !== 'utf-8' && encoding !== 'windows-1252')
    throw usageError(`cannot write ${encoding}; use --encoding utf-8 or windows-1252`);
  const file = await openAtomicStream(path);
  const inner = makeWriter(file.out, options, encoding);
  let shape: { name: string; kind: string }[] | null = null;
  let failed = false;
  const guard = async <T>(f: () => Promise<T>): Promise<T> => {
    if (failed) throw usageError('this output was aborted after an error');
    try {
      return await f();
    } catch (e) {
      failed = true;
      await file.abort();
      throw e;
    }
  };
  const checked = (columns: readonly Column[]) => {
    if (!shape) shape = columns.map((c) => ({ name: c.name, kind: c.kind }));
    else checkShape(shape, columns);
  };
  return {
    write: (chunk) =>
      guard(async () => {
        checked(chunk.columns);
        await inner.write(chunk);
      }),
    records: (template, slots) =>
      guard(async () => {
        const rows = await inner.records?.(template, slots, guard);
        if (rows) checked(template.columns);
        return rows;
      }),
    close: () =>
      guard(async () => {
        await inner.close();
        await file.commit();
      }),
    abort: async () => {
      failed = true;
      await file.abort();
    },
  };
}

function checkShape(shape: { name: string; kind: string }[], cols: readonly Column[]): void {
  const same =
    shape.length === cols.length && shape.every((s, j) => s.name === cols[j].name && s.kind === cols[j].kind);
  if (!same) throw dataError('a chunk written to the output has other columns or kinds than the first one');
}

interface ChunkWriter {
  write(chunk: Table): Promise<void>;
  /** `guard`: what every flush runs in (an output that failed is aborted). */
  records?(
    template: Table,
    slots: readonly RecordSlot[],
    guard: <T>(f: () => Promise<T>) => Promise<T>,
  ): Promise<RecordSink | undefined>;
  close(): Promise<void>;
}

/** Write a formatter's bytes; handed back to it for reuse once the stream is done with them. */
async function writeReusable(
  out: Writable,
  bytes: Uint8Array,
  owner: { release(bytes: Uint8Array): void },
): Promise<void> {
  const drained = writeChunk(out, bytes);
  if (drained) {
    // After 'drain' the stream holds no data: the bytes are written and can be reused.
    await drained;
    owner.release(bytes);
  }
}

/** CSV rows from records: row() goes straight to the formatter (it is called for every row). */
class CsvRecordSink implements RecordSink {
  constructor(
    private readonly writer: CsvRecordWriter,
    private readonly out: Writable,
    private readonly guard: <T>(f: () => Promise<T>) => Promise<T>,
  ) {}
  row(record: RowRecord): void {
    this.writer.row(record);
  }
  flush(): Promise<void> {
    return this.guard(async () => {
      const w = this.writer;
      if (w.size === 0) return;
      await writeReusable(this.out, w.take(), w);
    });
  }
}

function makeWriter(out: Writable, options: SinkOptions, encoding: 'utf-8' | 'windows-1252'): ChunkWriter {
  const put = async (text: string) => {
    if (text) await writeChunk(out, encodeText(text, encoding));
  };
  switch (options.format) {
    case 'csv':
    case 'tsv': {
      const fmt = new CsvFormatter({
        delimiter: options.delimiter ?? (options.format === 'tsv' ? '\t' : ','),
        decimal: options.decimal,
        newline: options.newline,
      });
      let started = false;
      let names: string[] = [];
      const start = async (t: Table) => {
        started = true;
        names = t.names;
        let head = options.bom && encoding === 'utf-8' ? '\ufeff' : '';
        if (options.comment && t.meta.comment)
          head += t.meta.comment
            .split(/\r?\n/)
            .map((l) => `# ${l}`.trimEnd() + (options.newline ?? '\n'))
            .join('');
        await put(head + fmt.header(names));
      };
      return {
        write: async (t) => {
          if (!started) await start(t);
          if (encoding === 'utf-8') {
            const bytes = fmt.rowsBytes(t);
            if (bytes.length) await writeReusable(out, bytes, fmt);
          } else await put(fmt.rows(t));
        },
        records: async (template, slots, guard) => {
          if (encoding !== 'utf-8') return undefined;
          const w = fmt.recordWriter(template.columns, slots);
          if (!w) return undefined;
          if (!started) await start(template);
          return new CsvRecordSink(w, out, guard);
        },
        close: async () => {
          if (!started) await start(new Table([]));
        },
      };
    }
    case 'jsonl':
      return { write: (t) => put(formatJsonl(t)), close: async () => {} };
    case 'parquet': {
      const w = new ParquetChunkWriter(async (bytes) => {
        await writeChunk(out, bytes);
      });
      let first: Table | null = null;
      return {
        write: async (t) => {
          first ??= t.slice(0, 0);
          await w.write(t);
        },
        close: () => w.close(first ?? new Table([])),
      };
    }
    case 'xlsx': {
      const chunks: Table[] = [];
      return {
        write: async (t) => {
          chunks.push(t);
        },
        close: async () => {
          const all = concatTables(chunks);
          await writeChunk(out, await formatXlsx(all, { sheet: options.sheet }));
        },
      };
    }
    default:
      throw usageError(`cannot write format '${options.format}'`);
  }
}
