// Small sampling helpers for the demo generator (all draws come from a seeded Rng).
//
// The demo draws tens of random numbers per household, so these use one 32-bit word where 53 bits
// buy nothing (a probability, an index into a short table): Rng.next() costs two words. The normal
// deviate is a ziggurat (one word, a table look-up and a multiply in ~99 % of draws) rather than
// Rng.normal()'s polar method (four words, a log and a square root per pair).
import type { Rng } from '../random.js';

const TWO_POW_M32 = 1 / 4294967296;

/** Uniform in [0, 1) from one 32-bit word. */
export function uniform(rng: Rng): number {
  return rng.uint32() * TWO_POW_M32;
}

/** Uniform in (0, 1): never 0 (for logarithms). */
function openUniform(rng: Rng): number {
  return (rng.uint32() + 0.5) * TWO_POW_M32;
}

/**
 * Uniform integer in [0, n) from one 32-bit word, n small (the bias, at most n / 2^32, is far below
 * anything the demo could show).
 */
export function below(rng: Rng, n: number): number {
  return Math.floor(rng.uint32() * TWO_POW_M32 * n);
}

// Ziggurat of Marsaglia & Tsang (2000) for the standard normal, 128 layers. kn: acceptance bounds
// on |hz| per layer; wn: scale of hz per layer; fn: density at the layer edges.
const ZIG_R = 3.442619855899;
const ZIG_V = 9.91256303526217e-3;
const ZIG_KN = new Int32Array(128);
const ZIG_WN = new Float64Array(128);
const ZIG_FN = new Float64Array(128);
{
  const m1 = 2147483648;
  let dn = ZIG_R;
  let tn = dn;
  const q = ZIG_V / Math.exp(-0.5 * dn * dn);
  ZIG_KN[0] = Math.floor((dn / q) * m1);
  ZIG_KN[1] = 0;
  ZIG_WN[0] = q / m1;
  ZIG_WN[127] = dn / m1;
  ZIG_FN[0] = 1;
  ZIG_FN[127] = Math.exp(-0.5 * dn * dn);
  for (let i = 126; i >= 1; i--) {
    dn = Math.sqrt(-2 * Math.log(ZIG_V / dn + Math.exp(-0.5 * dn * dn)));
    ZIG_KN[i + 1] = Math.floor((dn / tn) * m1);
    tn = dn;
    ZIG_FN[i] = Math.exp(-0.5 * dn * dn);
    ZIG_WN[i] = dn / m1;
  }
}

/** Standard normal deviate (ziggurat). */
export function normal(rng: Rng): number {
  const hz = rng.uint32() | 0;
  const iz = hz & 127;
  if ((hz < 0 ? -hz : hz) < ZIG_KN[iz]) return hz * ZIG_WN[iz];
  return normalSlow(rng, hz, iz);
}

function normalSlow(rng: Rng, hz0: number, iz0: number): number {
  let hz = hz0;
  let iz = iz0;
  for (;;) {
    if (iz === 0) {
      // The tail beyond R (Marsaglia's method).
      let x: number;
      let y: number;
      do {
        x = -Math.log(openUniform(rng)) / ZIG_R;
        y = -Math.log(openUniform(rng));
      } while (y + y < x * x);
      return hz > 0 ? ZIG_R + x : -ZIG_R - x;
    }
    const x = hz * ZIG_WN[iz];
    if (ZIG_FN[iz] + uniform(rng) * (ZIG_FN[iz - 1] - ZIG_FN[iz]) < Math.exp(-0.5 * x * x)) return x;
    hz = rng.uint32() | 0;
    iz = hz & 127;
    if ((hz < 0 ? -hz : hz) < ZIG_KN[iz]) return hz * ZIG_WN[iz];
  }
}

/**
 * Draws an index with probability proportional to its weight: the smallest index whose cumulative
 * weight exceeds u · total. A guide table (the first candidate for each 1/K of [0, 1)) leaves a step
 * or two of scan instead of a binary search over hundreds of names or communes; same answers.
 */
export class Weighted<T> {
  private readonly cum: Float64Array;
  private readonly total: number;
  private readonly guide: Int32Array;
  private readonly slots: number;
  constructor(
    readonly items: readonly T[],
    weight: (item: T) => number,
  ) {
    this.cum = new Float64Array(items.length);
    let s = 0;
    items.forEach((it, i) => {
      s += weight(it);
      this.cum[i] = s;
    });
    this.total = s;
    let k = 1;
    while (k < 4 * items.length) k *= 2;
    this.slots = k;
    this.guide = new Int32Array(k);
    for (let g = 0, i = 0; g < k; g++) {
      // u · total for the smallest u of slot g, rounded as indexOf rounds it.
      const u = (g / k) * s;
      while (i < items.length - 1 && this.cum[i] <= u) i++;
      this.guide[g] = i;
    }
  }
  index(rng: Rng): number {
    return this.indexOf(uniform(rng));
  }
  /** The index for a uniform number u in [0, 1). */
  indexOf(unit: number): number {
    const u = unit * this.total;
    const cum = this.cum;
    const last = cum.length - 1;
    let i = this.guide[Math.floor(unit * this.slots)];
    while (i < last && cum[i] <= u) i++;
    return i;
  }
  pick(rng: Rng): T {
    return this.items[this.index(rng)];
  }
}

/** Index drawn from a small table of probabilities (need not sum to 1). */
export function choose(rng: Rng, probs: readonly number[]): number {
  let total = 0;
  for (const p of probs) total += p;
  let u = uniform(rng) * total;
  for (let i = 0; i < probs.length; i++) {
    u -= probs[i];
    if (u < 0) return i;
  }
  return probs.length - 1;
}

/** A fixed table of probabilities (need not sum to 1), drawn by a scan of its cumulative sums. */
export class Choice {
  /** Cumulative probabilities scaled to the 32-bit word: index i when word < cum[i]. */
  private readonly cum: Float64Array;
  private readonly guide: Uint8Array;
  constructor(probs: readonly number[]) {
    let total = 0;
    for (const p of probs) total += p;
    this.cum = new Float64Array(probs.length);
    let s = 0;
    for (let i = 0; i < probs.length; i++) {
      s += probs[i];
      this.cum[i] = (s / total) * 4294967296;
    }
    // Whatever rounding did, the last index takes the rest.
    this.cum[probs.length - 1] = Number.POSITIVE_INFINITY;
    // The first candidate for each value of the word's top 8 bits: the scan starts there, and is
    // mostly over at once (the same answer as a scan from 0).
    this.guide = new Uint8Array(256);
    for (let g = 0, i = 0; g < 256; g++) {
      while (g * 16777216 >= this.cum[i]) i++;
      this.guide[g] = i;
    }
  }
  pick(rng: Rng): number {
    const cum = this.cum;
    const u = rng.uint32();
    let i = this.guide[u >>> 24];
    while (u >= cum[i]) i++;
    return i;
  }
}

export function bernoulli(rng: Rng, p: number): boolean {
  return rng.uint32() * TWO_POW_M32 < p;
}

/**
 * e^t: a degree-8 Taylor polynomial for |t| < 0.75 (relative error below 5e-7, far under a cent of
 * any amount drawn with it), Math.exp beyond. The demo's log-normal spreads are mostly this small,
 * and the polynomial is several times cheaper than the library call.
 */
export function expSmall(t: number): number {
  if (t > 0.75 || t < -0.75) return Math.exp(t);
  // Grouped in powers of t² (Estrin): fewer dependent steps than Horner's rule.
  const t2 = t * t;
  return (
    1 + t + t2 * (1 / 2 + t / 6 + t2 * (1 / 24 + t / 120 + t2 * (1 / 720 + t / 5040 + t2 * (1 / 40320))))
  );
}

/** Log-normal with the given median and log-scale standard deviation. */
export function lognormal(rng: Rng, median: number, sigma: number): number {
  return median * expSmall(sigma * normal(rng));
}

/** e^(sigma · z), z standard normal: a multiplicative noise of median 1. */
export function noise(rng: Rng, sigma: number): number {
  return expSmall(sigma * normal(rng));
}

/** Normal clipped to [lo, hi]. */
export function clippedNormal(rng: Rng, mean: number, sd: number, lo: number, hi: number): number {
  const x = mean + sd * normal(rng);
  return Math.max(lo, Math.min(x, hi));
}

/** Gamma(shape k ≥ 1, scale θ) by Marsaglia–Tsang. */
export function gamma(rng: Rng, k: number, theta: number): number {
  const d = k - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = openUniform(rng);
    if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v)))
      return d * v * theta;
  }
}

export const cents = (x: number): number => Math.round(x * 100) / 100;
