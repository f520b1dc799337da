import type { ColumnSpec, EncodedTable } from './encode.js';
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
export declare function numericBinning(real: Float64Array, bins: number, format: (v: number) => string): Binning;
/** The `top` most frequent real categories keep their own bin; the others share one. */
export declare function categoricalBinning(realCodes: Int32Array, categories: readonly string[], top: number): Binning;
export declare function binningFor(spec: ColumnSpec, real: Float64Array | Int32Array, bins: number, format: (v: number) => string): Binning;
/** The bin of every row. */
export declare function applyBinning(b: Binning, values: Float64Array | Int32Array): Int32Array;
export declare function binTable(t: EncodedTable, binnings: Binning[]): Int32Array[];
/** Counts of the joint bins of some columns (row-major over the columns given). */
export declare function jointCounts(binned: Int32Array[], sizes: number[], cols: readonly number[]): Float64Array;
