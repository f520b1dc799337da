// Noise mechanisms. Counts get integer noise from the discrete Gaussian (Canonne, Kamath & Steinke 2020,
// "The Discrete Gaussian for Differential Privacy"): the continuous Gaussian in floating point leaks
// through the low bits of its output (Mironov 2012 showed this for the Laplace mechanism), whereas
// integer noise on integer counts has no such gap. The sampler follows their Algorithms 1–3: Bernoulli
// trials of exp(−γ) by the von Neumann series, discrete Laplace by geometric rejection, and the
// discrete Gaussian by rejection from the discrete Laplace. The Bernoulli trials take one float each
// (uniform with 53 bits) instead of exact rationals; the only error is the rounding of each acceptance
// probability to a double (relative 2⁻⁵³).
//
// Privacy: the discrete Gaussian N_Z(0, σ²) added to an integer query of L2 sensitivity Δ satisfies
// Δ²/(2σ²)-zCDP, exactly as the continuous one (CKS 2020, Theorem 4).
import type { Rng } from '../random.js';

/** Bernoulli(p) for p ∈ [0, 1]. */
function bernoulli(rng: Rng, p: number): boolean {
  return rng.next() < p;
}

/** Bernoulli(exp(−γ)) for γ ≥ 0 (CKS Algorithm 1). */
export function bernoulliExp(rng: Rng, gamma: number): boolean {
  if (!(gamma >= 0)) throw new RangeError(`bernoulliExp needs γ ≥ 0, got ${gamma}`);
  // exp(−γ) = exp(−1)^⌊γ⌋ · exp(−(γ − ⌊γ⌋)): one trial of exp(−1) per unit, stop at the first failure.
  while (gamma > 1) {
    if (!bernoulliExpUnit(rng, 1)) return false;
    gamma -= 1;
  }
  return bernoulliExpUnit(rng, gamma);
}

/** Bernoulli(exp(−γ)) for γ ∈ [0, 1]: K ← 1; while Bernoulli(γ/K) K++; return K odd. */
function bernoulliExpUnit(rng: Rng, gamma: number): boolean {
  let k = 1;
  while (bernoulli(rng, gamma / k)) k++;
  return (k & 1) === 1;
}

/** Discrete Laplace with scale t (a positive integer): P(x) ∝ exp(−|x|/t) (CKS Algorithm 2). */
export function sampleDiscreteLaplace(rng: Rng, t: number): number {
  if (!(t >= 1) || !Number.isInteger(t))
    throw new RangeError(`discrete Laplace scale must be an integer ≥ 1, got ${t}`);
  for (;;) {
    const u = rng.int(t);
    if (!bernoulliExp(rng, u / t)) continue;
    let v = 0;
    while (bernoulliExp(rng, 1)) v++;
    const x = u + t * v;
    const negative = bernoulli(rng, 0.5);
    if (negative && x === 0) continue;
    return negative ? -x : x;
  }
}

/** Discrete Gaussian N_Z(0, σ²): P(x) ∝ exp(−x²/(2σ²)) over the integers (CKS Algorithm 3). */
export function sampleDiscreteGaussian(rng: Rng, sigma: number): number {
  if (!(sigma > 0) || !Number.isFinite(sigma))
    throw new RangeError(`sigma must be a positive number, got ${sigma}`);
  const t = Math.floor(sigma) + 1;
  const s2 = sigma * sigma;
  for (;;) {
    const y = sampleDiscreteLaplace(rng, t);
    const d = Math.abs(y) - s2 / t;
    if (bernoulliExp(rng, (d * d) / (2 * s2))) return y;
  }
}

/** Integer counts plus independent discrete Gaussian noise of scale σ in each cell. */
export function addDiscreteGaussianNoise(counts: Float64Array, sigma: number, rng: Rng): Float64Array {
  const out = new Float64Array(counts.length);
  for (let i = 0; i < counts.length; i++) out[i] = counts[i] + sampleDiscreteGaussian(rng, sigma);
  return out;
}

/**
 * Exponential mechanism (McSherry & Talwar 2007): pick index i with probability ∝ exp(ε·q_i / (2Δ)),
 * where Δ bounds how much one record changes any score. Sampled exactly through the Gumbel-max trick
 * (argmax of ε·q_i/(2Δ) + Gumbel noise has exactly that distribution). It satisfies ε-DP and ε²/8-zCDP
 * (Cesar & Rogers 2021), see accounting.ts.
 */
export function exponentialMechanism(
  scores: ArrayLike<number>,
  epsilon: number,
  sensitivity: number,
  rng: Rng,
): number {
  if (scores.length === 0) throw new RangeError('exponential mechanism over no candidates');
  if (!(epsilon > 0) || !(sensitivity > 0))
    throw new RangeError('exponential mechanism needs ε > 0 and Δ > 0');
  const scale = epsilon / (2 * sensitivity);
  let best = -1;
  let bestValue = -Infinity;
  for (let i = 0; i < scores.length; i++) {
    // u ∈ (0, 1): next() is in [0, 1), shift away from 0.
    const u = (rng.next() * 9007199254740991 + 1) / 9007199254740992;
    const g = -Math.log(-Math.log(u));
    const v = scale * scores[i] + g;
    if (v > bestValue) {
      bestValue = v;
      best = i;
    }
  }
  return best;
}
