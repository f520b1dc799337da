// The discrete view of a table that the DP engine works on: every attribute is a small integer domain
// 0..size-1 (categories, bins of numbers and dates, a code for "missing").

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
export function cells(domain: Domain, attrs: readonly number[]): number {
  let n = 1;
  for (const a of attrs) n *= domain.sizes[a];
  return n;
}
