// Bytes in memory to a Table, whatever the format: the part of reading that the browser app shares
// with the command line (no file system here).
import { dataError, usageError } from '../errors.js';
import type { Progress } from '../progress.js';
import type { Schema } from '../table/schema.js';
import type { Table } from '../table/table.js';
import { readCsv } from './csv/read.js';
import { bomOf, Decoder, InvalidUtf8 } from './encoding.js';
import { parseJsonl } from './jsonl.js';
import { parseParquet } from './parquet.js';
import { parseXlsx } from './xlsx.js';
import { tableEntry } from './zip.js';

export type TableFormat = 'csv' | 'tsv' | 'xlsx' | 'parquet' | 'jsonl' | 'zip';

export const FORMAT_OF_EXTENSION: Record<string, TableFormat> = {
  '.csv': 'csv',
  '.txt': 'csv',
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.xlsx': 'xlsx',
  '.parquet': 'parquet',
  '.pq': 'parquet',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.zip': 'zip',
};

export const FORMATS: readonly TableFormat[] = ['csv', 'tsv', 'xlsx', 'parquet', 'jsonl', 'zip'];

/** The format of a file from its name, or the one asked for. */
export function formatOf(name: string, format?: string): TableFormat {
  if (format !== undefined) {
    if (!(FORMATS as readonly string[]).includes(format))
      throw usageError(`unknown format '${format}' (use one of: ${FORMATS.join(', ')})`);
    return format as TableFormat;
  }
  const m = /\.[^./\\]+$/.exec(name.toLowerCase());
  const f = m ? FORMAT_OF_EXTENSION[m[0]] : undefined;
  if (!f)
    throw usageError(
      `unsupported file type${m ? ` '${m[0]}'` : ' (no extension)'}: fictif reads and writes ${Object.keys(FORMAT_OF_EXTENSION).join(', ')} (or say which with --format)`,
      { file: name },
    );
  return f;
}

export interface ParseOptions {
  format?: TableFormat;
  sheet?: string;
  entry?: string;
  delimiter?: string;
  encoding?: string;
  header?: boolean;
  schema?: Schema;
  progress?: Progress;
}

/** What reading found out, for notes to the user. */
export interface ReadInfo {
  format: TableFormat;
  /** The file read inside a zip. */
  entry?: string;
  delimiter?: string;
  encoding?: string;
  header?: boolean;
  /** Columns read a second time as strings because a late value did not fit. */
  reread?: string[];
}

/** Parse a whole file's bytes. `name` gives the format (from its extension) and names the file in messages. */
export async function parseTableBytes(
  bytes: Uint8Array,
  name: string,
  options: ParseOptions = {},
): Promise<{ table: Table; info: ReadInfo }> {
  const format = options.format ?? formatOf(name);
  switch (format) {
    case 'csv':
    case 'tsv': {
      const { table, info } = await readCsv(bytes, {
        file: name,
        delimiter: options.delimiter ?? (format === 'tsv' ? '\t' : undefined),
        encoding: options.encoding,
        header: options.header,
        schema: options.schema,
        totalBytes: bytes.length,
        progress: options.progress,
      });
      return {
        table,
        info: {
          format,
          delimiter: info.delimiter,
          encoding: info.encoding,
          header: info.header,
          reread: info.reread,
        },
      };
    }
    case 'xlsx':
      return {
        table: await parseXlsx(bytes, { file: name, sheet: options.sheet, header: options.header }),
        info: { format },
      };
    case 'parquet':
      return { table: await parseParquet(bytes, { file: name }), info: { format } };
    case 'jsonl': {
      const bom = bomOf(bytes);
      let text: string;
      try {
        text = new Decoder('utf-8', name).decode(bom ? bytes.subarray(bom.length) : bytes, true);
      } catch (e) {
        throw e instanceof InvalidUtf8 ? e.toDataError() : e;
      }
      return { table: parseJsonl(text, { file: name }), info: { format } };
    }
    case 'zip': {
      const inner = tableEntry(bytes, { file: name, entry: options.entry });
      const innerFormat = formatOf(inner.name);
      if (innerFormat === 'zip')
        throw dataError('a zip inside a zip is not read; unpack it first', { file: name });
      const r = await parseTableBytes(inner.bytes, `${name}:${inner.name}`, {
        ...options,
        format: innerFormat,
      });
      return { table: r.table, info: { ...r.info, entry: inner.name } };
    }
  }
}
