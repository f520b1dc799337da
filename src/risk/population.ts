// How many records are unique in the whole population, estimated from the sample's class sizes.
//
// - Zayatz (1991), "Estimation of the number of unique population elements using a sample": the share
//   of sample uniques that are population uniques is
//     P(pop. unique | sample unique) = (c₁/u)·h(1; N, 1, n) / Σⱼ (cⱼ/u)·h(1; N, j, n)
//   with cⱼ the number of sample classes of size j, u the number of classes, and h(1; N, K, n) the
//   hypergeometric probability that exactly one of K population members falls in a sample of n out of N
//   (population class sizes taken as distributed like the sample's, as ARX does).
// - Pitman's sampling formula (Hoshino 2001, "Applying Pitman's sampling formula to microdata disclosure
//   risk assessment", J. Official Statistics 17(4)): (θ, α) by maximum likelihood from the class-size
//   frequencies, then population uniques ≈ Γ(θ+1)/Γ(θ+α) · N^α.
// - The choice between them follows Dankar et al. (2012), "Estimating the re-identification risk of
//   clinical data sets", BMC Med Inform Decis Mak 12:66, as ARX applies it without the SNB model:
//   no sample uniques → 0; no classes of size 2 → Zayatz; sampling fraction ≤ 0.1 → Pitman (Zayatz
//   if Pitman fails); otherwise Zayatz (Pitman if Zayatz fails). With a sampling fraction of 1 the file
//   is the population and the sample uniques are the population uniques.
import { digamma, hypergeometricOne, logGamma, trigamma } from './special.js';

export type UniquenessModel = 'census' | 'zayatz' | 'pitman' | 'none';

export interface PopulationUniqueness {
  model: UniquenessModel;
  samplingFraction: number;
  /** Estimated population size N = n / π. */
  populationSize: number;
  sampleUniques: number;
  /** Estimated number of population uniques (on the QIs). */
  populationUniques: number;
  /** populationUniques / N: the share of the population that is unique, = expected share of file records unique in the population. */
  share: number;
  /** Pitman's parameters when it was used. */
  pitman?: { theta: number; alpha: number };
}

/** [size, number of classes] pairs. */
export type SizeHistogram = readonly (readonly [number, number])[];

export function zayatzUniques(hist: SizeHistogram, n: number, N: number): number {
  let classes = 0;
  let c1 = 0;
  for (const [size, count] of hist) {
    classes += count;
    if (size === 1) c1 = count;
  }
  if (c1 === 0) return 0;
  let denom = 0;
  for (const [size, count] of hist) denom += (count / classes) * hypergeometricOne(N, size, n);
  const cond = ((c1 / classes) * hypergeometricOne(N, 1, n)) / denom;
  if (!Number.isFinite(cond)) return Number.NaN;
  return (c1 * cond * N) / n;
}

/** Pitman MLE of (θ, α) by damped Newton–Raphson; undefined when it does not converge. */
export function pitmanParameters(
  hist: SizeHistogram,
  n: number,
): { theta: number; alpha: number } | undefined {
  let u = 0;
  let c1 = 0;
  let c2 = 0;
  for (const [size, count] of hist) {
    u += count;
    if (size === 1) c1 = count;
    if (size === 2) c2 = count;
  }
  if (u < 2 || c1 === 0) return undefined;
  // Hoshino's moment-based starting point (as in ARX).
  const c = (c1 * (c1 - 1)) / (c2 || 1);
  let t = (n * u * c - c1 * (n - 1) * (2 * u + c)) / (2 * c1 * u + c1 * c - n * c);
  let a = (t * (c1 - n) + (n - 1) * c1) / (n * u);
  if (!(a > 0 && a < 1)) a = 0.5;
  if (!(t > -a)) t = 1;
  const grad = (theta: number, alpha: number) => {
    const x = theta / alpha;
    const s1 = (digamma(x + u) - digamma(x + 1)) / alpha; // Σ_{i<u} 1/(θ+iα)
    const s2 = (trigamma(x + 1) - trigamma(x + u)) / (alpha * alpha); // Σ 1/(θ+iα)²
    const t1 = (u - 1 - theta * s1) / alpha; // Σ i/(θ+iα)
    const t2 = (s1 - theta * s2) / alpha; // Σ i/(θ+iα)²
    const q2 = (u - 1 - 2 * theta * s1 + theta * theta * s2) / (alpha * alpha); // Σ i²/(θ+iα)²
    const r1 = digamma(theta + n) - digamma(theta + 1);
    const r2 = trigamma(theta + 1) - trigamma(theta + n);
    let h1 = 0;
    let h2 = 0;
    const d0 = digamma(1 - alpha);
    const e0 = trigamma(1 - alpha);
    for (const [size, count] of hist) {
      if (size < 2) continue;
      h1 += count * (digamma(size - alpha) - d0);
      h2 += count * (e0 - trigamma(size - alpha));
    }
    return {
      g1: s1 - r1,
      g2: t1 - h1,
      h11: -s2 + r2,
      h12: -t2,
      h22: -q2 - h2,
    };
  };
  // Log-likelihood of the class sizes (up to a constant), to make every step an ascent: Newton's
  // iteration alone can run off to θ → ∞, where the score underflows to 0 and looks like convergence.
  const logLik = (theta: number, alpha: number) => {
    const x = theta / alpha;
    let l = (u - 1) * Math.log(alpha) + logGamma(x + u) - logGamma(x + 1);
    l -= logGamma(theta + n) - logGamma(theta + 1);
    const g0 = logGamma(1 - alpha);
    for (const [size, count] of hist) if (size >= 2) l += count * (logGamma(size - alpha) - g0);
    return l;
  };
  let l = logLik(t, a);
  for (let iter = 0; iter < 500; iter++) {
    const { g1, g2, h11, h12, h22 } = grad(t, a);
    if (!Number.isFinite(g1) || !Number.isFinite(g2) || !Number.isFinite(l)) return undefined;
    const det = h11 * h22 - h12 * h12;
    // The Newton step where the Hessian is negative definite; elsewhere a step along the gradient
    // scaled by the Hessian's diagonal (still an ascent direction).
    let dt: number;
    let da: number;
    if (h11 < 0 && det > 0) {
      dt = (h12 * g2 - h22 * g1) / det;
      da = (h12 * g1 - h11 * g2) / det;
    } else {
      dt = g1 / (Math.abs(h11) || 1);
      da = g2 / (Math.abs(h22) || 1);
    }
    // Halved until it stays in the domain α ∈ (0, 1), θ > −α, and does not lower the likelihood.
    let step = 1;
    let nt = t;
    let na = a;
    let nl = l;
    for (; step > 1e-10; step /= 2) {
      nt = t + step * dt;
      na = a + step * da;
      if (!(na > 0 && na < 1 && nt > -na)) continue;
      nl = logLik(nt, na);
      if (nl >= l - 1e-12 * Math.abs(l)) break;
    }
    if (step <= 1e-10) break;
    const moved = Math.abs(nt - t) <= 1e-10 * (1 + Math.abs(t)) && Math.abs(na - a) <= 1e-12;
    t = nt;
    a = na;
    l = nl;
    if (moved) break;
  }
  // A maximum: a zero score (relative to the size of its terms) and a negative definite Hessian.
  const { g1, g2, h11, h12, h22 } = grad(t, a);
  const scale = u / Math.max(1, Math.abs(t));
  const stationary = Math.abs(g1) <= 1e-6 * (1 + scale) && Math.abs(g2) <= 1e-6 * (1 + u);
  if (!stationary || !(h11 < 0 && h11 * h22 - h12 * h12 > 0)) return undefined;
  return { theta: t, alpha: a };
}

export function pitmanUniques(
  hist: SizeHistogram,
  n: number,
  N: number,
): { uniques: number; theta: number; alpha: number } | undefined {
  const p = pitmanParameters(hist, n);
  if (!p) return undefined;
  const uniques = Math.exp(logGamma(p.theta + 1) - logGamma(p.theta + p.alpha) + p.alpha * Math.log(N));
  if (!(uniques >= 0 && uniques <= N)) return undefined;
  return { uniques, ...p };
}

export function populationUniqueness(
  hist: SizeHistogram,
  n: number,
  samplingFraction: number,
): PopulationUniqueness {
  const N = n / samplingFraction;
  const sampleUniques = hist.find(([s]) => s === 1)?.[1] ?? 0;
  const base = { samplingFraction, populationSize: N, sampleUniques };
  if (samplingFraction >= 1)
    return { ...base, model: 'census', populationUniques: sampleUniques, share: n ? sampleUniques / n : 0 };
  if (sampleUniques === 0) return { ...base, model: 'none', populationUniques: 0, share: 0 };
  const hasPairs = hist.some(([s]) => s === 2);
  const zayatz = () => {
    const z = zayatzUniques(hist, n, N);
    return Number.isFinite(z)
      ? ({ ...base, model: 'zayatz', populationUniques: z, share: z / N } as const)
      : undefined;
  };
  const pitman = () => {
    const p = hasPairs ? pitmanUniques(hist, n, N) : undefined;
    return p
      ? ({
          ...base,
          model: 'pitman',
          populationUniques: p.uniques,
          share: p.uniques / N,
          pitman: { theta: p.theta, alpha: p.alpha },
        } as const)
      : undefined;
  };
  const chosen = !hasPairs
    ? zayatz()
    : samplingFraction <= 0.1
      ? (pitman() ?? zayatz())
      : (zayatz() ?? pitman());
  return chosen ?? { ...base, model: 'none', populationUniques: Number.NaN, share: Number.NaN };
}
