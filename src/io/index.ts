// Readers and writers. (Being built: see the foundation issue.)
import { usageError } from '../errors.js';
import type { Progress } from '../progress.js';
import type { Schema } from '../table/schema.js';
import type { Table } from '../table/table.js';

export interface ReadOptions {
  /** XLSX: sheet name (default: the first). */
  sheet?: string;
  /** ZIP: which file inside (default: the only table in it). */
  entry?: string;
  /** CSV: delimiter (default: sniffed). */
  delimiter?: string;
  /** CSV: 'utf-8' | 'windows-1252' | 'latin1' (default: detected). */
  encoding?: string;
  /** Overrides inferred kinds (and carries roles). */
  schema?: Schema;
  progress?: Progress;
}

export interface WriteOptions {
  /** Default: from the file extension. */
  format?: 'csv' | 'tsv' | 'parquet' | 'xlsx' | 'jsonl';
  delimiter?: string;
  encoding?: string;
  progress?: Progress;
}

export async function readTable(path: string, _options: ReadOptions = {}): Promise<Table> {
  throw usageError(`reading files is not available yet (${path})`);
}

export async function writeTable(_table: Table, path: string, _options: WriteOptions = {}): Promise<void> {
  throw usageError(`writing files is not available yet (${path})`);
}
