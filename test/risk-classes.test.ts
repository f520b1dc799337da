// Equivalence classes, k-anonymity and missing values, on tables small enough to count by hand.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRng } from '../src/random.js';
import {
  encodeColumn,
  groupRows,
  rowsByClass,
  sizeHistogram,
  wildcardClassSizes,
} from '../src/risk/index.js';
import { columnFromValues } from '../src/table/column.js';

// A  B
// x  1
// x  1
// x  2
// y  1
// y  –
// –  2
const A = columnFromValues('A', 'categorical', ['x', 'x', 'x', 'y', 'y', null]);
const B = columnFromValues('B', 'integer', [1, 1, 2, 1, null, 2]);

describe('risk: equivalence classes', () => {
  it('groups rows on the code tuples, missing as a value of its own', () => {
    const qis = [encodeColumn(A), encodeColumn(B)];
    assert.equal(qis[0].cardinality, 3); // x, y, missing
    assert.equal(qis[0].missingCode, 2);
    const c = groupRows(
      qis.map((q) => q.codes),
      6,
    );
    assert.equal(c.count, 5);
    assert.deepEqual([...c.classOf], [0, 0, 1, 2, 3, 4]);
    assert.deepEqual([...c.sizes], [2, 1, 1, 1, 1]);
    assert.deepEqual(sizeHistogram(c.sizes), [
      [1, 4],
      [2, 1],
    ]);
    const { order, start } = rowsByClass(c);
    assert.deepEqual([...start], [0, 2, 3, 4, 5, 6]);
    assert.deepEqual([...order], [0, 1, 2, 3, 4, 5]);
  });

  it('treats missing values as wildcards when asked (compatible records counted by hand)', () => {
    const qis = [encodeColumn(A), encodeColumn(B)];
    const c = groupRows(
      qis.map((q) => q.codes),
      6,
    );
    // (x,1)×2 ↔ each other; (x,2) ↔ (–,2); (y,1) ↔ (y,–); (y,–) ↔ (y,1),(–,2); (–,2) ↔ (x,2),(y,–)
    assert.deepEqual([...wildcardClassSizes(qis, c)], [2, 2, 2, 3, 3]);
  });

  it('agrees with a naive string-keyed grouping on random data', () => {
    const rng = createRng(11);
    const n = 2000;
    const cols = [0, 1, 2].map((j) =>
      columnFromValues(
        `q${j}`,
        'integer',
        Array.from({ length: n }, () => (rng.int(20) === 0 ? null : rng.int(4 + 3 * j))),
      ),
    );
    const enc = cols.map((c) => encodeColumn(c));
    const c = groupRows(
      enc.map((e) => e.codes),
      n,
    );
    const naive = new Map<string, number>();
    const keys: string[] = [];
    for (let i = 0; i < n; i++) {
      const k = cols
        .map((col) => (col.missing[i] ? 'NA' : String((col as { values: Float64Array }).values[i])))
        .join('|');
      keys.push(k);
      naive.set(k, (naive.get(k) ?? 0) + 1);
    }
    assert.equal(c.count, naive.size);
    for (let i = 0; i < n; i++) assert.equal(c.sizes[c.classOf[i]], naive.get(keys[i]));
  });

  it('wildcard sizes agree with a pairwise count on random data', () => {
    const rng = createRng(5);
    const n = 300;
    const cols = [0, 1, 2].map((j) =>
      columnFromValues(
        `q${j}`,
        'integer',
        Array.from({ length: n }, () => (rng.int(6) === 0 ? null : rng.int(3))),
      ),
    );
    const enc = cols.map((c) => encodeColumn(c));
    const c = groupRows(
      enc.map((e) => e.codes),
      n,
    );
    const eff = wildcardClassSizes(enc, c);
    const val = (j: number, i: number) =>
      cols[j].missing[i] ? null : (cols[j] as { values: Float64Array }).values[i];
    for (let i = 0; i < n; i += 7) {
      let compatible = 0;
      for (let r = 0; r < n; r++) {
        let ok = true;
        for (let j = 0; j < 3; j++) {
          const a = val(j, i);
          const b = val(j, r);
          if (a !== null && b !== null && a !== b) ok = false;
        }
        if (ok) compatible++;
      }
      assert.equal(eff[c.classOf[i]], compatible, `row ${i}`);
    }
  });

  it('encodes dates, text and booleans, and coarsens dates to years', () => {
    const d = columnFromValues('d', 'date', ['1980-01-05', '1980-07-01', '1981-01-01', null]);
    assert.deepEqual([...encodeColumn(d).codes], [0, 1, 2, 3]);
    const y = encodeColumn(d, 'year');
    assert.deepEqual([...y.codes], [0, 0, 1, 2]);
    assert.equal(y.cardinality, 3);
    const t = encodeColumn(columnFromValues('t', 'text', ['a', 'b', 'a']));
    assert.deepEqual([...t.codes], [0, 1, 0]);
    assert.equal(t.missingCode, -1);
    const b = encodeColumn(columnFromValues('b', 'boolean', [true, false, null, true]));
    assert.deepEqual([...b.codes], [0, 1, 2, 0]);
  });
});
