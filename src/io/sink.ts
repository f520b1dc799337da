// Writing a table chunk by chunk to a file, atomically (temporary file, renamed on close; removed on
// abort or failure). CSV/TSV and JSON Lines stream in bounded memory; Parquet streams one row group per
// chunk; XLSX buffers every chunk until close (a workbook is written in one piece).
import type { Writable } from 'node:stream';
import { dataError, usageError } from '../errors.js';
import type { Column } from '../table/column.js';
import { Table } from '../table/table.js';
import { openAtomicStream, writeChunk } from './atomic.js';
import { CsvFormatter } from './csv/write.js';
import { encodeText, normalizeEncoding } from './encoding.js';
import { formatJsonl } from './jsonl.js';
import { ParquetChunkWriter } from './parquet.js';
import type { TableFormat } from './parse.js';
import { formatXlsx } from './xlsx.js';

export interface TableSink {
  write(chunk: Table): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
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
  return {
    write: (chunk) =>
      guard(async () => {
        if (!shape) shape = chunk.columns.map((c) => ({ name: c.name, kind: c.kind }));
        else checkShape(shape, chunk.columns);
        await inner.write(chunk);
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
  close(): Promise<void>;
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
            if (bytes.length) await writeChunk(out, bytes);
          } else await put(fmt.rows(t));
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

/** Chunks with the same columns as one table (XLSX only; categories are re-coded by value). */
function concatTables(chunks: Table[]): Table {
  if (chunks.length === 0) return new Table([]);
  if (chunks.length === 1) return chunks[0];
  const first = chunks[0];
  const rows = chunks.reduce((s, t) => s + t.nRows, 0);
  const columns = first.columns.map((c0, j): Column => {
    const missing = new Uint8Array(rows);
    let at = 0;
    for (const t of chunks) {
      missing.set(t.columns[j].missing, at);
      at += t.nRows;
    }
    if (c0.kind === 'categorical') {
      const index = new Map<string, number>();
      const categories: string[] = [];
      const codes = new Int32Array(rows);
      at = 0;
      for (const t of chunks) {
        const c = t.columns[j] as typeof c0;
        for (let i = 0; i < c.length; i++) {
          const code = c.codes[i];
          if (code < 0) codes[at + i] = -1;
          else {
            const v = c.categories[code];
            let k = index.get(v);
            if (k === undefined) {
              k = categories.length;
              categories.push(v);
              index.set(v, k);
            }
            codes[at + i] = k;
          }
        }
        at += c.length;
      }
      return { ...c0, length: rows, missing, categories, codes };
    }
    if (c0.kind === 'text' || c0.kind === 'identifier') {
      const values = chunks.flatMap((t) => (t.columns[j] as typeof c0).values as string[]);
      return { ...c0, length: rows, missing, values };
    }
    const Ctor = c0.kind === 'boolean' ? Uint8Array : Float64Array;
    const values = new Ctor(rows);
    at = 0;
    for (const t of chunks) {
      values.set((t.columns[j] as { values: Float64Array | Uint8Array }).values, at);
      at += t.nRows;
    }
    return { ...c0, length: rows, missing, values } as Column;
  });
  return new Table(columns, first.meta);
}
