import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FictifError } from '../src/errors.js';
import {
  categoricalFromStrings,
  columnFromValues,
  dateToDays,
  daysToIso,
  daysToParts,
  isoToDays,
  numberColumn,
  Table,
  valueAt,
} from '../src/table/index.js';

function sample(): Table {
  return new Table([
    columnFromValues('age', 'integer', [34, null, 71, 5]),
    columnFromValues('commune', 'categorical', ['Bordeaux', 'Pessac', null, 'Bordeaux']),
    columnFromValues('born', 'date', ['1990-02-28', '2000-01-01', null, '2019-12-31']),
    columnFromValues('single', 'boolean', [true, false, null, true]),
    columnFromValues('nir', 'identifier', ['1', '2', '3', null]),
  ]);
}

describe('Table', () => {
  it('keeps kinds, values and missing masks', () => {
    const t = sample();
    assert.equal(t.nRows, 4);
    assert.deepEqual(t.names, ['age', 'commune', 'born', 'single', 'nir']);
    assert.deepEqual(t.row(0), { age: 34, commune: 'Bordeaux', born: '1990-02-28', single: true, nir: '1' });
    assert.deepEqual(t.row(2), { age: 71, commune: null, born: null, single: null, nir: '3' });
    assert.equal(t.row(1).age, null);
    const commune = t.column('commune');
    assert.equal(commune.kind, 'categorical');
    if (commune.kind === 'categorical') assert.deepEqual([...commune.codes], [0, 1, -1, 0]);
  });

  it('slices as views and takes as copies', () => {
    const t = sample();
    const s = t.slice(1, 3);
    assert.equal(s.nRows, 2);
    assert.deepEqual(s.row(0), t.row(1));
    const age = t.column('age');
    const sAge = s.column('age');
    if (age.kind === 'integer' && sAge.kind === 'integer')
      assert.equal(sAge.values.buffer, age.values.buffer);
    const k = t.take([3, 0, 3]);
    assert.deepEqual(k.row(0), t.row(3));
    assert.deepEqual(k.row(1), t.row(0));
    assert.equal(k.nRows, 3);
  });

  it('selects, drops and names unknown columns in a usage error', () => {
    const t = sample();
    assert.deepEqual(t.select(['nir', 'age']).names, ['nir', 'age']);
    assert.deepEqual(t.drop(['nir']).names, ['age', 'commune', 'born', 'single']);
    assert.throws(
      () => t.column('agee'),
      (e: unknown) =>
        e instanceof FictifError && e.exitCode === 2 && /unknown column 'agee'.*age, commune/.test(e.message),
    );
  });

  it('refuses columns of unequal length and duplicate names', () => {
    assert.throws(
      () => new Table([columnFromValues('a', 'numeric', [1]), columnFromValues('b', 'numeric', [1, 2])]),
    );
    assert.throws(
      () => new Table([columnFromValues('a', 'numeric', [1]), columnFromValues('a', 'numeric', [2])]),
    );
  });

  it('marks NaN as missing in number columns', () => {
    const c = numberColumn('x', 'numeric', new Float64Array([1, Number.NaN, 3]));
    assert.deepEqual([...c.missing], [0, 1, 0]);
    assert.equal(valueAt(c, 1), null);
  });

  it('builds categoricals in first-seen order', () => {
    const c = categoricalFromStrings('c', ['b', 'a', 'b', null]);
    assert.deepEqual(c.categories, ['b', 'a']);
    assert.deepEqual([...c.codes], [0, 1, 0, -1]);
  });
});

describe('dates', () => {
  it('converts between day numbers and ISO dates', () => {
    assert.equal(dateToDays(1970, 1, 1), 0);
    assert.equal(dateToDays(2000, 3, 1) - dateToDays(2000, 2, 28), 2); // 2000 is a leap year
    assert.ok(Number.isNaN(dateToDays(2001, 2, 29)));
    assert.equal(daysToIso(isoToDays('1987-06-15')), '1987-06-15');
    assert.equal(daysToIso(dateToDays(1900, 1, 1)), '1900-01-01');
  });
});

describe('daysToParts', () => {
  it('agrees with Date on every day from 1600 to 2400', () => {
    for (let d = dateToDays(1600, 1, 1); d <= dateToDays(2400, 12, 31); d += 1) {
      const iso = daysToIso(d);
      const [y, m, day] = daysToParts(d);
      assert.equal(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`, iso);
    }
  });
});
