import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createNoiseRng, createRng } from '../src/random.js';
import { Accountant, gaussianSigma, rhoFromEpsilonDelta } from '../src/synth/accounting.js';
import { aimCandidates, allPairs, runAIM } from '../src/synth/aim.js';
import type { EncodedData } from '../src/synth/domain.js';
import { fitAIM, fitMST } from '../src/synth/engine.js';
import { treeSizeMiB } from '../src/synth/junction-tree.js';
import { countMarginal, tvd } from '../src/synth/marginals.js';

/** Columns 0..d−1; b copies a (with a little noise) for each [a, b] in `links`, others independent. */
function linkedData(rows: number, sizes: number[], links: [number, number][], seed: string): EncodedData {
  const rng = createRng(seed);
  const columns = sizes.map(() => new Int32Array(rows));
  for (let i = 0; i < rows; i++)
    for (let a = 0; a < sizes.length; a++) {
      const link = links.find(([, b]) => b === a);
      columns[a][i] = link && rng.next() < 0.9 ? columns[link[0]][i] % sizes[a] : rng.int(sizes[a]);
    }
  return { domain: { attributes: sizes.map((_, i) => `c${i}`), sizes }, columns, rows };
}

function checkLedger(measurements: { rho: number; sigma?: number; mechanism: string }[], rho: number) {
  const spent = measurements.reduce((s, m) => s + m.rho, 0);
  assert.ok(Math.abs(spent - rho) <= 1e-9 * rho, `spent ${spent} of ${rho}`);
  for (const m of measurements) {
    assert.ok(m.rho > 0);
    if (m.mechanism === 'exponential') assert.equal(m.sigma, undefined);
    else {
      assert.equal(m.mechanism, 'discrete-gaussian');
      assert.ok(Math.abs((m.sigma as number) - gaussianSigma(m.rho)) <= 1e-12 * (m.sigma as number));
    }
  }
}

const mean2wayTvd = (a: EncodedData, b: EncodedData) => {
  const d = a.domain.sizes.length;
  let s = 0;
  let n = 0;
  for (let i = 0; i < d; i++)
    for (let j = i + 1; j < d; j++) {
      s += tvd(countMarginal(a, [i, j]), countMarginal(b, [i, j]));
      n++;
    }
  return s / n;
};

describe('MST', () => {
  const data = linkedData(
    4000,
    [3, 4, 5, 4, 3, 6],
    [
      [2, 4],
      [0, 1],
    ],
    'mst',
  );

  it('spends exactly ρ: d one-way, d−1 selections, d−1 pairs, each with σ = gaussianSigma(ρ_i)', () => {
    const rho = rhoFromEpsilonDelta(1, 1e-9);
    const fit = fitMST(data, { rho, noiseSeed: 's', seed: 1 });
    checkLedger(fit.measurements, rho);
    const kinds = fit.measurements.map((m) => m.mechanism);
    assert.equal(kinds.filter((k) => k === 'exponential').length, 5);
    assert.equal(kinds.filter((k) => k === 'discrete-gaussian').length, 6 + 5);
    const third = fit.measurements.filter((m) => m.label.startsWith('select')).reduce((s, m) => s + m.rho, 0);
    assert.ok(Math.abs(third - rho / 3) < 1e-12);
  });

  it('selects the strongly dependent pairs', () => {
    const fit = fitMST(data, { rho: rhoFromEpsilonDelta(2, 1e-9), noiseSeed: 'edge', seed: 1 });
    const has = (a: string, b: string) => fit.cliques.some((c) => c.includes(a) && c.includes(b));
    assert.ok(has('c2', 'c4'), JSON.stringify(fit.cliques));
    assert.ok(has('c0', 'c1'), JSON.stringify(fit.cliques));
  });

  it('samples data close to the real data at a large budget, and is reproducible from the seeds', () => {
    const fit = fitMST(data, { rho: 50, noiseSeed: 'big', seed: 1 });
    const syn = fit.sample(4000, createRng('rows'));
    assert.equal(syn.rows, 4000);
    const independent = linkedData(4000, data.domain.sizes as number[], [], 'indep');
    const d = mean2wayTvd(data, syn);
    assert.ok(d < 0.06, `mean 2-way TVD ${d}`);
    assert.ok(d < mean2wayTvd(data, independent), 'no better than independent columns');
    const again = fitMST(data, { rho: 50, noiseSeed: 'big', seed: 1 }).sample(4000, createRng('rows'));
    assert.deepEqual(again.columns, syn.columns);
    const other = fitMST(data, { rho: 50, noiseSeed: 'other', seed: 1 }).sample(4000, createRng('rows'));
    assert.notDeepEqual(other.columns, syn.columns);
  });

  it('refuses a bad budget and out-of-range codes', () => {
    assert.throws(() => fitMST(data, { rho: 0, noiseSeed: 1, seed: 1 }), /rho/);
    const bad: EncodedData = {
      ...data,
      columns: data.columns.map((c, i) => (i === 1 ? Int32Array.from(c, (v) => v + 10) : c)),
    };
    assert.throws(() => fitMST(bad, { rho: 1, noiseSeed: 1, seed: 1 }), /outside/);
  });

  it('handles a single column', () => {
    const one: EncodedData = {
      domain: { attributes: ['x'], sizes: [4] },
      columns: [data.columns[1]],
      rows: data.rows,
    };
    const fit = fitMST(one, { rho: 0.1, noiseSeed: 1, seed: 1 });
    checkLedger(fit.measurements, 0.1);
    assert.equal(fit.sample(10, createRng(1)).columns.length, 1);
  });
});

describe('AIM', () => {
  it('builds the candidates of the workload with weights w_r = Σ_s |r ∩ s|', () => {
    const c = aimCandidates(allPairs(4), [2, 3, 4, 5]);
    assert.equal(c.length, 4 + 6);
    const byKey = new Map(c.map((x) => [x.attrs.join(','), x]));
    assert.equal(byKey.get('0,1')?.weight, 6);
    assert.equal(byKey.get('2')?.weight, 3);
    assert.equal(byKey.get('1,3')?.cells, 15);
    const triple = aimCandidates([[0, 1, 2]], [2, 2, 2]);
    assert.equal(triple.length, 7);
    assert.equal(triple.find((x) => x.attrs.length === 3)?.weight, 3);
  });

  const data = linkedData(
    3000,
    [3, 4, 5, 4, 3],
    [
      [2, 4],
      [0, 1],
      [1, 3],
    ],
    'aim',
  );

  it('spends exactly ρ and every measurement has σ = gaussianSigma(ρ_i)', () => {
    for (const eps of [0.5, 5]) {
      const rho = rhoFromEpsilonDelta(eps, 1e-9);
      const fit = fitAIM(data, { rho, noiseSeed: `aim${eps}`, seed: 1, iterations: 200 });
      checkLedger(fit.measurements, rho);
      assert.equal(
        fit.measurements.filter((m) => m.label.startsWith('marginal(') && !m.label.includes(',')).length >= 5,
        true,
      );
      assert.equal(fit.sample(100, createRng(1)).columns.length, 5);
    }
  });

  it('fits the dependent pairs at a large budget', () => {
    const fit = fitAIM(data, { rho: 20, noiseSeed: 'aim-big', seed: 1, iterations: 300 });
    const syn = fit.sample(3000, createRng('r'));
    for (const [a, b] of [
      [2, 4],
      [0, 1],
      [1, 3],
    ])
      assert.ok(tvd(countMarginal(data, [a, b]), countMarginal(syn, [a, b])) < 0.07, `pair ${a},${b}`);
  });

  it('takes a workload by column names and refuses unknown ones', () => {
    const fit = fitAIM(data, {
      rho: 1,
      noiseSeed: 'w',
      seed: 1,
      workload: [['c0', 'c1', 'c3']],
      iterations: 100,
    });
    checkLedger(fit.measurements, 1);
    assert.throws(
      () => fitAIM(data, { rho: 1, noiseSeed: 'w', seed: 1, workload: [['c0', 'nope']] }),
      /unknown column 'nope'/,
    );
  });

  it('keeps the model under the size limit', () => {
    const wide = linkedData(
      1000,
      [8, 8, 8, 8, 8, 8],
      [
        [0, 1],
        [1, 2],
        [2, 3],
        [3, 4],
        [4, 5],
        [5, 0],
      ],
      'wide',
    );
    const limit = 0.02; // MiB: 2621 cells, a few 8×8 pairs but no 8×8×8 tables
    const run = runAIM(wide, 5, new Accountant(5), createNoiseRng('limit'), {
      maxModelSizeMiB: limit,
      iterations: 50,
    });
    assert.ok(
      treeSizeMiB(run.model.tree, wide.domain.sizes) <= limit,
      `${treeSizeMiB(run.model.tree, wide.domain.sizes)} MiB`,
    );
    assert.ok(run.model.modelCliques.some((c) => c.length === 2));
  });
});
