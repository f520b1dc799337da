// Estimation of the graphical model from noisy marginals (Private-PGM, McKenna et al. 2019):
//
//   minimise  L(μ) = Σ_r ||μ_r − y_r||² / (2σ_r²)   over the marginals μ of a distribution (times N̂)
//
// by entropic mirror descent on the marginal polytope: θ ← θ − α ∇_μ L(μ(θ)), where μ(θ) is computed
// by belief propagation. The step size α is found by backtracking (Armijo condition, as in the authors'
// implementation): doubled at each iteration, halved until the loss decreases enough. Optimising over
// the polytope keeps the answer a consistent distribution however noisy the measurements are.
//
// The number of records N̂ is estimated from the measurements: each noisy total Σ y_r has variance
// σ_r²·|r| (cells), and N̂ is their inverse-variance weighted average.
import type { Progress } from '../progress.js';
import { indexMap, isIdentity, isSubset, sizesOf } from './factor.js';
import type { GraphicalModel } from './graphical-model.js';
import type { NoisyMarginal } from './marginals.js';

export interface EstimationOptions {
  /** Maximum number of mirror-descent iterations. */
  iterations: number;
  /** Stop when the relative decrease of the loss stays below this for 5 iterations (default 1e-7). */
  tolerance?: number;
  /** Initial step size (default: the smallest σ² over N̂, about 1 over the loss's curvature). */
  stepSize?: number;
  progress?: Progress;
  progressLabel?: string;
}

export interface EstimationResult {
  loss: number;
  iterations: number;
  /** Step size reached, to warm-start the next estimation. */
  stepSize: number;
}

/** Inverse-variance weighted average of the noisy totals (at least 1). */
export function estimateTotal(measurements: readonly NoisyMarginal[]): number {
  let num = 0;
  let den = 0;
  for (const m of measurements) {
    let s = 0;
    for (let i = 0; i < m.values.length; i++) s += m.values[i];
    const variance = m.sigma * m.sigma * m.values.length;
    num += s / variance;
    den += 1 / variance;
  }
  return den > 0 ? Math.max(1, num / den) : 1;
}

interface Assigned {
  m: NoisyMarginal;
  q: number;
  /** Model clique cells → measurement cells; null when they are the same set. */
  map: Int32Array | null;
  weight: number;
}

function assign(model: GraphicalModel, measurements: readonly NoisyMarginal[]): Assigned[] {
  return measurements.map((m) => {
    let q = -1;
    for (let i = 0; i < model.modelCliques.length; i++)
      if (
        isSubset(m.attrs, model.modelCliques[i]) &&
        (q < 0 || model.theta[i].length < model.theta[q].length)
      )
        q = i;
    if (q < 0) throw new Error(`internal: measurement {${m.attrs}} is in no model clique`);
    const attrs = model.modelCliques[q];
    const map = indexMap(attrs, sizesOf(model.sizes, attrs), m.attrs);
    return { m, q, map: isIdentity(map, m.values.length) ? null : map, weight: 1 / (m.sigma * m.sigma) };
  });
}

/** Marginals of the model cliques, the loss and its gradient with respect to them. */
function lossAndGradient(
  model: GraphicalModel,
  assigned: readonly Assigned[],
): { mu: Float64Array[]; loss: number; grad: Float64Array[] } {
  model.calibrate();
  const probs = model.allCliqueProbabilities();
  const mu = model.modelCliques.map((_, q) => model.modelCliqueMarginal(q, probs));
  const grad = model.theta.map((t) => new Float64Array(t.length));
  let loss = 0;
  for (const { m, q, map, weight } of assigned) {
    const muq = mu[q];
    const g = grad[q];
    const y = m.values;
    if (map === null) {
      for (let j = 0; j < y.length; j++) {
        const diff = muq[j] - y[j];
        loss += 0.5 * weight * diff * diff;
        g[j] += weight * diff;
      }
      continue;
    }
    const r = new Float64Array(y.length);
    for (let i = 0; i < muq.length; i++) r[map[i]] += muq[i];
    for (let j = 0; j < r.length; j++) {
      const diff = r[j] - y[j];
      loss += 0.5 * weight * diff * diff;
      r[j] = weight * diff;
    }
    for (let i = 0; i < g.length; i++) g[i] += r[map[i]];
  }
  return { mu, loss, grad };
}

/** Fit the model's potentials to the measurements (in place), starting from its current potentials. */
export function estimate(
  model: GraphicalModel,
  measurements: readonly NoisyMarginal[],
  options: EstimationOptions,
): EstimationResult {
  const assigned = assign(model, measurements);
  const tolerance = options.tolerance ?? 1e-7;
  let minVar = Infinity;
  for (const m of measurements) minVar = Math.min(minVar, m.sigma * m.sigma);
  let alpha = options.stepSize ?? (Number.isFinite(minVar) ? minVar / model.total : 1 / model.total);
  let current = lossAndGradient(model, assigned);
  if (measurements.length === 0) return { loss: 0, iterations: 0, stepSize: alpha };
  const omega = model.theta.map((t) => new Float64Array(t.length));
  let quiet = 0;
  let easy = 4;
  let t = 0;
  for (t = 0; t < options.iterations; t++) {
    for (let q = 0; q < omega.length; q++) omega[q].set(model.theta[q]);
    // Grow the step only after a run of steps accepted at once: each refused try costs one more
    // belief propagation (the authors double at every iteration, which refuses about every other try).
    if (easy >= 4) {
      alpha *= 2;
      easy = 0;
    }
    let next = current;
    let accepted = false;
    for (let tries = 0; tries < 30; tries++) {
      for (let q = 0; q < omega.length; q++) {
        const th = model.theta[q];
        const om = omega[q];
        const g = current.grad[q];
        for (let i = 0; i < th.length; i++) th[i] = om[i] - alpha * g[i];
      }
      model.invalidate();
      next = lossAndGradient(model, assigned);
      // Armijo: L(ν) − L(μ) ≥ ½ α ⟨∇L(ν), ν − μ⟩ (ν the current marginals, μ the proposed ones).
      let dot = 0;
      for (let q = 0; q < omega.length; q++) {
        const g = current.grad[q];
        const a = current.mu[q];
        const b = next.mu[q];
        for (let i = 0; i < g.length; i++) dot += g[i] * (a[i] - b[i]);
      }
      if (current.loss - next.loss >= 0.5 * alpha * dot) {
        accepted = true;
        if (tries === 0) easy++;
        else easy = 0;
        break;
      }
      alpha *= 0.5;
    }
    if (!accepted) {
      // No step improves: restore and stop (at a stationary point up to rounding).
      for (let q = 0; q < omega.length; q++) model.theta[q].set(omega[q]);
      model.invalidate();
      model.calibrate();
      break;
    }
    const decrease = current.loss - next.loss;
    current = next;
    options.progress?.(t + 1, options.iterations, options.progressLabel);
    if (decrease <= tolerance * Math.max(current.loss, 1e-300)) {
      if (++quiet >= 5) {
        t++;
        break;
      }
    } else quiet = 0;
  }
  return { loss: current.loss, iterations: t, stepSize: alpha };
}
