// Quasi-identifiers as integer codes: every distinct value of a column gets a small integer, so that
// equivalence classes are computed on typed arrays, never on strings or row objects.
import { type Column, daysToParts, type NumberColumn } from '../table/column.js';

export interface EncodedColumn {
  name: string;
  /** Code per row, 0..cardinality-1; missing values get `missingCode`. */
  codes: Int32Array;
  /** Number of codes in use, including the missing code when some value is missing. */
  cardinality: number;
  /** The code of "missing" (-1 when no value is missing). */
  missingCode: number;
  /** 1 where the value is missing. */
  missing: Uint8Array;
}

export type Coarsening = 'none' | 'year';

/** Ranges of whole numbers up to this wide are encoded through a direct array. */
const DENSE_RANGE = 1 << 22;

/**
 * Encode a column. Missing values are one more value of their own (ARX's default: a missing value
 * is the value "NULL" and matches only other missing values); `classes` can treat them as wildcards.
 */
export function encodeColumn(col: Column, coarsen: Coarsening = 'none'): EncodedColumn {
  const n = col.length;
  const codes = new Int32Array(n);
  let next = 0;
  if (col.kind === 'categorical' && coarsen === 'none') {
    // Renumber the categories actually present, so cardinality counts only those.
    const remap = new Int32Array(col.categories.length).fill(-1);
    for (let i = 0; i < n; i++) {
      if (col.missing[i]) continue;
      const c = col.codes[i];
      if (remap[c] < 0) remap[c] = next++;
      codes[i] = remap[c];
    }
  } else if (col.kind === 'boolean') {
    const seen = [-1, -1];
    for (let i = 0; i < n; i++) {
      if (col.missing[i]) continue;
      const v = col.values[i];
      if (seen[v] < 0) seen[v] = next++;
      codes[i] = seen[v];
    }
  } else if (col.kind === 'text' || col.kind === 'identifier' || col.kind === 'categorical') {
    const index = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      if (col.missing[i]) continue;
      const v = col.kind === 'categorical' ? col.categories[col.codes[i]] : col.values[i];
      let c = index.get(v);
      if (c === undefined) {
        c = next++;
        index.set(v, c);
      }
      codes[i] = c;
    }
  } else {
    const values = (col as NumberColumn).values;
    const datetime = col.kind === 'datetime';
    // Whole numbers in a moderate range (days, years, counts): a direct array instead of a Map.
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    let whole = coarsen === 'none';
    for (let i = 0; i < n && whole; i++) {
      if (col.missing[i]) continue;
      const v = values[i];
      if (!Number.isInteger(v)) whole = false;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    if (whole && max - min <= DENSE_RANGE) {
      const slot = new Int32Array(max - min + 1).fill(-1);
      for (let i = 0; i < n; i++) {
        if (col.missing[i]) continue;
        const k = values[i] - min;
        if (slot[k] < 0) slot[k] = next++;
        codes[i] = slot[k];
      }
    } else {
      const index = new Map<number, number>();
      for (let i = 0; i < n; i++) {
        if (col.missing[i]) continue;
        let v = values[i];
        if (coarsen === 'year') v = yearOf(v, datetime);
        let c = index.get(v);
        if (c === undefined) {
          c = next++;
          index.set(v, c);
        }
        codes[i] = c;
      }
    }
  }
  let missingCode = -1;
  for (let i = 0; i < n; i++) {
    if (!col.missing[i]) continue;
    if (missingCode < 0) missingCode = next++;
    codes[i] = missingCode;
  }
  return { name: col.name, codes, cardinality: next, missingCode, missing: col.missing };
}

function yearOf(v: number, datetime: boolean): number {
  return daysToParts(datetime ? Math.floor(v / 86400000) : v)[0];
}
