// A per-column summary of a table for people: kind, missing share, distinct values, range and mean
// for numbers and dates, top categories for the rest. Pure: used by `fictif describe` and the web app.
import { type Column, daysToIso, isNumberKind, valueAt } from './column.js';
import type { Table } from './table.js';

export interface ColumnSummary {
  name: string;
  kind: Column['kind'];
  rows: number;
  missing: number;
  /** Share of missing values, 0-1. */
  missingRate: number;
  distinct: number;
  /** Numbers: min, max, mean, standard deviation; dates/datetimes: ISO min, max. */
  min?: number | string;
  max?: number | string;
  mean?: number;
  sd?: number;
  /** Categorical, boolean, text, identifier: the most frequent values with their counts. */
  top?: { value: string; count: number }[];
  format?: string;
}

export function describeTable(table: Table, topN = 3): ColumnSummary[] {
  return table.columns.map((c) => describeColumn(c, topN));
}

export function describeColumn(col: Column, topN = 3): ColumnSummary {
  const n = col.length;
  let missing = 0;
  for (let i = 0; i < n; i++) missing += col.missing[i];
  const out: ColumnSummary = {
    name: col.name,
    kind: col.kind,
    rows: n,
    missing,
    missingRate: n ? missing / n : 0,
    distinct: 0,
    ...(col.format ? { format: col.format } : {}),
  };
  if (isNumberKind(col.kind)) {
    const values = (col as { values: Float64Array }).values;
    const seen = new Set<number>();
    let lo = Infinity;
    let hi = -Infinity;
    let sum = 0;
    let sum2 = 0;
    for (let i = 0; i < n; i++) {
      if (col.missing[i]) continue;
      const v = values[i];
      seen.add(v);
      if (v < lo) lo = v;
      if (v > hi) hi = v;
      sum += v;
    }
    const k = n - missing;
    out.distinct = seen.size;
    if (k > 0) {
      const mean = sum / k;
      for (let i = 0; i < n; i++) if (!col.missing[i]) sum2 += (values[i] - mean) ** 2;
      if (col.kind === 'date') [out.min, out.max] = [daysToIso(lo), daysToIso(hi)];
      else if (col.kind === 'datetime')
        [out.min, out.max] = [new Date(lo).toISOString(), new Date(hi).toISOString()];
      else {
        [out.min, out.max] = [lo, hi];
        out.mean = mean;
        out.sd = k > 1 ? Math.sqrt(sum2 / (k - 1)) : 0;
      }
    }
    return out;
  }
  const counts = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    if (col.missing[i]) continue;
    const v = String(valueAt(col, i));
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  out.distinct = counts.size;
  out.top = [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, topN)
    .map(([value, count]) => ({ value, count }));
  return out;
}
