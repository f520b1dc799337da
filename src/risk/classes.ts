// Equivalence classes: records with the same values on every quasi-identifier. Classes are built one
// column at a time: each record's (class so far, code) pair gets a class number, through a direct
// array when the product of sizes is small, else through a counting sort by code. Only typed arrays
// of integer codes: no strings, no per-row objects.

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

/** Above this many (class, code) cells a refinement step sorts by code instead of indexing an array. */
const DENSE_CELLS = 1 << 22;

export interface Partition {
  /** Class of each row looked at, numbered 0..count-1 in order of first appearance. */
  ids: Int32Array;
  count: number;
}

/**
 * Split every class of `prev` by one more column of codes: the (class, code) pairs become the new
 * classes. Small products of sizes use a direct array; large ones a counting sort by code. `rows`
 * restricts to those rows. Class numbers are arbitrary (groupRows renumbers them).
 */
export function refine(
  prev: Partition | undefined,
  codes: Int32Array,
  m: number,
  rows?: Int32Array,
): Partition {
  let card = 0;
  for (let r = 0; r < m; r++) {
    const c = codes[rows ? rows[r] : r];
    if (c >= card) card = c + 1;
  }
  const prevCount = prev ? prev.count : 1;
  const prevIds = prev?.ids;
  const ids = new Int32Array(m);
  let count = 0;
  if (prevCount * card <= Math.max(DENSE_CELLS, 2 * m)) {
    const cell = new Int32Array(prevCount * card).fill(-1);
    for (let r = 0; r < m; r++) {
      const key = (prevIds ? prevIds[r] * card : 0) + codes[rows ? rows[r] : r];
      let id = cell[key];
      if (id < 0) {
        id = count++;
        cell[key] = id;
      }
      ids[r] = id;
    }
    return { ids, count };
  }
  // A large product of sizes: bucket the rows by code (counting sort), then number the (class, code)
  // pairs of each bucket with a stamp array over the previous classes. Small working sets, no hashing.
  const start = new Int32Array(card + 1);
  for (let r = 0; r < m; r++) start[codes[rows ? rows[r] : r] + 1]++;
  for (let c = 0; c < card; c++) start[c + 1] += start[c];
  const fill = start.slice(0, card);
  // Carry each row's previous class along, so the numbering pass reads sequentially.
  const order = new Int32Array(m);
  const prevSorted = new Int32Array(m);
  for (let r = 0; r < m; r++) {
    const p = fill[codes[rows ? rows[r] : r]]++;
    order[p] = r;
    prevSorted[p] = prevIds ? prevIds[r] : 0;
  }
  const stamp = new Int32Array(prevCount).fill(-1);
  const local = new Int32Array(prevCount);
  for (let c = 0; c < card; c++) {
    for (let p = start[c]; p < start[c + 1]; p++) {
      const k = prevSorted[p];
      if (stamp[k] !== c) {
        stamp[k] = c;
        local[k] = count++;
      }
      ids[order[p]] = local[k];
    }
  }
  return { ids, count };
}

/** Partition rows on several code columns (one refinement per column). */
export function partition(columns: readonly Int32Array[], n: number, rows?: Int32Array): Partition {
  const m = rows ? rows.length : n;
  let p: Partition = { ids: new Int32Array(m), count: m ? 1 : 0 };
  for (const codes of columns) p = refine(p.count ? p : undefined, codes, m, rows);
  return p;
}

/**
 * Group rows (all of them, or `rows` only, by index) on the given code columns: records with the same
 * tuple of codes form a class. Built by refining one column at a time (see `refine`).
 */
export function groupRows(columns: readonly Int32Array[], n: number, rows?: Int32Array): Classes {
  const m = rows ? rows.length : n;
  const { ids, count } = partition(columns, n, rows);
  // Number the classes in order of first appearance (refinement numbers them by bucket).
  const first = new Int32Array(count).fill(-1);
  let next = 0;
  for (let r = 0; r < m; r++) {
    const k = ids[r];
    if (first[k] < 0) first[k] = next++;
    ids[r] = first[k];
  }
  const sizes = new Int32Array(count);
  const representative = new Int32Array(count).fill(-1);
  for (let r = 0; r < m; r++) {
    const k = ids[r];
    if (sizes[k]++ === 0) representative[k] = rows ? rows[r] : r;
  }
  return { classOf: ids, sizes, representative, count, rows: m };
}

/** Rows ordered by class, with each class's start offset (counting sort): for per-class passes. */
export function rowsByClass(classes: Classes): { order: Int32Array; start: Int32Array } {
  const start = new Int32Array(classes.count + 1);
  for (let k = 0; k < classes.count; k++) start[k + 1] = start[k] + classes.sizes[k];
  const fill = start.slice(0, classes.count);
  const order = new Int32Array(classes.rows);
  for (let r = 0; r < classes.rows; r++) order[fill[classes.classOf[r]]++] = r;
  return { order, start };
}

/** How many classes have each size: [size, number of classes] pairs by increasing size. */
export function sizeHistogram(sizes: Int32Array): [number, number][] {
  const counts = new Map<number, number>();
  for (const s of sizes) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].sort((a, b) => a[0] - b[0]);
}
