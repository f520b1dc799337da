import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRng } from '../src/random.js';
import { synthesize } from '../src/synth/synthesize.js';
import { type CategoricalColumn, columnFromValues, type NumberColumn } from '../src/table/column.js';
import { Table } from '../src/table/table.js';

// y is a function of x and z (x < 50 and z = 'u' → 'low' ...), w is noise: CART must keep the link.
function dependent(n: number): Table {
  const rng = createRng(11);
  const x: number[] = [];
  const z: string[] = [];
  const w: number[] = [];
  const y: string[] = [];
  for (let i = 0; i < n; i++) {
    const xi = rng.int(100);
    const zi = rng.next() < 0.5 ? 'u' : 'v';
    x.push(xi);
    z.push(zi);
    w.push(Math.round(rng.normal() * 1000) / 100);
    y.push(xi < 50 ? (zi === 'u' ? 'low' : 'mid') : zi === 'u' ? 'mid' : 'high');
  }
  return new Table([
    columnFromValues('x', 'integer', x),
    columnFromValues('z', 'categorical', z),
    columnFromValues('w', 'numeric', w),
    columnFromValues('y', 'categorical', y),
  ]);
}

function rule(x: number, z: string): string {
  return x < 50 ? (z === 'u' ? 'low' : 'mid') : z === 'u' ? 'mid' : 'high';
}

describe('synth CART', () => {
  it('reproduces a strong dependence between columns', () => {
    const t = dependent(3000);
    const r = synthesize(t, { method: 'cart', seed: 5 });
    assert.equal(r.privacy, null);
    const s = r.sampler.sample(2000, createRng(1));
    assert.equal(s.nRows, 2000);
    const x = s.column('x') as NumberColumn;
    const z = s.column('z') as CategoricalColumn;
    const y = s.column('y') as CategoricalColumn;
    let agree = 0;
    for (let i = 0; i < s.nRows; i++)
      if (y.categories[y.codes[i]] === rule(x.values[i], z.categories[z.codes[i]])) agree++;
    assert.ok(agree / s.nRows > 0.95, `agreement ${agree / s.nRows}`);
    // Integers stay integers, values come from the real column.
    for (let i = 0; i < s.nRows; i++)
      assert.ok(Number.isInteger(x.values[i]) && x.values[i] >= 0 && x.values[i] < 100);
  });

  it('says clearly that it gives no formal privacy guarantee', () => {
    const r = synthesize(dependent(300), { method: 'cart', seed: 1 });
    assert.match(r.provenance.guarantee, /NO formal privacy guarantee/);
    assert.ok(r.warnings.some((w) => /NO formal privacy guarantee/.test(w)));
    assert.equal(r.provenance.privacy, null);
  });

  it('gives the same output for the same seed and another for another seed', () => {
    const t = dependent(1000);
    const a = [...synthesize(t, { method: 'cart', seed: 1 }).sampler.chunks(500, 200)];
    const b = [...synthesize(t, { method: 'cart', seed: 1 }).sampler.chunks(500, 200)];
    const c = [...synthesize(t, { method: 'cart', seed: 2 }).sampler.chunks(500, 200)];
    assert.equal(a.length, 3);
    const rows = (ts: Table[]) => ts.flatMap((x) => [...x.rows()]);
    assert.deepEqual(rows(a), rows(b));
    assert.notDeepEqual(rows(a), rows(c));
  });
});
