// Discretisation shared by the marginal comparisons: every column becomes small integer bins, with
// the same edges for real, synthetic and holdout (edges come from the real data), and missing values
// in a bin of their own (so a synthesiser that loses missingness is penalised).
import type { ColumnSpec, EncodedTable } from './encode.js';
import { quantile, sortedFinite } from './stats.js';

export interface Binning {
  /** Number of bins including the missing bin (the last one). */
  size: number;
  /** Labels of the bins, for charts. */
  labels: string[];
  /** num: interior edges; a value v goes to the first bin whose upper edge is > v. */
  edges?: Float64Array;
  /** cat: category code → bin (the rare categories share an "other" bin). */
  codeToBin?: Int32Array;
}

/** Quantile edges of the real values (at most `bins` bins; ties merge bins). */
export function numericBinning(real: Float64Array, bins: number, format: (v: number) => string): Binning {
  const s = sortedFinite(real);
  const edges: number[] = [];
  for (let b = 1; b < bins; b++) {
    const e = quantile(s, b / bins);
    if (Number.isFinite(e) && (edges.length === 0 || e > edges[edges.length - 1]) && e > s[0]) edges.push(e);
  }
  const labels: string[] = [];
  const lo = s.length ? s[0] : 0;
  const bounds = [lo, ...edges];
  for (let b = 0; b < bounds.length; b++)
    labels.push(
      b === bounds.length - 1 ? `≥ ${format(bounds[b])}` : `[${format(bounds[b])}, ${format(bounds[b + 1])})`,
    );
  labels.push('(missing)');
  return { size: edges.length + 2, labels, edges: Float64Array.from(edges) };
}

/** The `top` most frequent real categories keep their own bin; the others share one. */
export function categoricalBinning(
  realCodes: Int32Array,
  categories: readonly string[],
  top: number,
): Binning {
  const counts = new Float64Array(categories.length);
  for (let i = 0; i < realCodes.length; i++) if (realCodes[i] >= 0) counts[realCodes[i]]++;
  const order = Array.from(categories.keys()).sort((a, b) => counts[b] - counts[a] || a - b);
  const codeToBin = new Int32Array(categories.length);
  const keep = categories.length <= top + 1 ? categories.length : top;
  const labels: string[] = [];
  order.forEach((c, rank) => {
    if (rank < keep) {
      codeToBin[c] = rank;
      labels.push(categories[c]);
    } else codeToBin[c] = keep;
  });
  if (keep < categories.length) labels.push('(other)');
  labels.push('(missing)');
  return { size: labels.length, labels, codeToBin };
}

export function binningFor(
  spec: ColumnSpec,
  real: Float64Array | Int32Array,
  bins: number,
  format: (v: number) => string,
): Binning {
  return spec.type === 'num'
    ? numericBinning(real as Float64Array, bins, format)
    : categoricalBinning(real as Int32Array, spec.categories, bins - 1);
}

/** The bin of every row. */
export function applyBinning(b: Binning, values: Float64Array | Int32Array): Int32Array {
  const out = new Int32Array(values.length);
  const missingBin = b.size - 1;
  if (b.edges) {
    const e = b.edges;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (Number.isNaN(v)) {
        out[i] = missingBin;
        continue;
      }
      let lo = 0;
      let hi = e.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (v < e[mid]) hi = mid;
        else lo = mid + 1;
      }
      out[i] = lo;
    }
  } else {
    const m = b.codeToBin as Int32Array;
    for (let i = 0; i < values.length; i++) out[i] = values[i] < 0 ? missingBin : m[values[i]];
  }
  return out;
}

export function binTable(t: EncodedTable, binnings: Binning[]): Int32Array[] {
  return binnings.map((b, c) => applyBinning(b, t.values[c]));
}

/** Counts of the joint bins of some columns (row-major over the columns given). */
export function jointCounts(binned: Int32Array[], sizes: number[], cols: readonly number[]): Float64Array {
  let cells = 1;
  for (const c of cols) cells *= sizes[c];
  const out = new Float64Array(cells);
  const n = binned[cols[0]].length;
  for (let i = 0; i < n; i++) {
    let k = 0;
    for (const c of cols) k = k * sizes[c] + binned[c][i];
    out[k]++;
  }
  return out;
}
