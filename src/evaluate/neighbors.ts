// Nearest neighbours under Gower's mixed-type distance (Gower 1971): the mean over the columns of
// |x − y| / range for numbers (range of the real data, capped at 1) and 0/1 mismatch for categories;
// a value missing on one side only counts 1, missing on both counts 0. Distances are in [0, 1].
//
// Every column is first laid out as a Float32Array such that min(1, |a − b|) IS the per-column Gower
// term: numbers scaled by the real range, categories as 2 × code (distinct codes differ by ≥ 2),
// missing as a far sentinel. The search is then one tight loop over typed arrays.
import type { ColumnSpec, EncodedTable } from './encode.js';

export interface DistanceView {
  n: number;
  cols: Float32Array[];
}

const MISSING_NUM = 1e6;

/** The Gower layout of a table (once per table, reused by every search). */
export function distanceView(specs: readonly ColumnSpec[], t: EncodedTable): DistanceView {
  const cols = specs.map((s, c) => {
    const v = t.values[c];
    const out = new Float32Array(t.n);
    if (s.type === 'cat') for (let i = 0; i < t.n; i++) out[i] = 2 * v[i];
    else {
      const range = s.hi - s.lo;
      const inv = range > 0 ? 1 / range : 0;
      for (let i = 0; i < t.n; i++) out[i] = Number.isNaN(v[i]) ? MISSING_NUM : (v[i] - s.lo) * inv;
    }
    return out;
  });
  return { n: t.n, cols };
}

/** The rows at these indices of a view (a copy). */
export function takeView(v: DistanceView, rows: ArrayLike<number>): DistanceView {
  return {
    n: rows.length,
    cols: v.cols.map((c) => {
      const out = new Float32Array(rows.length);
      for (let i = 0; i < rows.length; i++) out[i] = c[rows[i]];
      return out;
    }),
  };
}

export interface Neighbours {
  /** Distance to the nearest reference. */
  d1: Float64Array;
  /** Distance to the second nearest (Infinity with a single reference). */
  d2: Float64Array;
  /** Index of the nearest reference (lowest index among ties). */
  i1: Int32Array;
}

/** Rows laid out one after another (row-major) over the chosen columns. */
function pack(v: DistanceView, cols: readonly number[]): Float32Array {
  const k = cols.length;
  const out = new Float32Array(v.n * k);
  cols.forEach((c, j) => {
    const col = v.cols[c];
    for (let i = 0; i < v.n; i++) out[i * k + j] = col[i];
  });
  return out;
}

/** Columns summed between two checks of the early exit. */
const CHUNK = 16;

/**
 * Nearest and second-nearest references of every query, over the columns given (default: all).
 * Row-major scan with early abandoning: a reference is dropped as soon as its partial distance
 * reaches the current second-best, which skips most of the work on wide files.
 */
export function nearest(queries: DistanceView, refs: DistanceView, columns?: readonly number[]): Neighbours {
  const cols = columns ?? queries.cols.map((_, c) => c);
  const nq = queries.n;
  const nr = refs.n;
  const k = cols.length;
  const d1 = new Float64Array(nq).fill(Number.POSITIVE_INFINITY);
  const d2 = new Float64Array(nq).fill(Number.POSITIVE_INFINITY);
  const i1 = new Int32Array(nq).fill(-1);
  if (nr === 0 || k === 0) return { d1, d2, i1 };
  const Q = pack(queries, cols);
  const R = pack(refs, cols);
  const w = 1 / k;
  for (let q = 0; q < nq; q++) {
    const qo = q * k;
    let b1 = Number.POSITIVE_INFINITY;
    let b2 = Number.POSITIVE_INFINITY;
    let bi = -1;
    for (let r = 0; r < nr; r++) {
      const ro = r * k;
      let s = 0;
      let c = 0;
      while (c < k) {
        const end = Math.min(c + CHUNK, k);
        for (; c < end; c++) {
          const e = Math.abs(Q[qo + c] - R[ro + c]);
          s += Math.min(e, 1);
        }
        if (s >= b2) break;
      }
      if (s >= b2) continue;
      if (s < b1) {
        b2 = b1;
        b1 = s;
        bi = r;
      } else b2 = s;
    }
    // Float32 sums: snap tiny residues to exact 0 so identical rows read as distance 0.
    d1[q] = b1 < 1e-6 ? 0 : b1 * w;
    d2[q] = b2 < 1e-6 ? 0 : b2 * w;
    i1[q] = bi;
  }
  return { d1, d2, i1 };
}

/** Gower distance between row i of a and row j of b (for tests and explanations). */
export function gower(
  specs: readonly ColumnSpec[],
  a: EncodedTable,
  i: number,
  b: EncodedTable,
  j: number,
): number {
  let d = 0;
  specs.forEach((s, c) => {
    const x = a.values[c][i];
    const y = b.values[c][j];
    if (s.type === 'cat') d += x === y ? 0 : 1;
    else if (Number.isNaN(x) || Number.isNaN(y)) d += Number.isNaN(x) && Number.isNaN(y) ? 0 : 1;
    else {
      const r = s.hi - s.lo;
      d += r > 0 ? Math.min(1, Math.abs(x - y) / r) : 0;
    }
  });
  return specs.length ? d / specs.length : 0;
}
