export interface Domain {
    readonly attributes: readonly string[];
    /** Number of values of each attribute, in the same order. */
    readonly sizes: readonly number[];
}
export interface EncodedData {
    readonly domain: Domain;
    /** One array of codes per attribute, each of length `rows`. */
    readonly columns: readonly Int32Array[];
    readonly rows: number;
}
/** Number of cells of the joint table over these attributes (indices into domain.attributes). */
export declare function cells(domain: Domain, attrs: readonly number[]): number;
