import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRng } from '../src/random.js';
import { epsilonFromRho, gaussianSigma, rhoFromEpsilonDelta } from '../src/synth/accounting.js';
import { encodeTable, planEncoding } from '../src/synth/discretise.js';
import { DEFAULT_DELTA, SELECTION_DELTA_SHARE, synthesize } from '../src/synth/synthesize.js';
import { columnFromValues } from '../src/table/column.js';
import { Table } from '../src/table/table.js';

function table(n: number, seed = 3): Table {
  const rng = createRng(seed);
  const age: number[] = [];
  const sex: string[] = [];
  const kids: number[] = [];
  const amount: (number | null)[] = [];
  const flag: boolean[] = [];
  for (let i = 0; i < n; i++) {
    const a = 20 + rng.int(60);
    const s = rng.next() < 0.6 ? 'F' : 'M';
    age.push(a);
    sex.push(s);
    kids.push(a < 30 ? rng.int(2) : rng.int(5));
    amount.push(
      rng.next() < 0.15 ? null : Math.round((200 + a * 5 + (s === 'F' ? 100 : 0)) * 100 + rng.int(100)) / 100,
    );
    flag.push(rng.next() < (s === 'F' ? 0.7 : 0.2));
  }
  return new Table(
    [
      columnFromValues('age', 'integer', age),
      columnFromValues('sex', 'categorical', sex),
      columnFromValues('kids', 'integer', kids),
      columnFromValues('amount', 'numeric', amount),
      columnFromValues('flag', 'boolean', flag),
    ],
    { source: 'test' },
  );
}

/** Total variation distance between the 1-way marginals of two tables, per attribute, on a plan. */
function oneWayTVD(real: Table, synth: Table): number[] {
  const plan = planEncoding(real, { maxBins: 8 });
  const a = encodeTable(plan, real);
  const b = encodeTable(plan, synth);
  return plan.domain.sizes.map((size, j) => {
    const p = new Float64Array(size);
    const q = new Float64Array(size);
    for (const c of a.columns[j]) p[c] += 1 / a.rows;
    for (const c of b.columns[j]) q[c] += 1 / b.rows;
    let t = 0;
    for (let k = 0; k < size; k++) t += Math.abs(p[k] - q[k]);
    return t / 2;
  });
}

describe('synth MST end to end', () => {
  const real = table(3000);

  it('keeps 1-way marginals close at a large ε', () => {
    const r = synthesize(real, {
      method: 'mst',
      epsilon: 50,
      seed: 1,
      publicCategories: true,
      iterations: 300,
    });
    const s = r.sampler.sample(3000, createRng(9));
    assert.deepEqual(s.names, real.names);
    const tvd = oneWayTVD(real, s);
    for (const [j, t] of tvd.entries()) assert.ok(t < 0.06, `attribute ${j}: TVD ${t}`);
    // The strong link sex → flag survives (an MST edge).
    const sex = s.column('sex');
    const flag = s.column('flag');
    let f = 0;
    let fFlag = 0;
    for (let i = 0; i < s.nRows; i++) {
      if (sex.kind === 'categorical' && sex.categories[sex.codes[i]] === 'F') {
        f++;
        if (flag.kind === 'boolean' && flag.values[i]) fFlag++;
      }
    }
    assert.ok(fFlag / f > 0.6, `P(flag | F) = ${fFlag / f}`);
  });

  it('spends exactly the requested budget, and states every step', () => {
    const r = synthesize(real, {
      method: 'mst',
      epsilon: 1,
      seed: 1,
      publicCategories: true,
      iterations: 100,
    });
    const p = r.privacy!;
    assert.equal(p.epsilon, 1);
    assert.equal(p.delta, DEFAULT_DELTA);
    assert.equal(p.deltaSelection, 0);
    assert.equal(p.rho, rhoFromEpsilonDelta(1, DEFAULT_DELTA));
    const sum = p.measurements.reduce((s, m) => s + m.rho, 0);
    assert.ok(Math.abs(sum - p.rho) <= 1e-9 * p.rho, `${sum} vs ${p.rho}`);
    assert.ok(Math.abs(p.rhoSpent - p.rho) <= 1e-9 * p.rho);
    assert.ok(epsilonFromRho(sum, DEFAULT_DELTA) <= 1 + 1e-9);
    for (const m of p.measurements) {
      assert.ok(m.label.length > 0 && m.rho > 0, m.label);
      if (m.mechanism !== 'exponential')
        assert.ok(Math.abs(m.sigma! - gaussianSigma(m.rho)) < 1e-6 * m.sigma!, m.label);
    }
    // Our own steps come first, then the engine's.
    assert.equal(p.measurements[0].label, 'rows');
    assert.deepEqual(r.provenance.privacy, p);
  });

  it('reserves a share of δ when category names come from the data alone', () => {
    const r = synthesize(real, { method: 'mst', epsilon: 2, delta: 1e-8, seed: 1, iterations: 50 });
    const p = r.privacy!;
    assert.ok(Math.abs(p.deltaSelection - 1e-8 * SELECTION_DELTA_SHARE) < 1e-20);
    assert.equal(p.rho, rhoFromEpsilonDelta(2, 1e-8 - p.deltaSelection));
    const sum = p.measurements.reduce((s, m) => s + m.rho, 0);
    assert.ok(Math.abs(sum - p.rho) <= 1e-9 * p.rho);
    assert.ok(p.measurements.some((m) => m.label === 'categories:sex'));
  });

  it('gives the same rows for the same seed, other rows for another seed', () => {
    const opts = { method: 'mst' as const, epsilon: 5, publicCategories: true, iterations: 100 };
    const rows = (seed: number) =>
      [...synthesize(real, { ...opts, seed }).sampler.chunks(400, 150)].flatMap((t) => [...t.rows()]);
    const a = rows(1);
    assert.equal(a.length, 400);
    assert.deepEqual(a, rows(1));
    assert.notDeepEqual(a, rows(2));
  });

  it('never writes the seed into the provenance', () => {
    const seed = 'my-very-secret-seed-1234';
    const noiseSeed = 'another-secret-noise-seed-5678';
    const r = synthesize(real, {
      method: 'mst',
      epsilon: 1,
      seed,
      noiseSeed,
      publicCategories: true,
      iterations: 50,
    });
    const json = JSON.stringify(r.provenance);
    assert.ok(!json.includes(seed) && !json.includes(noiseSeed));
    assert.ok(!json.includes('secret'));
    assert.match(r.provenance.noiseSeedSha256, /^[0-9a-f]{64}$/);
    const r2 = synthesize(real, { method: 'mst', epsilon: 1, seed, publicCategories: true, iterations: 50 });
    assert.ok(!JSON.stringify(r2.provenance).includes(seed));
    assert.notEqual(r2.provenance.noiseSeedSha256, r.provenance.noiseSeedSha256);
  });

  it('enforces rules at no privacy cost: same budget, rows as asked, none left violating', () => {
    const rules = [
      { id: 'young_kids', description: 'under 30: at most one child', expr: 'age < 30 => kids <= 1' },
      { id: 'double', description: 'amount ≥ 0', expr: 'amount >= 0' },
    ];
    const opts = { method: 'mst' as const, epsilon: 5, seed: 8, publicCategories: true, iterations: 100 };
    const plain = synthesize(real, opts);
    const ruled = synthesize(real, { ...opts, rules });
    // The rules shape the model (their pair is a clique, measured instead of one selected pair), but
    // the budget and its total are the same.
    const total = (p: typeof plain.privacy) => p!.measurements.reduce((t, m) => t + m.rho, 0);
    assert.equal(ruled.privacy!.rho, plain.privacy!.rho);
    assert.equal(ruled.privacy!.epsilon, plain.privacy!.epsilon);
    assert.ok(Math.abs(total(ruled.privacy) - total(plain.privacy)) < 1e-12);
    assert.ok(ruled.privacy!.measurements.some((m) => m.label === 'marginal(age, kids)'));
    assert.deepEqual(ruled.provenance.model?.ruleCliques, [
      { columns: ['age', 'kids'], rules: ['young_kids'] },
    ]);
    const rows = [...ruled.sampler.chunks(1500, 500)];
    assert.equal(
      rows.reduce((t, x) => t + x.nRows, 0),
      1500,
    );
    const report = ruled.constraintReport!;
    assert.equal(report.rows, 1500);
    assert.equal(report.rowsStillViolating, 0);
    assert.equal(report.rules[0].violationsAfter, 0);
    for (const t of rows)
      for (const r of t.rows()) if ((r.age as number) < 30) assert.ok((r.kids as number) <= 1);
  });

  it('defaults the row count to a noisy estimate of the input size', () => {
    const r = synthesize(real, {
      method: 'mst',
      epsilon: 1,
      seed: 4,
      publicCategories: true,
      iterations: 50,
    });
    assert.ok(Math.abs(r.sampler.rows - 3000) < 300, String(r.sampler.rows));
    assert.equal(synthesize(real, { method: 'cart', seed: 4 }).sampler.rows, 3000);
    assert.equal(synthesize(real, { method: 'mst', seed: 4, rows: 77, iterations: 20 }).sampler.rows, 77);
  });
});
