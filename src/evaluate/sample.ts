// Seeded row samples, so that large files stay fast and the same seed gives the same figures.
import { permutation, type Rng } from '../random.js';

/** Up to k distinct row indices of 0..n-1, in increasing order (all rows when n ≤ k). */
export function sampleIndices(n: number, k: number, rng: Rng): Int32Array {
  if (n <= k) return Int32Array.from({ length: n }, (_, i) => i);
  return permutation(rng, n).slice(0, k).sort();
}

/** The indices 0..n-1 split at random into two disjoint sets of sizes k1 and k2 (k1 + k2 ≤ n). */
export function splitIndices(n: number, k1: number, k2: number, rng: Rng): [Int32Array, Int32Array] {
  const p = permutation(rng, n);
  return [p.slice(0, k1).sort(), p.slice(k1, k1 + k2).sort()];
}
