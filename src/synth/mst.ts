// MST (McKenna, Miklau & Sheldon 2021, "Winning the NIST Contest: A scalable and general approach to
// differentially private synthetic data"). With a total budget ρ (zCDP):
//   1. ρ/3 measures every one-way marginal (ρ/(3d) each, discrete Gaussian σ = 1/√(2ρ/(3d))).
//   2. ρ/3 selects a maximum spanning tree of attribute pairs, Kruskal style: d−1 exponential mechanisms
//      (ε = √(8·ρ/(3(d−1))) each), each among the pairs that do not close a cycle, scored by the L1
//      distance between the pair's true counts and the one-way model's estimate (sensitivity 1).
//   3. ρ/3 measures the d−1 chosen pair marginals (ρ/(3(d−1)) each).
// The graphical model fitted to all the measurements is a tree over the attributes.
//
// With rules (structure.ts): the cliques the rules call for are part of the model from the start (they
// come from public rules, so choosing them costs nothing), the tree only joins what they leave apart
// (fewer selections), and they are measured with the tree's pairs from the last third. Every clique
// carries the rules' structural zeros (zeros.ts).
import type { Progress } from '../progress.js';
import type { Rng } from '../random.js';
import { type Accountant, exponentialEpsilon } from './accounting.js';
import type { EncodedData } from './domain.js';
import { estimate, estimateTotal } from './estimation.js';
import { GraphicalModel } from './graphical-model.js';
import { countMarginal, l1, measureMarginal, type NoisyMarginal, setKey } from './marginals.js';
import { exponentialMechanism } from './mechanisms.js';
import type { ModelRules } from './structure.js';

export interface MstRun {
  model: GraphicalModel;
  measurements: NoisyMarginal[];
  edges: [number, number][];
}

export function runMST(
  data: EncodedData,
  rho: number,
  accountant: Accountant,
  noise: Rng,
  iterations: number,
  progress?: Progress,
  rules?: ModelRules,
): MstRun {
  const d = data.domain.attributes.length;
  const names = data.domain.attributes;
  const measurements: NoisyMarginal[] = [];
  const zeros = rules?.impossible;
  const forced = rules?.cliques ?? [];
  if (d === 1) {
    measurements.push(measureMarginal(data, [0], accountant.remaining, noise.fork('one-way'), accountant));
    const model = new GraphicalModel(data.domain, [[0]], estimateTotal(measurements), undefined, zeros);
    estimate(model, measurements, { iterations });
    return { model, measurements, edges: [] };
  }
  const third = rho / 3;
  const oneWayRng = noise.fork('one-way');
  for (let a = 0; a < d; a++) measurements.push(measureMarginal(data, [a], third / d, oneWayRng, accountant));
  progress?.(1, 4, 'MST: one-way marginals');

  // The one-way model: its pair marginals are products of the fitted one-way marginals.
  const oneWayModel = new GraphicalModel(data.domain, [], estimateTotal(measurements), undefined, zeros);
  estimate(oneWayModel, measurements, { iterations: Math.min(iterations, 500) });
  const estimates = oneWayModel.allPairMarginals();
  const pairs: [number, number][] = [];
  const scores: number[] = [];
  for (let a = 0; a < d; a++)
    for (let b = a + 1; b < d; b++) {
      pairs.push([a, b]);
      scores.push(l1(countMarginal(data, [a, b]), estimates.get(setKey([a, b])) as Float64Array));
    }
  progress?.(2, 4, 'MST: pair scores');

  // Kruskal with the exponential mechanism, from the parts the rule cliques already join.
  const parent = Array.from({ length: d }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  for (const c of forced) for (const a of c) parent[find(a)] = find(c[0]);
  let steps = 0;
  for (let a = 0; a < d; a++) if (find(a) === a) steps++;
  steps -= 1;
  const selectionRng = noise.fork('selection');
  const rhoEach = third / Math.max(steps, 1);
  const epsilon = exponentialEpsilon(rhoEach);
  const edges: [number, number][] = [];
  for (let step = 0; step < steps; step++) {
    const open: number[] = [];
    for (let i = 0; i < pairs.length; i++) if (find(pairs[i][0]) !== find(pairs[i][1])) open.push(i);
    const pick =
      open[
        exponentialMechanism(
          open.map((i) => scores[i]),
          epsilon,
          1,
          selectionRng,
        )
      ];
    const [a, b] = pairs[pick];
    accountant.spend({
      label: `select pair ${step + 1} of ${steps} → (${names[a]}, ${names[b]})`,
      mechanism: 'exponential',
      rho: rhoEach,
    });
    parent[find(a)] = find(b);
    edges.push([a, b]);
  }
  progress?.(3, 4, 'MST: tree selected');

  // The last third (two thirds when the rules leave nothing to select): whatever remains, split equally
  // over the rule cliques and the tree's pairs.
  const remaining = accountant.remaining;
  const sets: number[][] = [...forced, ...edges];
  const ruleRng = noise.fork('rule-cliques');
  for (const c of forced)
    measurements.push(measureMarginal(data, c, remaining / sets.length, ruleRng, accountant));
  const twoWayRng = noise.fork('two-way');
  for (const [a, b] of edges)
    measurements.push(measureMarginal(data, [a, b], remaining / sets.length, twoWayRng, accountant));

  const model = new GraphicalModel(data.domain, sets, estimateTotal(measurements), undefined, zeros);
  estimate(model, measurements, {
    iterations,
    progress: progress ? (done, total) => progress(3 + done / total, 4, 'MST: estimating') : undefined,
  });
  progress?.(4, 4, 'MST: done');
  return { model, measurements, edges };
}
