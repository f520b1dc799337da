// The metrics of `evaluate` on tiny tables where the answer is known.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { residualRisk } from '../src/evaluate/anonymeter.js';
import { applyBinning, categoricalBinning, numericBinning } from '../src/evaluate/bins.js';
import { encodeTables } from '../src/evaluate/encode.js';
import { fidelity, randomTriples } from '../src/evaluate/fidelity.js';
import { fitForest } from '../src/evaluate/forest.js';
import { distanceView, gower, nearest } from '../src/evaluate/neighbors.js';
import { wilson } from '../src/evaluate/stats.js';
import { FictifError } from '../src/errors.js';
import { createRng } from '../src/random.js';
import { columnFromValues } from '../src/table/column.js';
import { Table } from '../src/table/table.js';

const close = (a: number, b: number, eps = 1e-6) => assert.ok(Math.abs(a - b) < eps, `${a} ≠ ${b}`);

function tiny(x: (number | null)[], c: (string | null)[], name = 'tiny'): Table {
  return new Table([columnFromValues('x', 'numeric', x), columnFromValues('c', 'categorical', c)], {
    source: name,
  });
}

describe('evaluate: encoding', () => {
  it('names the columns that differ between the files', () => {
    const a = tiny([1, 2], ['a', 'b']);
    const b = new Table([
      columnFromValues('x', 'numeric', [1, 2]),
      columnFromValues('d', 'categorical', ['a', 'b']),
    ]);
    assert.throws(
      () => encodeTables(a, b),
      (e: unknown) =>
        e instanceof FictifError &&
        e.exitCode === 2 &&
        /only in the real file: c/.test(e.message) &&
        /only in the synthetic file: d/.test(e.message),
    );
    const c = new Table([
      columnFromValues('x', 'categorical', ['1', '2']),
      columnFromValues('c', 'categorical', ['a', 'b']),
    ]);
    assert.throws(() => encodeTables(a, c), /column 'x' is numeric in the real file but categorical/);
  });

  it('maps categories by their text, whatever their order in each file', () => {
    const enc = encodeTables(tiny([1, 2], ['a', 'b']), tiny([1, 2], ['b', 'a']));
    const cat = enc.specs.findIndex((s) => s.name === 'c');
    assert.deepEqual(enc.specs[cat].categories, ['a', 'b']);
    assert.deepEqual(Array.from(enc.synthetic.values[cat]), [1, 0]);
  });

  it('leaves identifiers out, saying why', () => {
    const t = (ids: string[]) =>
      new Table([columnFromValues('id', 'identifier', ids), columnFromValues('x', 'numeric', [1, 2])]);
    const enc = encodeTables(t(['A', 'B']), t(['C', 'D']));
    assert.deepEqual(
      enc.specs.map((s) => s.name),
      ['x'],
    );
    assert.match(enc.ignored[0].reason, /identifier/);
  });
});

describe('evaluate: Gower distance and nearest neighbours', () => {
  it('averages |x − y| / range and category mismatches; one missing side counts 1', () => {
    const real = tiny([0, 10, 5, null], ['a', 'b', 'a', 'a']);
    const enc = encodeTables(real, real);
    close(gower(enc.specs, enc.real, 0, enc.real, 2), (0.5 + 0) / 2);
    close(gower(enc.specs, enc.real, 0, enc.real, 1), (1 + 1) / 2);
    close(gower(enc.specs, enc.real, 0, enc.real, 3), (1 + 0) / 2);
    close(gower(enc.specs, enc.real, 3, enc.real, 3), 0);
  });

  it('finds the nearest and second nearest rows, as brute force does', () => {
    const real = tiny([0, 10, 5, null, 2], ['a', 'b', 'a', 'a', 'b']);
    const syn = tiny([1, 9, null], ['a', 'b', 'a']);
    const enc = encodeTables(real, syn);
    const nn = nearest(distanceView(enc.specs, enc.synthetic), distanceView(enc.specs, enc.real));
    for (let q = 0; q < 3; q++) {
      const d = [0, 1, 2, 3, 4]
        .map((r) => gower(enc.specs, enc.synthetic, q, enc.real, r))
        .sort((a, b) => a - b);
      close(nn.d1[q], d[0], 1e-6);
      close(nn.d2[q], d[1], 1e-6);
    }
    assert.equal(nn.i1[0], 0); // (1, a) is nearest to (0, a)
    assert.equal(nn.i1[2], 3); // (missing, a) is nearest to (missing, a)
    assert.equal(nn.d1[2], 0);
  });
});

describe('evaluate: binning and marginals', () => {
  it('cuts numbers at the real quantiles and keeps missing apart', () => {
    const b = numericBinning(Float64Array.from([1, 2, 3, 4]), 2, String);
    assert.equal(b.size, 3);
    assert.deepEqual(
      Array.from(applyBinning(b, Float64Array.from([1, 2.4, 2.6, 9, Number.NaN]))),
      [0, 0, 1, 1, 2],
    );
    const c = categoricalBinning(Int32Array.from([0, 0, 0, 1, 1, 2, 3]), ['a', 'b', 'c', 'd'], 2);
    assert.deepEqual(c.labels, ['a', 'b', '(other)', '(missing)']);
    assert.deepEqual(Array.from(applyBinning(c, Int32Array.from([0, 1, 2, 3, -1]))), [0, 1, 2, 2, 3]);
  });

  it('gives distance 0 and score 100 for identical files, and sees a shifted column', () => {
    const x = Array.from({ length: 200 }, (_, i) => i % 50);
    const c = Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 'a' : 'b'));
    const t = new Table([
      columnFromValues('x', 'numeric', x),
      columnFromValues('c', 'categorical', c),
      columnFromValues(
        'y',
        'numeric',
        x.map((v) => 2 * v),
      ),
    ]);
    const same = fidelity(encodeTables(t, t), createRng(1));
    close(same.score, 100);
    for (const col of same.columns) close(col.distance, 0);
    close(same.pairMeanTvd, 0);
    const shifted = t.withColumn(
      columnFromValues(
        'x',
        'numeric',
        x.map((v) => v + 25),
      ),
    );
    const f = fidelity(encodeTables(t, shifted), createRng(1));
    close(f.columns.find((k) => k.name === 'x')?.distance ?? -1, 0.5); // half the mass moved past the other half
    assert.ok(f.score < same.score);
    const flipped = t.withColumn(
      columnFromValues(
        'c',
        'categorical',
        c.map((v) => (v === 'a' ? 'b' : 'a')),
      ),
    );
    const g = fidelity(encodeTables(t, flipped), createRng(1));
    close(g.columns.find((k) => k.name === 'c')?.distance ?? -1, 1 - 2 * (67 / 200), 1e-9);
  });

  it('draws distinct random triples, or all of them when there are few', () => {
    assert.equal(randomTriples(4, 100, createRng(1)).length, 4);
    const t = randomTriples(30, 50, createRng(1));
    assert.equal(new Set(t.map((x) => x.join())).size, 50);
    assert.ok(t.every(([a, b, c]) => a < b && b < c));
  });
});

describe('evaluate: Anonymeter arithmetic', () => {
  it('risk = (attack − control) / (1 − control), clipped to [0, 1] in its interval', () => {
    const r = residualRisk(wilson(500, 1000), wilson(250, 1000));
    close(r.value, (0.5 - 0.25) / 0.75, 1e-3);
    assert.ok(r.low < r.value && r.value < r.high);
    const none = residualRisk(wilson(100, 1000), wilson(200, 1000));
    assert.ok(none.value < 0 && none.low === 0 && none.high >= 0);
  });
});

describe('evaluate: random forest', () => {
  it('learns a rule it can see and not one it cannot', () => {
    const rng = createRng(3);
    const n = 400;
    const x0 = new Uint8Array(n);
    const x1 = new Uint8Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      x0[i] = rng.int(20);
      x1[i] = rng.int(20);
      y[i] = x0[i] >= 10 ? 1 : 0;
    }
    const forest = fitForest([x0, x1], y, 2, createRng(4), { trees: 10 });
    let right = 0;
    for (let i = 0; i < n; i++) if ((forest.predict([x0, x1], i)[1] > 0.5 ? 1 : 0) === y[i]) right++;
    assert.ok(right / n > 0.97, `accuracy ${right / n}`);
    const reg = fitForest(
      [x0, x1],
      Float64Array.from(x1, (v) => 3 * v),
      0,
      createRng(5),
      { trees: 10 },
    );
    close(reg.predict([x0, x1], 0)[0], 3 * x1[0], 3);
  });
});
