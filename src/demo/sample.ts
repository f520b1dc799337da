// Small sampling helpers for the demo generator (all draws come from a seeded Rng).
import type { Rng } from '../random.js';

/** Draws an index with probability proportional to its weight, by binary search on cumulative weights. */
export class Weighted<T> {
  private readonly cum: Float64Array;
  private readonly total: number;
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
  }
  index(rng: Rng): number {
    return this.indexOf(rng.next());
  }
  /** The index for a uniform number u in [0, 1). */
  indexOf(unit: number): number {
    const u = unit * this.total;
    let lo = 0;
    let hi = this.cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cum[mid] > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
  pick(rng: Rng): T {
    return this.items[this.index(rng)];
  }
}

/** Index drawn from a small table of probabilities (need not sum to 1). */
export function choose(rng: Rng, probs: readonly number[]): number {
  let total = 0;
  for (const p of probs) total += p;
  let u = rng.next() * total;
  for (let i = 0; i < probs.length; i++) {
    u -= probs[i];
    if (u < 0) return i;
  }
  return probs.length - 1;
}

/**
 * A fixed table of probabilities for `choose`, its total summed once (in the same order, so the
 * draws are the same as choose's).
 */
export class Choice {
  private readonly probs: Float64Array;
  private readonly total: number;
  constructor(probs: readonly number[]) {
    this.probs = Float64Array.from(probs);
    let total = 0;
    for (const p of probs) total += p;
    this.total = total;
  }
  pick(rng: Rng): number {
    const probs = this.probs;
    let u = rng.next() * this.total;
    for (let i = 0; i < probs.length; i++) {
      u -= probs[i];
      if (u < 0) return i;
    }
    return probs.length - 1;
  }
}

export function bernoulli(rng: Rng, p: number): boolean {
  return rng.next() < p;
}

/** Log-normal with the given median and log-scale standard deviation. */
export function lognormal(rng: Rng, median: number, sigma: number): number {
  return median * Math.exp(sigma * rng.normal());
}

/** Normal clipped to [lo, hi]. */
export function clippedNormal(rng: Rng, mean: number, sd: number, lo: number, hi: number): number {
  const x = mean + sd * rng.normal();
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
      x = rng.normal();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.next();
    if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v)))
      return d * v * theta;
  }
}

export const cents = (x: number): number => Math.round(x * 100) / 100;
