// The suggested schema: the table's schema with each column's role filled in and a note giving the
// evidence. `risk --schema` and `synth --schema` read it; a person can edit the roles first.
import { inferSchema } from '../table/infer.js';
import type { ColumnSchema, Schema } from '../table/schema.js';
import type { Table } from '../table/table.js';
import type { ScanResult } from './types.js';

function confidenceWord(c: number): string {
  return c >= 0.85 ? 'high' : c >= 0.65 ? 'medium' : 'low';
}

/** `base` (the user's schema) keeps its kinds and fields; otherwise the schema is inferred from the table. */
export function suggestSchema(table: Table, scan: ScanResult, base?: Schema): Schema {
  const inferred = base ?? inferSchema(table);
  const byName = new Map(inferred.columns.map((c) => [c.name, c]));
  const columns: ColumnSchema[] = scan.columns.map((f) => {
    const col = table.column(f.name);
    const start: ColumnSchema = byName.get(f.name) ?? {
      name: f.name,
      kind: col.kind,
      nullable: f.missingRate > 0,
      missingRate: f.missingRate,
    };
    return {
      ...start,
      role: f.role,
      note: `${f.roleFromSchema ? 'set by the user' : `fictif scan, ${confidenceWord(f.confidence)} confidence (${f.confidence.toFixed(2)})`}: ${f.note}`,
    };
  });
  return {
    ...inferred,
    fictif: 'schema/1',
    source: inferred.source ?? table.meta.source,
    rows: inferred.rows ?? table.nRows,
    columns,
  };
}
