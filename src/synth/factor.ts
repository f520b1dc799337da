// Factors: a table of numbers over an ordered set of attributes, flattened row-major (last attribute
// varies fastest) in a Float64Array. Attribute sets are always kept sorted ascending (indices into the
// domain), so two factors over the same set share one layout and no transposition is needed.
//
// Every operation goes through an index map: for each cell of a superset table, the index of the cell of
// a subset table it projects onto. Maps are plain Int32Arrays, built once by an odometer and reused by the
// junction tree, so the hot loops are a single indexed pass over typed arrays.

export interface Factor {
  /** Sorted attribute indices. */
  readonly attrs: readonly number[];
  /** Sizes of those attributes, same order. */
  readonly sizes: readonly number[];
  readonly values: Float64Array;
}

export function sortedUnique(attrs: readonly number[]): number[] {
  return [...new Set(attrs)].sort((a, b) => a - b);
}

export function sizesOf(domainSizes: readonly number[], attrs: readonly number[]): number[] {
  return attrs.map((a) => domainSizes[a]);
}

export function product(sizes: readonly number[]): number {
  let n = 1;
  for (const s of sizes) n *= s;
  return n;
}

export function isSubset(sub: readonly number[], sup: readonly number[]): boolean {
  for (const a of sub) if (!sup.includes(a)) return false;
  return true;
}

/**
 * For each cell of the table over `sup` (sizes `supSizes`), the index of the cell of the table over `sub`
 * (a subset of `sup`, both sorted) it projects onto.
 */
export function indexMap(
  sup: readonly number[],
  supSizes: readonly number[],
  sub: readonly number[],
): Int32Array {
  const k = sup.length;
  const total = product(supSizes);
  const out = new Int32Array(total);
  if (sub.length === 0 || total === 0) return out;
  // Stride in the sub table of each sup position (0 when the attribute is summed out).
  const strides = new Array<number>(k).fill(0);
  let s = 1;
  for (let i = sub.length - 1; i >= 0; i--) {
    const pos = sup.indexOf(sub[i]);
    if (pos < 0) throw new RangeError(`indexMap: attribute ${sub[i]} is not in the superset`);
    strides[pos] = s;
    s *= supSizes[pos];
  }
  const digits = new Int32Array(k);
  // Innermost dimension in a tight loop, outer digits by odometer.
  const last = k - 1;
  const innerSize = supSizes[last];
  const innerStride = strides[last];
  let base = 0;
  for (let cell = 0; cell < total; cell += innerSize) {
    let idx = base;
    for (let j = 0; j < innerSize; j++) {
      out[cell + j] = idx;
      idx += innerStride;
    }
    // advance the outer digits
    for (let p = last - 1; p >= 0; p--) {
      digits[p]++;
      base += strides[p];
      if (digits[p] < supSizes[p]) break;
      base -= strides[p] * supSizes[p];
      digits[p] = 0;
    }
  }
  return out;
}

/** True when a map sends every cell to itself (same attribute set): callers can skip it. */
export function isIdentity(map: Int32Array, outSize: number): boolean {
  if (map.length !== outSize) return false;
  for (let i = 0; i < map.length; i++) if (map[i] !== i) return false;
  return true;
}

/** Linear-space marginal: out[map[i]] += values[i]. */
export function sumByMap(values: Float64Array, map: Int32Array, outSize: number): Float64Array {
  const out = new Float64Array(outSize);
  for (let i = 0; i < values.length; i++) out[map[i]] += values[i];
  return out;
}

/**
 * Log-space marginal: out[j] = log Σ_{i: map[i]=j} exp(values[i]). One exp per cell, shifted by the
 * table's maximum; if a whole target cell underflows (all its terms far below the maximum), falls back
 * to the exact per-cell maximum.
 */
export function logSumExpByMap(values: Float64Array, map: Int32Array, outSize: number): Float64Array {
  let top = -Infinity;
  for (let i = 0; i < values.length; i++) if (values[i] > top) top = values[i];
  const out = new Float64Array(outSize);
  if (top === -Infinity) return out.fill(-Infinity);
  for (let i = 0; i < values.length; i++) out[map[i]] += Math.exp(values[i] - top);
  let underflow = false;
  for (let j = 0; j < outSize; j++) {
    if (out[j] < 1e-280) {
      underflow = true;
      break;
    }
    out[j] = top + Math.log(out[j]);
  }
  return underflow ? logSumExpByMapExact(values, map, outSize) : out;
}

/** logSumExpByMap with a per-target maximum (two passes): exact for any range of values. */
export function logSumExpByMapExact(values: Float64Array, map: Int32Array, outSize: number): Float64Array {
  const max = new Float64Array(outSize).fill(-Infinity);
  for (let i = 0; i < values.length; i++) {
    const j = map[i];
    if (values[i] > max[j]) max[j] = values[i];
  }
  const acc = new Float64Array(outSize);
  for (let i = 0; i < values.length; i++) {
    const j = map[i];
    acc[j] += Math.exp(values[i] - max[j]);
  }
  for (let j = 0; j < outSize; j++) acc[j] = max[j] === -Infinity ? -Infinity : max[j] + Math.log(acc[j]);
  return acc;
}

/** log Σ exp(values). */
export function logSumExp(values: Float64Array): number {
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) if (values[i] > max) max = values[i];
  if (max === -Infinity) return -Infinity;
  let s = 0;
  for (let i = 0; i < values.length; i++) s += Math.exp(values[i] - max);
  return max + Math.log(s);
}

/** target[i] += src[map[i]] (broadcast a subset factor into a superset table). */
export function addByMap(target: Float64Array, src: Float64Array, map: Int32Array, scale = 1): void {
  if (scale === 1) for (let i = 0; i < target.length; i++) target[i] += src[map[i]];
  else for (let i = 0; i < target.length; i++) target[i] += scale * src[map[i]];
}

/** target[i] *= src[map[i]]. */
export function multiplyByMap(target: Float64Array, src: Float64Array, map: Int32Array): void {
  for (let i = 0; i < target.length; i++) target[i] *= src[map[i]];
}

// ---- Factor-level helpers (allocate their maps; for occasional use, not inner loops) ----

export function factor(
  domainSizes: readonly number[],
  attrs: readonly number[],
  values?: Float64Array,
): Factor {
  const a = sortedUnique(attrs);
  if (a.length !== attrs.length || a.some((x, i) => x !== attrs[i]))
    throw new RangeError('factor attributes must be sorted and distinct');
  const sizes = sizesOf(domainSizes, a);
  const n = product(sizes);
  if (values && values.length !== n) throw new RangeError(`factor needs ${n} values, got ${values.length}`);
  return { attrs: a, sizes, values: values ?? new Float64Array(n) };
}

function unionSizes(f: Factor, g: Factor): { attrs: number[]; sizes: number[] } {
  const attrs = sortedUnique([...f.attrs, ...g.attrs]);
  const sizes = attrs.map((a) => {
    const i = f.attrs.indexOf(a);
    return i >= 0 ? f.sizes[i] : g.sizes[g.attrs.indexOf(a)];
  });
  return { attrs, sizes };
}

/** Broadcast f to a superset of its attributes (sizes given for the superset). */
export function expand(f: Factor, attrs: readonly number[], sizes: readonly number[]): Factor {
  const map = indexMap(attrs, sizes, f.attrs);
  const values = new Float64Array(map.length);
  for (let i = 0; i < values.length; i++) values[i] = f.values[map[i]];
  return { attrs: [...attrs], sizes: [...sizes], values };
}

/** Linear product f·g over the union of attributes. */
export function multiply(f: Factor, g: Factor): Factor {
  const { attrs, sizes } = unionSizes(f, g);
  const out = expand(f, attrs, sizes);
  multiplyByMap(out.values, g.values, indexMap(attrs, sizes, g.attrs));
  return out;
}

/** Log-space product (sum of log potentials) over the union of attributes. */
export function addLog(f: Factor, g: Factor): Factor {
  const { attrs, sizes } = unionSizes(f, g);
  const out = expand(f, attrs, sizes);
  addByMap(out.values, g.values, indexMap(attrs, sizes, g.attrs));
  return out;
}

/** Linear marginal onto `keep` (a subset of f's attributes). */
export function marginalise(f: Factor, keep: readonly number[]): Factor {
  const k = sortedUnique(keep);
  const sizes = k.map((a) => f.sizes[f.attrs.indexOf(a)]);
  return { attrs: k, sizes, values: sumByMap(f.values, indexMap(f.attrs, f.sizes, k), product(sizes)) };
}

/** Log-space marginal onto `keep`. */
export function logMarginalise(f: Factor, keep: readonly number[]): Factor {
  const k = sortedUnique(keep);
  const sizes = k.map((a) => f.sizes[f.attrs.indexOf(a)]);
  return { attrs: k, sizes, values: logSumExpByMap(f.values, indexMap(f.attrs, f.sizes, k), product(sizes)) };
}

/** Log-space normalisation: values − logΣexp(values), so exp(values) sums to 1. */
export function normaliseLog(f: Factor): Factor {
  const z = logSumExp(f.values);
  const values = new Float64Array(f.values.length);
  for (let i = 0; i < values.length; i++) values[i] = f.values[i] - z;
  return { attrs: f.attrs, sizes: f.sizes, values };
}

/** exp of a log factor. */
export function expFactor(f: Factor): Factor {
  const values = new Float64Array(f.values.length);
  for (let i = 0; i < values.length; i++) values[i] = Math.exp(f.values[i]);
  return { attrs: f.attrs, sizes: f.sizes, values };
}

/**
 * Two-way marginals of a factor (linear values) for every pair of its attributes — or, with `only`,
 * every pair that includes that attribute — in one pass over its cells (no index maps).
 * Returns [a, b, values] with a < b, values row-major over (a, b).
 */
export function pairMarginals(f: Factor, only?: number): [number, number, Float64Array][] {
  const k = f.attrs.length;
  const pairs: [number, number][] = [];
  for (let i = 0; i < k; i++)
    for (let j = i + 1; j < k; j++)
      if (only === undefined || f.attrs[i] === only || f.attrs[j] === only) pairs.push([i, j]);
  const outs = pairs.map(([i, j]) => new Float64Array(f.sizes[i] * f.sizes[j]));
  if (pairs.length === 0) return [];
  const np = pairs.length;
  const pi = Int32Array.from(pairs, (p) => p[0]);
  const pj = Int32Array.from(pairs, (p) => p[1]);
  const sj = Int32Array.from(pairs, (p) => f.sizes[p[1]]);
  const digits = new Int32Array(k);
  const v = f.values;
  const last = k - 1;
  for (let cell = 0; cell < v.length; cell++) {
    const x = v[cell];
    if (x !== 0) for (let p = 0; p < np; p++) outs[p][digits[pi[p]] * sj[p] + digits[pj[p]]] += x;
    for (let q = last; q >= 0; q--) {
      if (++digits[q] < f.sizes[q]) break;
      digits[q] = 0;
    }
  }
  return pairs.map(([i, j], p) => [f.attrs[i], f.attrs[j], outs[p]]);
}
