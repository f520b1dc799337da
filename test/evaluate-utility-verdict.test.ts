// The ML-utility ratio is only judged when the real-data model beats chance: near AUC 0.5 the ratio's
// denominator is noise and used to explode (values such as -1.7e6 were reported).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluate } from '../src/evaluate/index.js';
import { createRng } from '../src/random.js';
import { Table, columnFromValues } from '../src/table/index.js';

function noise(rows: number, seed: number): Table {
  const rng = createRng(seed);
  const cols = ['a', 'b', 'c'].map((name) =>
    columnFromValues(name, 'categorical', Array.from({ length: rows }, () => `v${rng.int(4)}`)),
  );
  // The target is independent of every other column: no model can beat chance.
  cols.push(columnFromValues('cible', 'categorical', Array.from({ length: rows }, () => `t${rng.int(2)}`)));
  return new Table(cols);
}

describe('ML utility verdict', () => {
  it('is not judged when the target cannot be predicted from the real data', () => {
    const e = evaluate(noise(1200, 1), noise(1200, 2), { holdout: noise(600, 3), target: 'cible', seed: 1 });
    const v = e.verdicts.find((x) => x.criterion === 'ML utility');
    assert.ok(v);
    assert.equal(v.outcome, 'not judged');
    assert.ok(Number.isNaN(v.value));
    assert.match(v.text, /barely predicts 'cible'/);
  });
});
