// A row record: one row of a table held as four small arrays, one per storage type, for producers
// that make rows one at a time (the demo generator) and writers that take them without a table in
// between (CSV). Column j's cell is at index `slots[j].at` of the array of its slot's store.

/**
 * Where a column's cell is in a row record:
 * - 'num': `nums` (numbers, integers, dates as days); NaN is a missing cell;
 * - 'code': `codes` (a category's index); -1 is a missing cell;
 * - 'flag': `flags` (a boolean, 0 or 1); any other value is a missing cell;
 * - 'text': `texts` (text and identifiers); '' is a missing cell.
 */
export interface RecordSlot {
  store: 'num' | 'code' | 'flag' | 'text';
  at: number;
}

export interface RowRecord {
  nums: Float64Array;
  codes: Int32Array;
  flags: Uint8Array;
  texts: readonly string[];
}
