// AIM (McKenna, Mullins, Sheldon & Miklau 2022, "AIM: An Adaptive and Iterative Mechanism for
// Differentially Private Synthetic Data"). With a total budget ρ (zCDP) and a workload W of attribute
// sets (default: every pair):
//   - candidates: every non-empty subset r of a workload set, weight w_r = Σ_{s∈W} |r ∩ s|;
//   - T = 16·d rounds planned: per round ρ_meas = 0.9ρ/T for a measurement (σ = 1/√(2ρ_meas)) and
//     ρ_sel = 0.1ρ/T for a selection (exponential mechanism ε = √(8ρ_sel));
//   - start: every one-way marginal measured with that σ;
//   - each round: keep candidates whose model stays under the size limit (maxModelSizeMiB × share of
//     the budget used so far), select r by the exponential mechanism on
//       q_r = w_r · (||M_r(D) − M_r(p̂)||₁ − √(2/π)·σ·n_r)      (n_r cells, sensitivity max w_r),
//     measure it, re-estimate (warm start, bounded iterations);
//   - annealing: if the model's estimate of r moved less than √(2/π)·σ·n_r (what noise alone would
//     give), halve σ and double ε (4× the budget of each later round);
//   - when less than two rounds' budget is left, the last round uses exactly what remains.

import { usageError } from '../errors.js';
import type { Progress } from '../progress.js';
import { createRng, type Rng } from '../random.js';
import { type Accountant, exponentialEpsilon, gaussianSigma } from './accounting.js';
import type { EncodedData } from './domain.js';
import { estimate, estimateTotal } from './estimation.js';
import { isSubset, product, sizesOf, sortedUnique } from './factor.js';
import { GraphicalModel } from './graphical-model.js';
import {
  buildJunctionTree,
  extendedCells,
  extendJunctionTree,
  treeCells,
  treeNeighbours,
} from './junction-tree.js';
import { countMarginal, l1, measureMarginal, type NoisyMarginal, setKey } from './marginals.js';
import { exponentialMechanism } from './mechanisms.js';
import type { ModelRules } from './structure.js';

export interface AimSettings {
  /** Attribute sets of the workload (indices); default every pair. */
  workload?: number[][];
  /** Planned rounds T (default 16·d). */
  rounds?: number;
  /** Model size limit in MiB (default 80). */
  maxModelSizeMiB?: number;
  /** Mirror-descent iterations of the final estimation (default 1000, fewer for a model of more than
   * 400k cells so that the fit stays bounded in time, at least 100). */
  iterations?: number;
  /** Mirror-descent iterations after each round (default 100, warm started; 10–100 by model size). */
  roundIterations?: number;
  progress?: Progress;
  /** Cliques and structural zeros from the rules. */
  rules?: ModelRules;
}

export interface AimRun {
  model: GraphicalModel;
  measurements: NoisyMarginal[];
  rounds: number;
}

/** Cell updates of mirror descent allowed per round (≈ 0.5 s) and for the final fit (≈ 10 s). */
const ROUND_WORK = 2e7;
const FINAL_WORK = 4e8;
/** Records drawn from a large model to estimate the pair marginals its tree does not hold. */
const SCORE_SAMPLE_ROWS = 50_000;

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));

interface Candidate {
  attrs: number[];
  weight: number;
  cells: number;
}

/** Every non-empty subset of the workload sets with its weight w_r = Σ_s |r ∩ s|. */
export function aimCandidates(
  workload: readonly (readonly number[])[],
  sizes: readonly number[],
): Candidate[] {
  const byKey = new Map<string, number[]>();
  for (const w of workload) {
    const s = sortedUnique(w);
    const n = s.length;
    if (n > 12) throw usageError(`a workload set has ${n} attributes; at most 12 are supported`);
    for (let mask = 1; mask < 1 << n; mask++) {
      const sub = s.filter((_, i) => mask & (1 << i));
      byKey.set(setKey(sub), sub);
    }
  }
  const sets = workload.map((w) => sortedUnique(w));
  return [...byKey.values()].map((attrs) => {
    let weight = 0;
    for (const s of sets) for (const a of attrs) if (s.includes(a)) weight++;
    return { attrs, weight, cells: product(sizesOf(sizes, attrs)) };
  });
}

export function allPairs(d: number): number[][] {
  if (d === 1) return [[0]];
  const out: number[][] = [];
  for (let a = 0; a < d; a++) for (let b = a + 1; b < d; b++) out.push([a, b]);
  return out;
}

export function runAIM(
  data: EncodedData,
  rho: number,
  accountant: Accountant,
  noise: Rng,
  settings: AimSettings,
): AimRun {
  const d = data.domain.attributes.length;
  const sizes = data.domain.sizes;
  const workload = settings.workload ?? allPairs(d);
  const candidates = aimCandidates(workload, sizes);
  const T = settings.rounds ?? 16 * d;
  if (!(T >= 1)) throw usageError('AIM needs at least one round');
  const maxMiB = settings.maxModelSizeMiB ?? 80;
  // Bounded run time: by default the iterations shrink as the model grows, so that one round costs
  // about ROUND_WORK and the final fit about FINAL_WORK cell updates (see the constants).
  const cellsOf = (m: GraphicalModel) => m.cliqueCells.reduce((a, b) => a + b, 0);
  const roundIterations = (m: GraphicalModel) =>
    settings.roundIterations ??
    clamp(Math.floor(ROUND_WORK / cellsOf(m)), 10, Math.min(100, settings.iterations ?? 100));
  const finalIterations = (m: GraphicalModel) =>
    settings.iterations ?? clamp(Math.floor(FINAL_WORK / cellsOf(m)), 100, 1000);
  const maxCells = (maxMiB * 2 ** 20) / 8;
  const answers = new Map<string, Float64Array>();
  for (const c of candidates) answers.set(setKey(c.attrs), countMarginal(data, c.attrs));

  let rhoMeasure = (0.9 * rho) / T;
  let rhoSelect = (0.1 * rho) / T;
  const measurements: NoisyMarginal[] = [];
  const oneWayRng = noise.fork('aim/one-way');
  // One-way start: d planned measurements, never more than 90% of the budget.
  const rhoOneWay = Math.min(rhoMeasure, (0.9 * rho) / d);
  for (let a = 0; a < d; a++) measurements.push(measureMarginal(data, [a], rhoOneWay, oneWayRng, accountant));
  // The rules' cliques (public) are measured at once, one round's measurement each, while budget lasts.
  const zeros = settings.rules?.impossible;
  const ruleRng = noise.fork('aim/rule-cliques');
  const ruleSets: number[][] = [];
  for (const c of settings.rules?.cliques ?? []) {
    if (accountant.remaining < 4 * rhoMeasure) break;
    measurements.push(measureMarginal(data, c, rhoMeasure, ruleRng, accountant));
    ruleSets.push(c);
  }
  let model = new GraphicalModel(data.domain, ruleSets, estimateTotal(measurements), undefined, zeros);
  let fit = estimate(model, measurements, { iterations: roundIterations(model) });

  const selectRng = noise.fork('aim/select');
  const sumSizes = sizes.reduce((a, b) => a + b, 0);
  const measureRng = noise.fork('aim/measure');
  let round = 0;
  let last = false;
  const progress = settings.progress;
  while (!last && accountant.remaining > 0) {
    round++;
    const remaining = accountant.remaining;
    if (remaining < 2 * (rhoMeasure + rhoSelect)) {
      rhoSelect = 0.1 * remaining;
      rhoMeasure = remaining - rhoSelect;
      last = true;
    }
    const sigma = gaussianSigma(rhoMeasure);
    const epsilon = exponentialEpsilon(rhoSelect);
    const usedAfter = accountant.spent + rhoMeasure + rhoSelect;
    const sizeLimit = maxCells * Math.min(1, usedAfter / rho);

    // Candidates that keep the model small enough (or add nothing to it).
    const tree = model.tree;
    const nb = treeNeighbours(tree);
    const cells = model.cliqueCells;
    let currentCells = 0;
    for (let i = 0; i < cells.length; i++) currentCells += cells[i];
    const measuredSets = model.modelCliques;
    const covered = new Uint8Array(d * d);
    for (const c of tree.cliques) for (const a of c) for (const b of c) covered[a * d + b] = 1;
    const limit = Math.max(sizeLimit, currentCells);
    const fits = (c: Candidate): boolean => {
      const r = c.attrs;
      if (r.length === 1) return true;
      if (r.length === 2 ? covered[r[0] * d + r[1]] === 1 : tree.cliques.some((q) => isSubset(r, q)))
        return true;
      // Extending the tree multiplies each clique by at most the sizes of the new attributes.
      if (currentCells * c.cells <= limit) return true;
      return extendedCells(tree, sizes, r, nb, cells) <= limit;
    };
    const pool = candidates.filter(fits);

    // Scores q_r = w_r (||M_r(D) − M_r(p̂)||₁ − √(2/π)·σ·n_r), pairs through one sweep of the tree.
    const bias = Math.sqrt(2 / Math.PI) * sigma;
    const scores = new Float64Array(pool.length);
    const pairIndex = new Int32Array(d * d).fill(-1);
    let maxWeight = 0;
    pool.forEach((c, i) => {
      if (c.weight > maxWeight) maxWeight = c.weight;
      if (c.attrs.length === 2) pairIndex[c.attrs[0] * d + c.attrs[1]] = i;
    });
    const score = (i: number, est: Float64Array) => {
      const c = pool[i];
      scores[i] = c.weight * (l1(answers.get(setKey(c.attrs)) as Float64Array, est) - bias * c.cells);
    };
    const probs = model.allCliqueProbabilities();
    const pairCount = pool.reduce((n, c) => n + (c.attrs.length === 2 ? 1 : 0), 0);
    if (8 * sumSizes * currentCells <= SCORE_SAMPLE_ROWS * (pairCount + 4 * tree.cliques.length)) {
      // Exact: one sweep of the tree per attribute (about 8 operations per carried cell).
      model.visitPairMarginals(
        (a, b, values) => score(pairIndex[a * d + b], values),
        (a, b) => pairIndex[a * d + b] >= 0,
      );
    } else {
      // A large model: the exact sweep would cost more than counting a big sample of the model, so pairs
      // that no tree clique holds are estimated from SCORE_SAMPLE_ROWS records drawn from it (the
      // model is public, so this is post-processing and the generator need not be secret). Pairs
      // inside a clique stay exact.
      const draw = model.sampler().sample(SCORE_SAMPLE_ROWS, createRng(`aim/score-sample/${round}`));
      const scale = model.total / SCORE_SAMPLE_ROWS;
      const inside = model.cliquePairMarginals();
      pool.forEach((c, i) => {
        if (c.attrs.length !== 2) return;
        const exact = inside.get(setKey(c.attrs));
        score(i, exact ?? countMarginal(draw, c.attrs).map((v) => v * scale));
      });
    }
    pool.forEach((c, i) => {
      if (c.attrs.length !== 2) score(i, model.project(c.attrs, probs));
    });
    const chosen = pool[exponentialMechanism(scores, epsilon, maxWeight, selectRng)];
    const names = chosen.attrs.map((a) => data.domain.attributes[a]).join(', ');
    accountant.spend({
      label: `AIM round ${round}: select (${names})`,
      mechanism: 'exponential',
      rho: rhoSelect,
    });
    const before = model.project(chosen.attrs, probs);
    measurements.push(measureMarginal(data, chosen.attrs, rhoMeasure, measureRng, accountant));

    // New model: min-fill junction tree, or the cheap extension of the current one if smaller.
    const sets = [...measuredSets, chosen.attrs];
    let nextTree = buildJunctionTree(d, sizes, sets);
    if (treeCells(nextTree, sizes) > Math.max(sizeLimit, currentCells)) {
      const ext = extendJunctionTree(tree, sizes, chosen.attrs, nb);
      if (ext.cells < treeCells(nextTree, sizes)) nextTree = ext.tree;
    }
    const next = new GraphicalModel(data.domain, sets, estimateTotal(measurements), nextTree, zeros);
    next.warmStart(model);
    model = next;
    fit = estimate(model, measurements, { iterations: roundIterations(model), stepSize: fit.stepSize });
    const after = model.project(chosen.attrs);
    if (!last && l1(after, before) <= bias * chosen.cells) {
      rhoMeasure *= 4;
      rhoSelect *= 4;
    }
    progress?.(accountant.spent, rho, `AIM round ${round}`);
  }
  estimate(model, measurements, {
    iterations: finalIterations(model),
    stepSize: fit.stepSize,
    progress: progress ? (done, total) => progress(done, total, 'AIM: final estimation') : undefined,
  });
  return { model, measurements, rounds: round };
}
