import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRng, type Rng } from '../src/random.js';
import type { Domain, EncodedData } from '../src/synth/domain.js';
import { estimate, estimateTotal } from '../src/synth/estimation.js';
import {
  expand,
  factor,
  indexMap,
  logMarginalise,
  marginalise,
  multiply,
  normaliseLog,
  sortedUnique,
} from '../src/synth/factor.js';
import { GraphicalModel } from '../src/synth/graphical-model.js';
import {
  buildJunctionTree,
  extendJunctionTree,
  type JunctionTree,
  treeCells,
} from '../src/synth/junction-tree.js';
import { countMarginal, type NoisyMarginal, setKey, tvd } from '../src/synth/marginals.js';

function domainOf(sizes: number[]): Domain {
  return { attributes: sizes.map((_, i) => `a${i}`), sizes };
}

/** Brute-force marginal over `attrs` of p(x) ∝ exp(Σ_q θ_q(x_q)), on the count scale `total`. */
function bruteForce(model: GraphicalModel, attrs: number[], total: number): Float64Array {
  const sizes = model.sizes;
  const d = sizes.length;
  const all = Array.from({ length: d }, (_, i) => i);
  let joint = factor(sizes, all);
  model.modelCliques.forEach((q, i) => {
    const e = expand({ attrs: q, sizes: q.map((a) => sizes[a]), values: model.theta[i] }, all, [...sizes]);
    for (let j = 0; j < joint.values.length; j++) joint.values[j] += e.values[j];
  });
  joint = normaliseLog(joint);
  const p = { ...joint, values: joint.values.map(Math.exp) };
  const m = marginalise(p, attrs).values;
  return m.map((v) => v * total);
}

function randomModel(rng: Rng, sizes: number[], sets: number[][]): GraphicalModel {
  const model = new GraphicalModel(domainOf(sizes), sets, 1000);
  for (const t of model.theta) for (let i = 0; i < t.length; i++) t[i] = 3 * rng.normal();
  model.invalidate();
  return model;
}

function assertClose(a: ArrayLike<number>, b: ArrayLike<number>, tol: number, msg = '') {
  assert.equal(a.length, b.length, `${msg} lengths`);
  for (let i = 0; i < a.length; i++)
    assert.ok(Math.abs(a[i] - b[i]) <= tol * (1 + Math.abs(b[i])), `${msg}[${i}]: ${a[i]} vs ${b[i]}`);
}

/** Running intersection: the cliques holding any attribute form a connected subtree. */
function assertRunningIntersection(tree: JunctionTree, d: number) {
  for (let a = 0; a < d; a++) {
    const holding = tree.cliques.map((c, i) => (c.includes(a) ? i : -1)).filter((i) => i >= 0);
    if (holding.length === 0) continue;
    const seen = new Set([holding[0]]);
    const stack = [holding[0]];
    while (stack.length) {
      const x = stack.pop() as number;
      for (const [i, j] of tree.edges)
        for (const [u, v] of [
          [i, j],
          [j, i],
        ])
          if (u === x && !seen.has(v) && tree.cliques[v].includes(a)) {
            seen.add(v);
            stack.push(v);
          }
    }
    assert.equal(seen.size, holding.length, `attribute ${a} is split in the junction tree`);
  }
}

describe('factors', () => {
  it('index map, marginal, product and log marginal on a hand case', () => {
    // attrs [0, 2] with sizes 2 and 3: cells (0,0) (0,1) (0,2) (1,0) (1,1) (1,2)
    assert.deepEqual([...indexMap([0, 2], [2, 3], [2])], [0, 1, 2, 0, 1, 2]);
    assert.deepEqual([...indexMap([0, 2], [2, 3], [0])], [0, 0, 0, 1, 1, 1]);
    assert.deepEqual([...indexMap([0, 1, 2], [2, 2, 2], [0, 2])], [0, 1, 0, 1, 2, 3, 2, 3]);
    const sizes = [2, 5, 3];
    const f = factor(sizes, [0, 2], Float64Array.from([1, 2, 3, 4, 5, 6]));
    assert.deepEqual([...marginalise(f, [0]).values], [6, 15]);
    assert.deepEqual([...marginalise(f, [2]).values], [5, 7, 9]);
    const g = factor(sizes, [2], Float64Array.from([10, 100, 1000]));
    assert.deepEqual([...multiply(f, g).values], [10, 200, 3000, 40, 500, 6000]);
    const lf = { ...f, values: f.values.map(Math.log) };
    assertClose(logMarginalise(lf, [2]).values, [5, 7, 9].map(Math.log), 1e-12);
    assert.throws(() => factor(sizes, [2, 0]), RangeError);
  });

  it('log marginal stays finite when values differ by thousands', () => {
    const f = factor([2, 2], [0, 1], Float64Array.from([0, -5000, -3000, -3001]));
    const m = logMarginalise(f, [0]).values;
    assert.ok(Math.abs(m[0]) < 1e-12);
    assert.ok(Math.abs(m[1] - (-3000 + Math.log(1 + Math.exp(-1)))) < 1e-9);
  });
});

describe('junction tree', () => {
  it('covers every set and has the running-intersection property (random graphs)', () => {
    const rng = createRng('jt');
    for (let trial = 0; trial < 30; trial++) {
      const d = 4 + rng.int(10);
      const sizes = Array.from({ length: d }, () => 2 + rng.int(3));
      const sets: number[][] = [];
      for (let k = 0; k < 2 + rng.int(12); k++)
        sets.push(sortedUnique([rng.int(d), rng.int(d), ...(rng.next() < 0.3 ? [rng.int(d)] : [])]));
      const tree = buildJunctionTree(d, sizes, sets);
      assert.equal(tree.edges.length, tree.cliques.length - 1);
      for (const s of sets)
        assert.ok(
          tree.cliques.some((c) => s.every((a) => c.includes(a))),
          `set ${s} not covered`,
        );
      assertRunningIntersection(tree, d);
      const ext = extendJunctionTree(tree, sizes, [0, d - 1]);
      assert.ok(ext.tree.cliques.some((c) => c.includes(0) && c.includes(d - 1)));
      assertRunningIntersection(ext.tree, d);
      assert.equal(ext.cells, treeCells(ext.tree, sizes));
    }
  });

  it('a chain stays a chain of pairs', () => {
    const tree = buildJunctionTree(
      5,
      [3, 3, 3, 3, 3],
      [
        [0, 1],
        [1, 2],
        [2, 3],
        [3, 4],
      ],
    );
    assert.equal(tree.cliques.length, 4);
    assert.ok(tree.cliques.every((c) => c.length === 2));
  });
});

describe('belief propagation', () => {
  it('gives the brute-force marginals of a random model (cliques, any set, every pair)', () => {
    const rng = createRng('bp');
    for (let trial = 0; trial < 8; trial++) {
      const sizes = [2, 3, 2, 3, 2, 2];
      const sets = [
        [
          [0, 1],
          [1, 2],
          [2, 3, 4],
          [4, 5],
        ],
        [
          [0, 3],
          [1, 4],
          [2, 5],
          [0, 5],
        ],
        [
          [0, 1, 2],
          [2, 3],
          [3, 4],
          [4, 0],
        ],
        [
          [1, 2],
          [3, 4],
        ],
      ][trial % 4];
      const model = randomModel(rng, sizes, sets);
      model.calibrate();
      for (let c = 0; c < model.tree.cliques.length; c++) {
        const attrs = model.tree.cliques[c];
        assertClose(
          Array.from(model.cliqueProbabilities(c), (p) => p * 1000),
          bruteForce(model, attrs, 1000),
          1e-9,
          `clique ${attrs}`,
        );
      }
      for (const attrs of [[0], [5], [0, 5], [1, 3], [0, 2, 4], [1, 3, 5], [0, 1, 2, 3, 4, 5]])
        assertClose(model.project(attrs), bruteForce(model, attrs, 1000), 1e-9, `project ${attrs}`);
      for (const [key, values] of model.cliquePairMarginals()) {
        const [a, b] = key.split(',').map(Number);
        assertClose(values, bruteForce(model, [a, b], 1000), 1e-9, `clique pair ${key}`);
      }
      const pairs = model.allPairMarginals();
      assert.equal(pairs.size, 15);
      for (let a = 0; a < 6; a++)
        for (let b = a + 1; b < 6; b++)
          assertClose(
            pairs.get(setKey([a, b])) as Float64Array,
            bruteForce(model, [a, b], 1000),
            1e-9,
            `pair ${a},${b}`,
          );
    }
  });
});

function chainData(rows: number, sizes: number[], seed: string): EncodedData {
  const rng = createRng(seed);
  const columns = sizes.map(() => new Int32Array(rows));
  for (let i = 0; i < rows; i++)
    for (let a = 0; a < sizes.length; a++)
      columns[a][i] = a > 0 && rng.next() < 0.6 ? columns[a - 1][i] % sizes[a] : rng.int(sizes[a]);
  return { domain: domainOf(sizes), columns, rows };
}

describe('estimation by mirror descent', () => {
  it('recovers exact marginals when the measurements are exact (noise → 0)', () => {
    const sizes = [3, 4, 2, 3, 5];
    const data = chainData(3000, sizes, 'md');
    const sets = [[0], [1], [2], [3], [4], [0, 1], [1, 2], [2, 3], [3, 4]];
    const ms: NoisyMarginal[] = sets.map((s) => ({ attrs: s, values: countMarginal(data, s), sigma: 1e-3 }));
    const total = estimateTotal(ms);
    assert.ok(Math.abs(total - 3000) < 1e-6);
    const model = new GraphicalModel(data.domain, sets, total);
    const result = estimate(model, ms, { iterations: 3000, tolerance: 1e-12 });
    for (const s of sets) {
      const m = model.project(s);
      const c = countMarginal(data, s);
      for (let i = 0; i < m.length; i++)
        assert.ok(Math.abs(m[i] - c[i]) < 0.5, `${s}[${i}]: ${m[i]} vs ${c[i]} after ${result.iterations}`);
    }
  });

  it('estimates the population size from the noisy totals', () => {
    const ms: NoisyMarginal[] = [
      { attrs: [0], values: Float64Array.from([50, 52]), sigma: 1 },
      { attrs: [1], values: Float64Array.from([30, 30, 30, 20]), sigma: 1 },
    ];
    // totals 102 (variance 2) and 110 (variance 4): weights 1/2 and 1/4
    assert.ok(Math.abs(estimateTotal(ms) - (102 / 2 + 110 / 4) / (1 / 2 + 1 / 4)) < 1e-12);
  });

  it('warm start keeps a fitted model fitted', () => {
    const sizes = [3, 3, 3];
    const data = chainData(2000, sizes, 'warm');
    const sets = [[0], [1], [2], [0, 1]];
    const ms: NoisyMarginal[] = sets.map((s) => ({ attrs: s, values: countMarginal(data, s), sigma: 1 }));
    const first = new GraphicalModel(data.domain, sets, 2000);
    const r1 = estimate(first, ms, { iterations: 500 });
    const second = new GraphicalModel(data.domain, [...sets, [1, 2]], 2000);
    second.warmStart(first);
    const r0 = estimate(second, ms, { iterations: 0 });
    assert.ok(r0.loss <= r1.loss * (1 + 1e-9) + 1e-9, `${r0.loss} vs ${r1.loss}`);
  });
});

describe('sampling', () => {
  it('draws records whose frequencies match the model marginals, chunk by chunk', () => {
    const rng = createRng('sample-model');
    const sizes = [2, 3, 4, 2, 3];
    const model = randomModel(rng, sizes, [
      [0, 1],
      [1, 2, 3],
      [3, 4],
      [0, 4],
    ]);
    model.total = 1;
    const sampler = model.sampler();
    const gen = createRng('draws');
    const chunks = [sampler.sample(40000, gen), sampler.sample(40000, gen), sampler.sample(20000, gen)];
    const columns = sizes.map((_, a) => {
      const out = new Int32Array(100000);
      let o = 0;
      for (const c of chunks) {
        out.set(c.columns[a], o);
        o += c.rows;
      }
      return out;
    });
    const data: EncodedData = { domain: model.domain, columns, rows: 100000 };
    for (const attrs of [
      [0, 1],
      [1, 2, 3],
      [3, 4],
      [0, 4],
      [0, 2],
      [2, 4],
    ]) {
      const d = tvd(countMarginal(data, attrs), model.project(attrs));
      assert.ok(d < 0.015, `TVD ${attrs} = ${d}`);
    }
    columns.forEach((c, a) => {
      assert.ok(c.every((v) => v >= 0 && v < sizes[a]));
    });
  });
});
