// Tables with the same columns, one after the other (joining chunks of sampled or streamed rows).
import { type CategoricalColumn, type Column, categoricalColumn } from './column.js';
import { Table } from './table.js';

function concatColumn(parts: Column[]): Column {
  const first = parts[0];
  const n = parts.reduce((t, c) => t + c.length, 0);
  const missing = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    missing.set(p.missing, at);
    at += p.length;
  }
  switch (first.kind) {
    case 'categorical': {
      // Pieces may carry different category lists: merge them by value, in first-seen order.
      const categories: string[] = [];
      const index = new Map<string, number>();
      const codes = new Int32Array(n);
      let k = 0;
      for (const p of parts as CategoricalColumn[]) {
        const map = p.categories.map((c) => {
          let i = index.get(c);
          if (i === undefined) {
            i = categories.push(c) - 1;
            index.set(c, i);
          }
          return i;
        });
        for (let i = 0; i < p.length; i++) codes[k++] = p.codes[i] < 0 ? -1 : map[p.codes[i]];
      }
      const col = categoricalColumn(first.name, categories, codes);
      return first.format ? { ...col, format: first.format } : col;
    }
    case 'text':
    case 'identifier': {
      const values: string[] = [];
      for (const p of parts) for (const v of (p as typeof first).values) values.push(v);
      return { ...first, length: n, values, missing };
    }
    case 'boolean': {
      const values = new Uint8Array(n);
      let o = 0;
      for (const p of parts) {
        values.set((p as typeof first).values, o);
        o += p.length;
      }
      return { ...first, length: n, values, missing };
    }
    default: {
      const values = new Float64Array(n);
      let o = 0;
      for (const p of parts) {
        values.set((p as typeof first).values, o);
        o += p.length;
      }
      return { ...first, length: n, values, missing };
    }
  }
}

/** The rows of several tables with the same columns (by name), one after the other. */
export function concatTables(tables: readonly Table[]): Table {
  if (tables.length === 0) return new Table([]);
  if (tables.length === 1) return tables[0];
  const names = tables[0].names;
  const columns = names.map((name) => concatColumn(tables.map((t) => t.column(name))));
  return new Table(columns, tables[0].meta);
}
