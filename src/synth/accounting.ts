// Privacy accounting in zero-concentrated differential privacy (zCDP, Bun & Steinke 2016).
//
// Every noisy measurement of the engine spends part of one budget ρ. zCDP composes by addition, so the
// ledger simply sums the ρ of each step. The user states (ε, δ); we convert with the tight bound of
// Canonne, Kamath & Steinke 2020, "The Discrete Gaussian for Differential Privacy", Proposition 10 /
// Corollary 13: ρ-zCDP implies (ε, δ)-DP for
//
//   δ(ρ, ε) = inf_{α>1}  exp((α−1)(αρ − ε)) / (α−1) · (1 − 1/α)^α
//
// (the same formula as the cdp_delta / cdp_eps / cdp_rho helpers the MST and AIM authors ship).
// The infimum is found by bisection on the derivative of the log of the bound in α; ε(ρ, δ) and ρ(ε, δ)
// are then found by bisection, each keeping the side that is guaranteed private (smaller ρ, larger ε).

/** log δ(ρ, ε) at a given α > 1 (any α gives a valid upper bound on δ). */
function logDeltaAt(rho: number, epsilon: number, alpha: number): number {
  return (alpha - 1) * (alpha * rho - epsilon) + alpha * Math.log1p(-1 / alpha) - Math.log(alpha - 1);
}

/** Smallest δ such that ρ-zCDP implies (ε, δ)-DP (CKS 2020, Prop. 10 / Cor. 13). */
export function deltaFromRhoEpsilon(rho: number, epsilon: number): number {
  if (!(rho >= 0) || !(epsilon >= 0)) throw new RangeError('rho and epsilon must be ≥ 0');
  if (rho === 0) return 0;
  // d/dα of the log bound, without the −log(α−1) term's contribution folded (as in the authors' code):
  // (2α − 1)ρ − ε + log(1 − 1/α). It is increasing in α; its root minimises the bound (up to the small
  // 1/(α−1) factor, which only makes the result conservative if slightly off).
  let lo = 1.01;
  let hi = (epsilon + 1) / (2 * rho) + 2;
  for (let i = 0; i < 200; i++) {
    const alpha = (lo + hi) / 2;
    const derivative = (2 * alpha - 1) * rho - epsilon + Math.log1p(-1 / alpha);
    if (derivative < 0) lo = alpha;
    else hi = alpha;
  }
  const alpha = (lo + hi) / 2;
  // Also try the exact minimiser of the full expression on a small bracket: take the best valid bound.
  let best = logDeltaAt(rho, epsilon, alpha);
  const refined = minimiseLogDelta(rho, epsilon, Math.max(1.0001, alpha / 4), alpha * 4 + 2);
  if (refined < best) best = refined;
  return Math.min(1, Math.exp(best));
}

/** Golden-section search of the (unimodal in practice) log bound over [a, b]; any α is a valid bound. */
function minimiseLogDelta(rho: number, epsilon: number, a: number, b: number): number {
  const g = (Math.sqrt(5) - 1) / 2;
  let x1 = b - g * (b - a);
  let x2 = a + g * (b - a);
  let f1 = logDeltaAt(rho, epsilon, x1);
  let f2 = logDeltaAt(rho, epsilon, x2);
  for (let i = 0; i < 200; i++) {
    if (f1 < f2) {
      b = x2;
      x2 = x1;
      f2 = f1;
      x1 = b - g * (b - a);
      f1 = logDeltaAt(rho, epsilon, x1);
    } else {
      a = x1;
      x1 = x2;
      f1 = f2;
      x2 = a + g * (b - a);
      f2 = logDeltaAt(rho, epsilon, x2);
    }
  }
  return Math.min(f1, f2);
}

/** Smallest ε such that ρ-zCDP implies (ε, δ)-DP. */
export function epsilonFromRho(rho: number, delta: number): number {
  if (!(rho >= 0)) throw new RangeError('rho must be ≥ 0');
  if (!(delta > 0)) throw new RangeError('delta must be > 0');
  if (delta >= 1 || rho === 0) return 0;
  // Invariant: δ(ρ, lo) > δ and δ(ρ, hi) ≤ δ. The upper start is the classic ρ + 2√(ρ log(1/δ)).
  let lo = 0;
  let hi = rho + 2 * Math.sqrt(rho * Math.log(1 / delta));
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (deltaFromRhoEpsilon(rho, mid) <= delta) hi = mid;
    else lo = mid;
    if (hi - lo <= 1e-15 * hi) break;
  }
  return hi;
}

/** Largest ρ such that ρ-zCDP implies (ε, δ)-DP ("smallest" guarantee needed: the budget to spend). */
export function rhoFromEpsilonDelta(epsilon: number, delta: number): number {
  if (!(epsilon > 0) || !Number.isFinite(epsilon)) throw new RangeError('epsilon must be a positive number');
  if (!(delta > 0) || !(delta < 1)) throw new RangeError('delta must be in (0, 1)');
  // Invariant: δ(lo, ε) ≤ δ and δ(hi, ε) > δ.
  let lo = 0;
  let hi = epsilon + 1;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (deltaFromRhoEpsilon(mid, epsilon) <= delta) lo = mid;
    else hi = mid;
    if (hi - lo <= 1e-15 * hi) break;
  }
  return lo;
}

/** Noise scale of the Gaussian mechanism with ρ-zCDP: σ = Δ₂ / √(2ρ) (Bun & Steinke 2016, Prop. 1.6). */
export function gaussianSigma(rho: number, l2Sensitivity = 1): number {
  if (!(rho > 0)) throw new RangeError('rho must be > 0');
  return l2Sensitivity / Math.sqrt(2 * rho);
}

/** ρ spent by a Gaussian mechanism of scale σ: ρ = Δ₂² / (2σ²). */
export function rhoOfGaussian(sigma: number, l2Sensitivity = 1): number {
  return (l2Sensitivity * l2Sensitivity) / (2 * sigma * sigma);
}

/**
 * ε of an exponential mechanism spending ρ: the exponential mechanism with parameter ε (probabilities
 * ∝ exp(ε·score / (2Δ))) is ε²/8-zCDP (Cesar & Rogers 2021, "Bounding, Concentrating, and Truncating:
 * Unifying Privacy Loss Composition for Data Analytics"), so ε = √(8ρ).
 */
export function exponentialEpsilon(rho: number): number {
  return Math.sqrt(8 * rho);
}

export interface Measurement {
  label: string;
  mechanism: 'gaussian' | 'discrete-gaussian' | 'exponential';
  rho: number;
  sigma?: number;
}

/** The ledger of one run: refuses any spend beyond the total budget. */
export class Accountant {
  readonly totalRho: number;
  private readonly entries: Measurement[] = [];
  private sum = 0;
  constructor(totalRho: number) {
    if (!(totalRho >= 0) || !Number.isFinite(totalRho))
      throw new RangeError('totalRho must be a finite number ≥ 0');
    this.totalRho = totalRho;
  }
  spend(m: Measurement): void {
    if (!(m.rho >= 0) || !Number.isFinite(m.rho))
      throw new RangeError(`invalid rho for '${m.label}': ${m.rho}`);
    const after = this.sum + m.rho;
    if (after > this.totalRho * (1 + 1e-12)) {
      throw new RangeError(
        `privacy budget exceeded by '${m.label}': spent ${this.sum} + ${m.rho} > total ${this.totalRho}`,
      );
    }
    this.sum = after;
    this.entries.push({ ...m });
  }
  get spent(): number {
    return this.sum;
  }
  get remaining(): number {
    return Math.max(0, this.totalRho - this.sum);
  }
  get ledger(): readonly Measurement[] {
    return this.entries;
  }
}
