import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRng, type Rng } from '../src/random.js';
import { mergeReports, type RuleCheck, sampleWithRules } from '../src/synth/constraints.js';
import { applyDerivations, derivationsOf } from '../src/synth/derive.js';
import { checkRules } from '../src/table/rules.js';
import { columnFromValues, type NumberColumn } from '../src/table/column.js';
import { Table } from '../src/table/table.js';

// Rows (a, b) with a and b uniform in 0..9; the rule: a ≤ b (about 45 % of rows break it).
function draw(n: number, rng: Rng): Table {
  const a = Array.from({ length: n }, () => rng.int(10));
  const b = Array.from({ length: n }, () => rng.int(10));
  return new Table([columnFromValues('a', 'integer', a), columnFromValues('b', 'integer', b)]);
}

function check(limit: number) {
  return (t: Table): RuleCheck => {
    const a = (t.column('a') as NumberColumn).values;
    const b = (t.column('b') as NumberColumn).values;
    const violatingRows = new Uint8Array(t.nRows);
    let v1 = 0;
    let v2 = 0;
    for (let i = 0; i < t.nRows; i++) {
      const r1 = a[i] > b[i];
      const r2 = b[i] > limit;
      v1 += r1 ? 1 : 0;
      v2 += r2 ? 1 : 0;
      violatingRows[i] = r1 || r2 ? 1 : 0;
    }
    return {
      rows: t.nRows,
      rules: [
        { id: 'a-le-b', description: 'a ≤ b', violations: v1 },
        { id: 'b-max', description: `b ≤ ${limit}`, violations: v2 },
      ],
      violatingRows,
    };
  };
}

describe('synth constraints', () => {
  it('replaces violating rows by compliant draws, keeping the row count', () => {
    const { table, report } = sampleWithRules(1000, draw, check(9), createRng(1));
    assert.equal(table.nRows, 1000);
    const a = (table.column('a') as NumberColumn).values;
    const b = (table.column('b') as NumberColumn).values;
    for (let i = 0; i < 1000; i++) assert.ok(a[i] <= b[i]);
    assert.ok(report.rowsResampled > 350 && report.rowsResampled < 550, String(report.rowsResampled));
    assert.equal(report.rowsStillViolating, 0);
    assert.equal(report.rules[0].violationsAfter, 0);
    assert.equal(report.rules[0].violationsBefore, report.rowsResampled);
  });

  it('reports rows that cannot be fixed instead of dropping them', () => {
    // b ≤ -1 is impossible: every row still violates after the last attempt.
    const { table, report } = sampleWithRules(200, draw, check(-1), createRng(2), 3);
    assert.equal(table.nRows, 200);
    assert.equal(report.rowsResampled, 200);
    assert.equal(report.rowsStillViolating, 200);
    assert.equal(report.attempts, 1); // a round with no compliant row stops the search
  });

  it('adds up chunk reports', () => {
    const r1 = sampleWithRules(100, draw, check(9), createRng(3)).report;
    const r2 = sampleWithRules(100, draw, check(9), createRng(4)).report;
    const m = mergeReports([r1, r2])!;
    assert.equal(m.rows, 200);
    assert.equal(m.rowsResampled, r1.rowsResampled + r2.rowsResampled);
    assert.equal(m.rules[0].violationsBefore, r1.rules[0].violationsBefore + r2.rules[0].violationsBefore);
  });
});

describe('synth derivations', () => {
  it('recomputes a column that a rule defines from others, keeping cents', () => {
    const rules = [
      { id: 'total', description: 'total is the sum', expr: 'total == a + b' },
      { id: 'tol', description: 'annual is twice the total', expr: 'abs(annual - (total + total)) <= 0.005' },
      { id: 'other', description: 'not a definition', expr: 'a <= b' },
    ];
    const t = new Table([
      columnFromValues('a', 'numeric', [1.1, 2.25, null]),
      columnFromValues('b', 'numeric', [0.2, 3, 4]),
      columnFromValues('total', 'numeric', [9.99, 9.99, 9.99]),
      columnFromValues('annual', 'numeric', [1.5, 1.5, 1.5]),
    ]);
    const d = derivationsOf(rules, t);
    assert.deepEqual(
      d.map((x) => x.column),
      ['total', 'annual'],
    );
    const out = applyDerivations(t, d, new Map([['annual', 0.01]]));
    assert.deepEqual(Array.from((out.column('total') as NumberColumn).values), [1.3, 5.25, 9.99]);
    assert.deepEqual(Array.from((out.column('annual') as NumberColumn).values), [2.6, 10.5, 19.98]);
    // The row with a missing part keeps its value; the rule cannot be decided there (not a violation).
    assert.equal(checkRules(out, rules.slice(0, 2)).rules[0].violations, 0);
  });
});

describe('synth conditional derivations', () => {
  it('applies a definition only where its condition holds', () => {
    const rules = [
      { id: 'couple', description: '', expr: 'couple => abs(foyer - (a + b)) <= 0.01' },
      { id: 'seul', description: '', expr: 'not couple => abs(foyer - a) <= 0.01' },
    ];
    const t = new Table([
      columnFromValues('couple', 'boolean', [true, false]),
      columnFromValues('a', 'numeric', [10, 20]),
      columnFromValues('b', 'numeric', [5, 7]),
      columnFromValues('foyer', 'numeric', [0, 0]),
    ]);
    const d = derivationsOf(rules, t);
    assert.equal(d.length, 2);
    const out = applyDerivations(t, d);
    assert.deepEqual(Array.from((out.column('foyer') as NumberColumn).values), [15, 20]);
    assert.equal(
      checkRules(out, rules).violatingRows.reduce((s, x) => s + x, 0),
      0,
    );
  });
});

describe('synth conditional derivations with a missing condition', () => {
  it('leaves the row alone where the condition cannot be decided', () => {
    // `housing == 'hostel' => kids == 0`: a row whose housing is missing satisfies the rule as it is;
    // rewriting its children to 0 would break the rules that tie each child's columns to the count.
    const rules = [{ id: 'hostel', description: '', expr: "housing == 'hostel' => kids == 0" }];
    const t = new Table([
      columnFromValues('housing', 'categorical', ['hostel', null, 'flat']),
      columnFromValues('kids', 'integer', [2, 2, 2]),
    ]);
    const out = applyDerivations(t, derivationsOf(rules, t));
    assert.deepEqual(Array.from((out.column('kids') as NumberColumn).values), [0, 2, 2]);
  });
});

describe('synth blanking', () => {
  it('blanks a value that a rule says must be missing, and leaves what it cannot invent', () => {
    const rules = [{ id: 'k2', description: '', expr: 'kids >= 2 <=> second is not missing' }];
    const t = new Table([
      columnFromValues('kids', 'integer', [1, 3, 2]),
      columnFromValues('second', 'date', ['2020-01-01', '2021-01-01', null]),
    ]);
    const out = applyDerivations(t, derivationsOf(rules, t));
    assert.deepEqual(Array.from(out.column('second').missing), [1, 0, 1]);
    // Row 3 (2 kids, no date) still violates: it is left to resampling.
    assert.deepEqual(Array.from(checkRules(out, rules).violatingRows), [0, 0, 1]);
  });
});

describe('synth calibrated enforcement', () => {
  // A model with kind A (60 %) or B (40 %) and v, w uniform in 0..9, independent; the rule
  // `kind == 'B' or v == w` fails 90 % of the time for A and never for B. Plain rejection keeps A in
  // 0.06 / 0.46 ≈ 13 % of rows. Rows with v == w keep v and w uniform, so the model's 1-way marginals can
  // all be met by rule-abiding rows (as the real data's are).
  function drawKinds(n: number, rng: Rng): Table {
    const kind = Array.from({ length: n }, () => (rng.next() < 0.6 ? 'A' : 'B'));
    const v = Array.from({ length: n }, () => rng.int(10));
    const w = Array.from({ length: n }, () => rng.int(10));
    return new Table([
      columnFromValues('kind', 'categorical', kind),
      columnFromValues('v', 'integer', v),
      columnFromValues('w', 'integer', w),
    ]);
  }
  const rules = [{ id: 'a-needs-pair', description: 'A only with v = w', expr: "kind == 'B' or v == w" }];
  const shareOfA = (t: Table) => {
    const k = t.column('kind');
    assert.equal(k.kind, 'categorical');
    let a = 0;
    for (let i = 0; i < t.nRows; i++) if (k.categories[k.codes[i]] === 'A') a++;
    return a / t.nRows;
  };

  it("keeps the model's share of a category that breaks the rule more often", () => {
    const { table, report } = sampleWithRules(2000, drawKinds, (t) => checkRules(t, rules), createRng(7));
    assert.equal(table.nRows, 2000);
    assert.equal(
      checkRules(table, rules).violatingRows.reduce((s, x) => s + x, 0),
      0,
    );
    assert.equal(report.rowsStillViolating, 0);
    const share = shareOfA(table);
    assert.ok(Math.abs(share - 0.6) < 0.04, `share of A ${share}`);
    const c = report.calibration!;
    assert.ok(c.poolRows >= 2000 && c.rowsDrawn > c.poolRows, JSON.stringify(c));
    assert.ok(c.maxTvdBefore > 0.4 && c.maxTvdAfter < 0.04, JSON.stringify(c));
  });

  it('is deterministic for a seed and differs across seeds', () => {
    const check = (t: Table) => checkRules(t, rules);
    const a = sampleWithRules(300, drawKinds, check, createRng(11)).table;
    const b = sampleWithRules(300, drawKinds, check, createRng(11)).table;
    const c = sampleWithRules(300, drawKinds, check, createRng(12)).table;
    const v = (t: Table) => Array.from((t.column('v') as NumberColumn).values);
    assert.deepEqual(v(a), v(b));
    assert.deepEqual(shareOfA(a), shareOfA(b));
    assert.notDeepEqual([shareOfA(a), v(a)], [shareOfA(c), v(c)]);
  });

  it('uses the codes a sampler gives, and reports rows kept when the pool is short', () => {
    // Codes say kind; the table has only v (so calibration must come from the codes).
    const drawCoded = (n: number, rng: Rng) => {
      const t = drawKinds(n, rng);
      const k = t.column('kind');
      assert.equal(k.kind, 'categorical');
      const codes = Int32Array.from(k.codes, (x) => (k.categories[x] === 'A' ? 0 : 1));
      return { table: t, codes: [codes], sizes: [2], attributes: ['kind'] };
    };
    const r = sampleWithRules(1000, drawCoded, (t) => checkRules(t, rules), createRng(3));
    assert.ok(Math.abs(shareOfA(r.table) - 0.6) < 0.05, String(shareOfA(r.table)));
    assert.equal(r.report.calibration?.attributes, 1);
    assert.equal(r.report.calibration?.worstAttribute, 'kind');
    // Draws bounded to 1× the rows: the pool (≈ 46 %) is short, violating rows fill the rest.
    const short = sampleWithRules(1000, drawCoded, (t) => checkRules(t, rules), createRng(3), {
      maxDrawFactor: 1,
    });
    assert.equal(short.table.nRows, 1000);
    assert.equal(short.report.rowsStillViolating, 1000 - short.report.calibration!.poolRows);
    assert.ok(short.report.rowsStillViolating > 400);
  });
});
