// Readers and writers on the file system. The parsing itself (src/io/parse.ts and the format modules)
// works on bytes and is shared with the browser app; this layer opens, streams and protects files.
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { dataError, usageError } from '../errors.js';
import type { Progress } from '../progress.js';
import { applySchema } from '../table/infer.js';
import type { Schema } from '../table/schema.js';
import type { Table } from '../table/table.js';
import { readCsv } from './csv/read.js';
import { formatOf, parseTableBytes, type ReadInfo, type TableFormat } from './parse.js';
import { openSink, type TableSink } from './sink.js';

export type { ReadInfo, TableFormat } from './parse.js';
export { FORMATS, formatOf, parseTableBytes } from './parse.js';
export type { RecordSink, TableSink } from './sink.js';

export interface ReadOptions {
  /** XLSX: sheet name (default: the first). */
  sheet?: string;
  /** ZIP: which file inside (default: the only table in it). */
  entry?: string;
  /** CSV: delimiter (default: sniffed among , ; tab |). */
  delimiter?: string;
  /** CSV: 'utf-8' | 'windows-1252' (alias 'cp1252', 'latin1') | 'utf-16le' | 'utf-16be' (default: detected). */
  encoding?: string;
  /** CSV/XLSX: true if the first row names the columns, false if it is data (default: detected). */
  header?: boolean;
  /** Default: from the file extension. */
  format?: TableFormat;
  /** Only the first rows (CSV stops reading there; kinds are then decided on those rows). */
  maxRows?: number;
  /** Overrides inferred kinds (and carries roles). */
  schema?: Schema;
  progress?: Progress;
  /** Told what reading found out that a user should know (no header row, encoding guessed, ...). */
  onNote?: (message: string) => void;
}

export interface WriteOptions {
  /** Default: from the file extension. */
  format?: 'csv' | 'tsv' | 'parquet' | 'xlsx' | 'jsonl';
  /** CSV: field delimiter (default ',' and tab for .tsv). */
  delimiter?: string;
  /** CSV/TSV/JSONL: 'utf-8' (default) or 'windows-1252'. */
  encoding?: string;
  /** CSV: decimal separator for every number; default: each column's source format. */
  decimal?: '.' | ',';
  /** CSV, UTF-8: start with a byte order mark (Excel on Windows then reads accents right). */
  bom?: boolean;
  /** CSV: write table.meta.comment as leading '# ' lines (Parquet always keeps it as metadata). */
  comment?: boolean;
  /** CSV: line ending (default '\n'). */
  newline?: '\n' | '\r\n';
  /** XLSX: sheet name (default 'data'). */
  sheet?: string;
  /** The input file, which must not be overwritten (also taken from table.meta.source). */
  source?: string;
  progress?: Progress;
}

const STREAM_CHUNK = 1 << 20;
const WRITE_SLICE_ROWS = 50000;

/** Read a table file; the format comes from the extension (or options.format). */
export async function readTable(path: string, options: ReadOptions = {}): Promise<Table> {
  return (await readTableWithInfo(path, options)).table;
}

export async function readTableWithInfo(
  path: string,
  options: ReadOptions = {},
): Promise<{ table: Table; info: ReadInfo }> {
  const format = formatOf(path, options.format);
  const size = await fileSize(path);
  let result: { table: Table; info: ReadInfo };
  if (format === 'csv' || format === 'tsv') {
    // Streamed from disk: the file's bytes are never all in memory.
    const { table, info } = await readCsv(
      () => createReadStream(path, { highWaterMark: STREAM_CHUNK }) as AsyncIterable<Uint8Array>,
      {
        file: path,
        delimiter: options.delimiter ?? (format === 'tsv' ? '\t' : undefined),
        encoding: options.encoding,
        header: options.header,
        schema: options.schema,
        maxRows: options.maxRows,
        totalBytes: size,
        progress: options.progress,
      },
    );
    result = {
      table,
      info: {
        format,
        delimiter: info.delimiter,
        encoding: info.encoding,
        header: info.header,
        reread: info.reread,
      },
    };
  } else {
    const bytes = await readFile(path);
    result = await parseTableBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), path, {
      ...options,
      format,
    });
  }
  if (options.onNote) for (const n of notesOf(path, result)) options.onNote(n);
  let table = options.schema ? applySchema(result.table, options.schema) : result.table;
  if (options.maxRows !== undefined && table.nRows > options.maxRows) table = table.slice(0, options.maxRows);
  return { table: table.meta.source ? table : table.withMeta({ source: path }), info: result.info };
}

function notesOf(path: string, { table, info }: { table: Table; info: ReadInfo }): string[] {
  const notes: string[] = [];
  const name = info.entry ? `${path}:${info.entry}` : path;
  if (info.header === false)
    notes.push(`fictif: ${name} has no header row: its columns are named col_1 … col_${table.nCols}`);
  if (info.encoding === 'windows-1252') notes.push(`fictif: ${name} is not UTF-8: read as windows-1252`);
  if (info.reread?.length)
    notes.push(
      `fictif: ${name}: column(s) ${info.reread.join(', ')} read again as text (a late value did not fit)`,
    );
  return notes;
}

async function fileSize(path: string): Promise<number> {
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw dataError('is a directory, expected a table file', { file: path });
    if (s.size === 0) throw dataError('the file is empty', { file: path });
    return s.size;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw dataError('no such file', { file: path });
    if (code === 'EACCES') throw dataError('permission denied', { file: path });
    throw e;
  }
}

/** Write a whole table (atomically; never over its own source file). */
export async function writeTable(table: Table, path: string, options: WriteOptions = {}): Promise<void> {
  const sink = await openTableWriter(path, { ...options, source: options.source ?? table.meta.source });
  try {
    // In slices, so that text formats never build the whole file as one string.
    const step = WRITE_SLICE_ROWS;
    if (table.nRows === 0) await sink.write(table);
    for (let at = 0; at < table.nRows; at += step) {
      await sink.write(table.slice(at, at + step));
      options.progress?.(Math.min(at + step, table.nRows), table.nRows, 'rows written');
    }
    await sink.close();
  } catch (e) {
    await sink.abort();
    throw e;
  }
}

/**
 * A writer taking a table chunk by chunk (chunks share column names and kinds). CSV, TSV, JSON Lines
 * and Parquet stream in bounded memory; XLSX keeps every chunk until close. Nothing appears at `path`
 * before close succeeds; abort (or any failure) leaves no file.
 */
export async function openTableWriter(path: string, options: WriteOptions = {}): Promise<TableSink> {
  const format = formatOf(path, options.format);
  if (options.source && (await samePath(path, options.source)))
    throw usageError(`refusing to overwrite the input file ${options.source}; choose another output`);
  const sink = await openSink(path, { ...options, format });
  if (!options.source) {
    // The source may only be known from the first chunk.
    const checkSource = async (t: Table) => {
      if (t.meta.source && t.meta.source !== 'demo' && (await samePath(path, t.meta.source))) {
        await sink.abort();
        throw usageError(`refusing to overwrite the input file ${t.meta.source}; choose another output`);
      }
    };
    return {
      write: async (chunk) => {
        await checkSource(chunk);
        await sink.write(chunk);
      },
      records: async (template, slots) => {
        await checkSource(template);
        return sink.records(template, slots);
      },
      close: () => sink.close(),
      abort: () => sink.abort(),
    };
  }
  return sink;
}

async function samePath(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    return (await realpath(a)) === (await realpath(b));
  } catch {
    return false;
  }
}

/**
 * Open a streaming writer, let `fill` write chunks into it, then close it. On any error the writer is
 * aborted (no file is left, an existing one is untouched) and the error goes on.
 */
export async function writeTableStream(
  path: string,
  options: WriteOptions,
  fill: (sink: TableSink) => Promise<void>,
): Promise<void> {
  const sink = await openTableWriter(path, options);
  try {
    await fill(sink);
    await sink.close();
  } catch (e) {
    await sink.abort();
    throw e;
  }
}
