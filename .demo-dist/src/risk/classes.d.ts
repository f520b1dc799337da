export interface Classes {
    /** Class number of each row (0..count-1, in order of first appearance). */
    classOf: Int32Array;
    /** Size of each class (length `count`). */
    sizes: Int32Array;
    /** First row of each class. */
    representative: Int32Array;
    count: number;
    rows: number;
}
/** Group rows (all of them, or `rows` only, by index) on the given code columns. */
export declare function groupRows(columns: readonly Int32Array[], n: number, rows?: Int32Array): Classes;
/** Rows ordered by class, with each class's start offset (counting sort): for per-class passes. */
export declare function rowsByClass(classes: Classes): {
    order: Int32Array;
    start: Int32Array;
};
/** How many classes have each size: [size, number of classes] pairs by increasing size. */
export declare function sizeHistogram(sizes: Int32Array): [number, number][];
