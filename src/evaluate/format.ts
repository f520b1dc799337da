// How values of a column read in labels: dates as dates, integers without decimals.
import { daysToIso } from '../table/column.js';
import type { ColumnSpec } from './encode.js';

export function valueFormatter(spec: ColumnSpec): (v: number) => string {
  switch (spec.kind) {
    case 'date':
      return (v) => daysToIso(Math.round(v));
    case 'datetime':
      return (v) => new Date(v).toISOString().slice(0, 10);
    case 'integer':
      return (v) => String(Math.round(v));
    default:
      return (v) => (Number.isInteger(v) ? String(v) : Number(v.toPrecision(3)).toString());
  }
}
