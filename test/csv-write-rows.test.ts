// The CSV writer formats a chunk row by row, with the number columns transposed a few rows at a
// time and a repeated number copied from the previous one: its cells must still be what formatting
// each cell on its own gives (String(), the decimal mark, the quoting rules), whatever the mix of
// kinds, the missing cells, the delimiter, and however the output buffer grows.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CsvFormatter } from '../src/io/csv/write.js';
import { createRng } from '../src/random.js';
import {
  type Column,
  categoricalColumn,
  type NumberColumn,
  numberColumn,
  stringColumn,
} from '../src/table/column.js';
import { Table } from '../src/table/table.js';
import { csvReference } from './csv-reference.js';

const rng = createRng('csv-write-rows');

/** Values of every shape the fast paths meet, and the edge cases of String(). */
const SPECIAL = [
  0,
  -0,
  1,
  -1,
  0.1 + 0.2,
  5e-7,
  1e21,
  -1e21,
  123456789012345,
  2 ** 53,
  2 ** 53 + 2,
  1e11 - 0.01,
  1e11,
  99999999.99,
  -99999999.99,
  1234.5,
  0.05,
  12.345,
  -0.001,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
];

function value(): number {
  const r = rng.int(8);
  if (r === 0) return 0;
  if (r === 1) return SPECIAL[rng.int(SPECIAL.length)];
  if (r === 2) return rng.int(1_000_000) - 500_000;
  if (r === 3) return Math.round((rng.next() - 0.3) * 1e8) / 100;
  if (r === 4) return Math.round(rng.next() * 1e6) / 1000;
  if (r === 5) return (rng.next() - 0.5) * 10 ** (rng.int(40) - 20);
  return 42.42; // repeated from cell to cell
}

/** A number column whose NaN values are NOT all missing (built without numberColumn's scan). */
function rawNumbers(name: string, values: Float64Array, missing: Uint8Array, format?: string): NumberColumn {
  return { name, kind: 'numeric', length: values.length, values, missing, format };
}

function wideTable(n: number, width: number): Table {
  const cols: Column[] = [];
  for (let j = 0; j < width; j++) {
    const values = new Float64Array(n);
    const missing = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      values[i] = value();
      if (rng.next() < 0.05) values[i] = Number.NaN; // NaN kept as a value: written as String() does
      if (rng.next() < 0.1) missing[i] = 1; // missing, whatever the value under it
    }
    const r = j % 7;
    if (r === 5) {
      const texts = Array.from({ length: n }, () =>
        rng.next() < 0.01 ? 'x'.repeat(5000) : ['a', 'b c', ' lead', 'q"q', '#h', ''][rng.int(6)],
      );
      cols.push(stringColumn(`t${j}`, 'text', texts, missing));
    } else if (r === 6) {
      const codes = Int32Array.from({ length: n }, () => rng.int(3) - 1);
      cols.push(categoricalColumn(`c${j}`, ['un', 'deux'], codes));
    } else cols.push(rawNumbers(`n${j}`, values, missing, r === 3 ? 'decimal-comma' : undefined));
  }
  return new Table(cols);
}

describe('CSV writer row by row', () => {
  // 77 rows: two full transposed blocks of rows and a partial one.
  const table = wideTable(77, 60);

  for (const [delimiter, newline, decimal] of [
    [',', '\n', undefined],
    [';', '\r\n', undefined],
    ['\t', '\n', ','],
    [';', '\n', '.'],
    [' | ', '\n', undefined],
    ['<<delimiter>>', '\r\n', ','],
  ] as const) {
    it(`writes every cell as formatting it alone does (${JSON.stringify(delimiter)}, decimal ${decimal})`, () => {
      const f = new CsvFormatter({ delimiter, newline, decimal });
      const expected = csvReference(table, delimiter, newline, decimal);
      assert.equal(f.rows(table), expected);
      // Again with warm caches, into a released (reused) buffer, and on a slice.
      f.release(f.rowsBytes(table));
      assert.equal(f.rows(table), expected);
      const part = table.slice(31, 70);
      assert.equal(f.rows(part), csvReference(part, delimiter, newline, decimal));
    });
  }

  it('copies a repeated number only with the same decimal mark', () => {
    const v = Float64Array.from([1.5, 1.5, 1.5, 2.25, 2.25]);
    const t = new Table([
      numberColumn('a', 'numeric', v),
      numberColumn('b', 'numeric', Float64Array.from(v), undefined, 'decimal-comma'),
      numberColumn('c', 'numeric', Float64Array.from(v)),
    ]);
    assert.equal(
      new CsvFormatter({ delimiter: ';' }).rows(t),
      '1.5;1,5;1.5\n1.5;1,5;1.5\n1.5;1,5;1.5\n2.25;2,25;2.25\n2.25;2,25;2.25\n',
    );
  });

  it('writes numbers as String() does, one column or many, missing or not', () => {
    const n = 5000;
    const values = Float64Array.from({ length: n }, () => value());
    const one = new Table([numberColumn('x', 'numeric', values)]);
    const expected = Array.from(values, (x) => (Number.isNaN(x) ? '' : String(x))).join('\n');
    assert.equal(new CsvFormatter().rows(one), `${expected}\n`);
    // The same values spread over rows of 10 columns.
    const rows = n / 10;
    const cols = Array.from({ length: 10 }, (_, j) =>
      numberColumn(
        `x${j}`,
        'numeric',
        Float64Array.from({ length: rows }, (_, i) => values[i * 10 + j]),
      ),
    );
    const lines = new CsvFormatter().rows(new Table(cols)).split('\n');
    for (let i = 0; i < rows; i++)
      assert.equal(
        lines[i],
        Array.from({ length: 10 }, (_, j) => {
          const x = values[i * 10 + j];
          return Number.isNaN(x) ? '' : String(x);
        }).join(','),
      );
  });
});
