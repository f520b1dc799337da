// Equivalence classes: records with the same values on every quasi-identifier. Classes are built one
// column at a time: the (class so far, code) pair of each record is looked up in a direct array when
// the product of sizes is small, else hashed into an open-addressing table. Only typed arrays: no
// strings, no per-row objects.

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

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Above this many (class, code) cells a refinement step hashes instead of indexing an array. */
const DENSE_CELLS = 1 << 22;

export interface Partition {
  /** Class of each row looked at, numbered 0..count-1 in order of first appearance. */
  ids: Int32Array;
  count: number;
}

/**
 * Split every class of `prev` by one more column of codes: the (class, code) pairs become the new
 * classes. Small products of sizes use a direct array; large ones an open-addressing hash table on the
 * pair (linear probing). Classes are numbered in order of first appearance. `rows` restricts to rows.
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
  let cap = 16;
  while (cap < m * 2) cap <<= 1;
  const mask = cap - 1;
  const slots = new Int32Array(cap).fill(-1);
  const keyClass = new Int32Array(m);
  const keyCode = new Int32Array(m);
  for (let r = 0; r < m; r++) {
    const a = prevIds ? prevIds[r] : 0;
    const b = codes[rows ? rows[r] : r];
    let s = fmix(Math.imul(a, 0x9e3779b1) ^ (b + 0x7f4a7c15)) & mask;
    for (;;) {
      const id = slots[s];
      if (id < 0) {
        slots[s] = count;
        keyClass[count] = a;
        keyCode[count] = b;
        ids[r] = count++;
        break;
      }
      if (keyClass[id] === a && keyCode[id] === b) {
        ids[r] = id;
        break;
      }
      s = (s + 1) & mask;
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
