// The rules inside the model: structural zeros (zeros.ts), cliques from the rules (structure.ts), public
// bounds from one-column rules, and their effect on synthesis.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createNoiseRng, createRng } from '../src/random.js';
import { BinnedCodec, BooleanCodec, CategoricalCodec } from '../src/synth/encode.js';
import { estimate, estimateTotal } from '../src/synth/estimation.js';
import { GraphicalModel } from '../src/synth/graphical-model.js';
import { Accountant } from '../src/synth/accounting.js';
import { measureMarginal } from '../src/synth/marginals.js';
import { ruleStructure } from '../src/synth/structure.js';
import { synthesize } from '../src/synth/synthesize.js';
import { boundsFromRules, cellRules, impossibleCells } from '../src/synth/zeros.js';
import { isoToDays, numberColumn, type NumberColumn } from '../src/table/column.js';
import type { Rule } from '../src/table/rules.js';
import { Table } from '../src/table/table.js';

const rule = (id: string, expr: string): Rule => ({ id, description: id, expr });
/** An integer codec with one code per value 0..n-1. */
function counts(name: string, n: number): BinnedCodec {
  const edges = Array.from({ length: n + 1 }, (_, i) => i - 0.5);
  return new BinnedCodec(
    name,
    'integer',
    edges,
    edges.slice(1).map((hi) => ({ edges: [hi - 1, hi], weights: [1] })),
    1,
    false,
  );
}
function binned(
  name: string,
  edges: number[],
  missing: boolean,
  kind: 'date' | 'numeric' = 'date',
): BinnedCodec {
  const shapes = edges.slice(1).map((hi, i) => ({ edges: [edges[i], hi], weights: [1] }));
  return new BinnedCodec(name, kind, edges, shapes, kind === 'date' ? 1 : 0.01, missing);
}

describe('structural zeros', () => {
  it('rules out exactly the cells where no decoded row can satisfy a rule', () => {
    const n = counts('n', 3); // 0, 1, 2
    const d1 = binned('d1', [100, 200, 300], true); // codes: [100,200) [200,300) missing
    const d2 = binned('d2', [50, 150, 350], true);
    const rules = [
      rule('present', 'n >= 1 <=> d1 is not missing'),
      rule('order', 'd2 >= d1'),
      rule('never', 'n > 10'), // no cell can pass: left out, not an empty model
    ];
    const cells = cellRules(rules, [n, d1, d2]);
    assert.deepEqual(
      cells.map((c) => c.rule.id),
      ['present', 'order'],
    );
    // Cells (n, d1) row-major over sizes 3 × 3: n = 0 with a date, n ≥ 1 without one are impossible.
    assert.deepEqual([...cells[0].impossible], [1, 1, 0, 0, 0, 1, 0, 0, 1]);
    // Cells (d1, d2): only d1 in [200, 300) with d2 in [50, 150) has d2 < d1 for every row; a missing
    // operand leaves the rule undecided (it holds, as in checkRules), so those cells stay possible.
    assert.deepEqual([...cells[1].impossible], [0, 0, 0, 1, 0, 0, 0, 0, 0]);
  });

  it('follows negation, categories, booleans and arithmetic', () => {
    const x = binned('x', [0, 5, 10], false, 'numeric'); // [0,5) [5,10)
    const c = new CategoricalCodec('c', ['a', 'b'], [], false, true, true); // a, b, missing
    const flag = new BooleanCodec('f', false);
    const attrs = [x, c, flag];
    const masks = (expr: string) => cellRules([rule('r', expr)], attrs)[0]?.impossible;
    // x > 5: the bin [0, 5) (values 0 … 4.99) cannot pass.
    assert.deepEqual([...(masks('x > 5') ?? [])], [1, 0]);
    assert.deepEqual([...(masks('not (x >= 5)') ?? [])], [0, 1]);
    assert.equal(masks('not (x > 5)'), undefined); // 5 is in [5, 10): every cell can pass, nothing to rule out
    assert.deepEqual([...(masks("c == 'a'") ?? [])], [0, 1, 0]); // missing: undecided
    assert.deepEqual([...(masks('f => x * 2 >= 10') ?? [])], [0, 1, 0, 0]); // (x, f) cells
  });

  it('combines the rules of a clique and broadcasts them to its cells', () => {
    const n = counts('n', 2);
    const d = binned('d', [0, 10], true);
    const other = counts('o', 2);
    const cells = cellRules([rule('p', 'n >= 1 <=> d is not missing')], [n, d, other]);
    const mask = impossibleCells(cells, [0, 1, 2], [2, 2, 2]);
    assert.ok(mask);
    // Impossible: (n=0, d present, any o) and (n=1, d missing, any o).
    assert.deepEqual([...mask], [1, 1, 0, 0, 0, 0, 1, 1]);
    assert.equal(impossibleCells(cells, [1, 2], [2, 2, 2]), null);
  });
});

describe('bounds from one-column rules', () => {
  it('finds the hull of the accepted values, to whole values for integers and dates', () => {
    const ref = isoToDays('2025-12-31');
    const kinds = new Map([
      ['d', 'date'],
      ['x', 'numeric'],
      ['k', 'integer'],
    ]);
    const b = boundsFromRules(
      [
        rule('dependent', "d <= date('2025-12-31') and d > date('2025-12-31') - 20 * 365.25"),
        rule('positive', 'x >= 0'),
        rule('small', 'k < 7.5'),
        rule('pair', 'x <= k'), // two columns: not a bound
      ],
      kinds,
    );
    const d = b.get('d');
    assert.ok(d);
    assert.equal(d.hi, ref);
    // d > ref − 7305 strictly: ref − 7304 is the first accepted day; the hull may keep one more day (a
    // strict comparison is over-approximated by the non-strict one), never fewer.
    assert.ok(d.lo === ref - 7304 || d.lo === ref - 7305, `lo ${d.lo}`);
    // checkRules accepts x = -1e-9 for x >= 0 (its comparisons have a 1e-9 tolerance), so the hull does.
    const x = b.get('x')?.lo ?? Number.NaN;
    assert.ok(x <= 0 && x > -1e-6, `x lo ${x}`);
    assert.equal(b.get('x')?.hi, Infinity);
    assert.equal(b.get('k')?.hi, 7);
    assert.equal(b.get('k')?.lo, -Infinity);
  });
});

describe('cliques from the rules', () => {
  const pair = (id: string, a: number, b: number) => ({
    rule: rule(id, 'true'),
    attrs: [a, b],
    impossible: new Uint8Array(0),
  });
  it('keeps the graph chordal: a rule closing a chordless cycle is left out', () => {
    const s = ruleStructure(
      [pair('ab', 0, 1), pair('bc', 1, 2), pair('cd', 2, 3), pair('da', 3, 0)],
      [2, 2, 2, 2],
    );
    assert.deepEqual(s.cliques.map((c) => c.join('')).sort(), ['01', '12', '23']);
  });
  it('joins a fan into triangles and puts the "first" rules first', () => {
    // n (0) with each of d1..d3 (1..3), then d1-d2, d2-d3: cliques {n, d1, d2}, {n, d2, d3}.
    const rules = [
      pair('o12', 1, 2),
      pair('o23', 2, 3),
      pair('p1', 0, 1),
      pair('p2', 0, 2),
      pair('p3', 0, 3),
      pair('x', 1, 3),
    ];
    const s = ruleStructure(rules, [4, 5, 5, 5], { first: new Set(['p1', 'p2', 'p3']) });
    assert.deepEqual(s.cliques.map((c) => c.join(',')).sort(), ['0,1,2', '0,2,3']);
    // d1-d3 would make {n, d1, d2, d3}: beyond three attributes.
    assert.ok(!s.rules.flat().includes('x'));
  });
  it('respects the cell limit', () => {
    const s = ruleStructure([pair('ab', 0, 1)], [200, 200], { maxCells: 1000 });
    assert.deepEqual(s.cliques, []);
  });
});

describe('a model with structural zeros', () => {
  it('never samples an impossible cell, however noisy the measurements', () => {
    const domain = { attributes: ['a', 'b'], sizes: [3, 3] };
    const n = 300;
    const a = new Int32Array(n);
    const b = new Int32Array(n);
    const rng = createRng('zeros');
    for (let i = 0; i < n; i++) {
      a[i] = rng.int(3);
      b[i] = a[i] + rng.int(3 - a[i]); // b ≥ a
    }
    const data = { domain, columns: [a, b], rows: n };
    const accountant = new Accountant(0.01);
    const noise = createNoiseRng('zeros-noise', 'test');
    const ms = [measureMarginal(data, [0, 1], 0.01, noise, accountant)];
    const impossible = (attrs: readonly number[]) =>
      attrs.length === 2 ? Uint8Array.from([0, 0, 0, 1, 0, 0, 1, 1, 0]) : null; // b < a
    const model = new GraphicalModel(domain, [[0, 1]], estimateTotal(ms), undefined, impossible);
    estimate(model, ms, { iterations: 200 });
    const s = model.sampler().sample(5000, createRng('draw'));
    for (let i = 0; i < 5000; i++) assert.ok(s.columns[1][i] >= s.columns[0][i], `row ${i}`);
    const mu = model.project([0, 1]);
    for (const j of [3, 6, 7]) assert.equal(mu[j], 0);
    assert.ok(Number.isFinite(model.logZ));
  });
});

describe('contradictory zeros', () => {
  it('fails with one clear line instead of a model of NaN', () => {
    const domain = { attributes: ['a', 'b'], sizes: [2, 2] };
    const model = new GraphicalModel(domain, [[0, 1]], 10, undefined, () => new Uint8Array(4).fill(1));
    assert.throws(() => model.calibrate(), /rules contradict each other/);
  });
});

describe('synthesis with rules in the model', () => {
  // Households of 0–3 children; child k's birth date present exactly when there are at least k, in
  // birth order. Without the rules in the model, MST draws the dates' presence almost independently.
  function households(rows: number): Table {
    const rng = createRng('households');
    const n = new Float64Array(rows);
    const d = [1, 2, 3].map(() => new Float64Array(rows).fill(Number.NaN));
    for (let i = 0; i < rows; i++) {
      const u = rng.next();
      n[i] = u < 0.4 ? 0 : u < 0.65 ? 1 : u < 0.85 ? 2 : 3;
      let last = 16_000 + rng.int(2000);
      for (let k = 0; k < n[i]; k++) {
        d[k][i] = last;
        last += 300 + rng.int(1500);
      }
    }
    return new Table([
      numberColumn('n', 'integer', n),
      ...d.map((v, k) => numberColumn(`d${k + 1}`, 'date', v)),
    ]);
  }
  const rules = [
    ...[1, 2, 3].map((k) => rule(`present_${k}`, `n >= ${k} <=> d${k} is not missing`)),
    ...[2, 3].map((k) => rule(`order_${k}`, `d${k} >= d${k - 1}`)),
    rule('born', "d1 >= date('2013-01-01') and d1 <= date('2030-12-31')"),
  ];
  const schema = {
    fictif: 'schema/1' as const,
    columns: [{ name: 'n', kind: 'integer' as const, nullable: false, min: 0, max: 3 }],
  };

  it('keeps large families: no presence rule is broken before resampling', () => {
    const table = households(4000);
    const res = synthesize(table, { method: 'mst', seed: 5, rules, schema, epsilon: 1 });
    const out = res.sampler.sample(4000, createRng('out'));
    const report = res.constraintReport;
    assert.ok(report);
    for (const r of report.rules)
      if (r.id.startsWith('present_'))
        assert.equal(r.violationsBefore, 0, `${r.id} broken before resampling`);
    const nn = (out.column('n') as NumberColumn).values;
    let three = 0;
    for (const v of nn) three += v === 3 ? 1 : 0;
    // Real share 15 %; without the rules in the model, households of three all but vanish.
    assert.ok(three / out.nRows > 0.1, `share with 3 children ${three / out.nRows}`);
    const cliques = res.provenance.model?.ruleCliques ?? [];
    assert.ok(cliques.some((c) => c.columns.includes('n') && c.columns.includes('d3')));
    // Every rule but 'born' rules out cells ('born' bounds d1, so its bins hold only valid dates).
    assert.equal(res.provenance.model?.structuralZeroRules, rules.length - 1);
    // d1's bounds are public through the rule: no budget spent on its range.
    assert.ok(!res.provenance.privacy?.measurements.some((m) => m.label.includes('range:d1')));
    // The ledger still adds up to the budget.
    const spent = res.provenance.privacy?.measurements.reduce((s, m) => s + m.rho, 0) ?? 0;
    assert.ok(Math.abs(spent - (res.provenance.privacy?.rho ?? 0)) < 1e-12);
  });

  it('costs nothing when there are no rules: the output is the plain MST one', () => {
    const table = households(1500);
    const a = synthesize(table, { method: 'mst', seed: 5, schema }).sampler.sample(500, createRng('o'));
    const b = synthesize(table, { method: 'mst', seed: 5, schema, rules: [] }).sampler.sample(
      500,
      createRng('o'),
    );
    assert.deepEqual((a.column('d2') as NumberColumn).values, (b.column('d2') as NumberColumn).values);
  });
});
