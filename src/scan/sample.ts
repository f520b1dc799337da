// Large files are scanned on a seeded random sample of rows: detectors need a few thousand values, not
// a million.
import type { Rng } from '../random.js';
import type { Column } from '../table/column.js';

/** `size` distinct row indices of 0..n-1 in increasing order (Knuth's selection sampling). */
export function sampleRowIndices(n: number, size: number, rng: Rng): Int32Array {
  if (size >= n) return Int32Array.from({ length: n }, (_, i) => i);
  const out = new Int32Array(size);
  let chosen = 0;
  for (let i = 0; i < n && chosen < size; i++) {
    if ((n - i) * rng.next() < size - chosen) out[chosen++] = i;
  }
  return out;
}

export interface DistinctValues {
  /** Distinct non-missing values as text, most frequent first. */
  values: string[];
  counts: number[];
  /** Non-missing cells among the rows looked at. */
  nonMissing: number;
  rows: number;
}

/** The distinct values (as strings) of a column on some rows. */
export function distinctStrings(col: Column, rows: Int32Array): DistinctValues {
  const counts = new Map<string, number>();
  let nonMissing = 0;
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    if (col.missing[i]) continue;
    nonMissing++;
    let s: string;
    switch (col.kind) {
      case 'categorical':
        s = col.categories[col.codes[i]];
        break;
      case 'boolean':
        s = col.values[i] ? 'true' : 'false';
        break;
      case 'text':
      case 'identifier':
        s = col.values[i];
        break;
      default:
        s = String(col.values[i]);
    }
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const entries = [...counts].sort((a, b) => b[1] - a[1]);
  return {
    values: entries.map((e) => e[0]),
    counts: entries.map((e) => e[1]),
    nonMissing,
    rows: rows.length,
  };
}
