// The CSV a table should give, each cell formatted on its own by the rules the writer documents: the
// reference the writer's fast paths are tested against.
import { formatDate, formatDatetime } from '../src/io/csv/write.js';
import type { Table } from '../src/table/table.js';

/** `decimal` overrides each number column's own decimal mark, as the writer's option does. */
export function csvReference(t: Table, delimiter: string, newline: string, decimal?: '.' | ','): string {
  const quote = (s: string, first: boolean) =>
    /^\s|\s$/.test(s) || s.includes(delimiter) || /["\n\r]/.test(s) || (first && s.startsWith('#'))
      ? `"${s.replace(/"/g, '""')}"`
      : s;
  let out = '';
  for (let i = 0; i < t.nRows; i++) {
    const cells = t.columns.map((c, j) => {
      if (c.missing[i]) return '';
      switch (c.kind) {
        case 'categorical':
          return quote(c.categories[c.codes[i]], j === 0);
        case 'text':
        case 'identifier':
          return quote(c.values[i], j === 0);
        case 'boolean': {
          const [yes, no] = (c.format ?? 'true/false').split('/');
          return c.values[i] ? yes : no;
        }
        case 'date':
          return formatDate(c.values[i], c.format ?? 'yyyy-mm-dd');
        case 'datetime':
          return formatDatetime(c.values[i], c.format ?? 'iso');
        default: {
          const s = String(c.values[i]);
          const comma = decimal ? decimal === ',' : c.format === 'decimal-comma';
          if (!comma) return s;
          const d = s.replace('.', ',');
          return delimiter === ',' && d.includes(',') ? `"${d}"` : d;
        }
      }
    });
    out += cells.join(delimiter) + newline;
  }
  return out;
}
