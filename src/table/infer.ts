// Schema inference and overrides. (Being built: see the foundation issue.)
import { dataError } from '../errors.js';
import type { Schema } from './schema.js';
import type { Table } from './table.js';

export function inferSchema(table: Table): Schema {
  return { fictif: 'schema/1', source: table.meta.source, rows: table.nRows, columns: [] };
}

export function applySchema(table: Table, _schema: Schema): Table {
  return table;
}

export function parseSchema(text: string, file?: string): Schema {
  try {
    return JSON.parse(text) as Schema;
  } catch {
    throw dataError('not a valid schema JSON file', { file });
  }
}
