// The CSV writer formats a chunk column by column in blocks of rows, then assembles the rows: its
// output must be what formatting each cell on its own gives (String(), formatDate, the quoting rules),
// across block boundaries, for every kind, delimiter and line end, and when a buffer is reused.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CsvFormatter } from '../src/io/csv/write.js';
import { createRng } from '../src/random.js';
import {
  booleanColumn,
  type Column,
  categoricalColumn,
  numberColumn,
  stringColumn,
} from '../src/table/column.js';
import { Table } from '../src/table/table.js';
import { csvReference } from './csv-reference.js';

const rng = createRng('csv-write-blocks');
const N = 1500; // several blocks, the last one partial

const WORDS = [
  'a',
  'bb',
  'plain text',
  ' lead',
  'trail ',
  'x,y',
  'x;y',
  'say "hi"',
  'two\nlines',
  'é',
  '#hash',
  '',
  'cr\rx',
];

function pick<T>(items: readonly T[]): T {
  return items[rng.int(items.length)];
}

function mask(p: number): Uint8Array {
  const m = new Uint8Array(N);
  for (let i = 0; i < N; i++) m[i] = rng.next() < p ? 1 : 0;
  return m;
}

function mixedTable(): Table {
  const amounts = new Float64Array(N);
  const days = new Float64Array(N);
  const far = new Float64Array(N);
  const big = Array.from({ length: 5000 }, (_, k) => (k % 7 === 0 ? `big "${k}"` : `big${k}`));
  const bigCodes = new Int32Array(N);
  const smallCodes = new Int32Array(N);
  const flags = new Uint8Array(N);
  const stamps = new Float64Array(N);
  const texts: string[] = [];
  for (let i = 0; i < N; i++) {
    const r = rng.int(5);
    amounts[i] =
      r === 0
        ? 0
        : r === 1
          ? rng.int(100000)
          : r === 2
            ? Math.round(rng.next() * 1e6) / 100
            : -rng.next() * 1e12;
    // Mostly 1900-2099 (the cached days), some outside, a few fractional.
    days[i] = Math.floor((rng.next() - 0.5) * 60000) + (rng.next() < 0.05 ? 0.5 : 0);
    far[i] = Math.floor((rng.next() - 0.5) * 6e6);
    bigCodes[i] = rng.int(big.length);
    smallCodes[i] = rng.int(WORDS.length);
    flags[i] = rng.int(2);
    // Mostly 1900-2099, some far off, a few with a fraction of a millisecond.
    stamps[i] =
      Math.floor((rng.next() - 0.5) * (rng.next() < 0.9 ? 6e12 : 6e14)) + (rng.next() < 0.03 ? 0.25 : 0);
    texts.push(pick(WORDS) + (rng.next() < 0.5 ? pick(WORDS) : ''));
  }
  const cols: Column[] = [
    categoricalColumn('first', WORDS, Int32Array.from(smallCodes), mask(0.1)),
    numberColumn('amount', 'numeric', amounts, mask(0.1)),
    numberColumn('day', 'date', days, mask(0.1)),
    numberColumn('jour', 'date', far, mask(0.05), 'dd/mm/yyyy'),
    categoricalColumn('big', big, bigCodes, mask(0.1)),
    categoricalColumn('small', WORDS, smallCodes, mask(0.1)),
    booleanColumn('flag', flags, mask(0.1)),
    booleanColumn('oui', Uint8Array.from(flags), mask(0.1)),
    stringColumn('text', 'text', texts, mask(0.1)),
    numberColumn('stamp', 'datetime', stamps, mask(0.1)),
    numberColumn('heure', 'datetime', Float64Array.from(stamps), mask(0.1), 'dd/mm/yyyy hh:mm:ss'),
    numberColumn('virgule', 'numeric', Float64Array.from(amounts), mask(0.1), 'decimal-comma'),
  ];
  return new Table(cols.map((c) => (c.name === 'oui' ? { ...c, format: 'oui/non' } : c)));
}

describe('CSV writer by blocks', () => {
  const table = mixedTable();

  for (const [delimiter, newline] of [
    [',', '\n'],
    [';', '\r\n'],
    ['\t', '\n'],
    [' | ', '\n'],
  ] as const) {
    it(`writes every kind as cell-by-cell formatting does (delimiter ${JSON.stringify(delimiter)})`, () => {
      const f = new CsvFormatter({ delimiter, newline });
      const expected = csvReference(table, delimiter, newline);
      assert.equal(f.rows(table), expected);
      // Again with the caches warm, and on a slice that starts inside a block.
      assert.equal(f.rows(table), expected);
      const part = table.slice(300, 1234);
      assert.equal(f.rows(part), csvReference(part, delimiter, newline));
    });
  }

  it('writes into a released buffer the same bytes as into a fresh one', () => {
    const f = new CsvFormatter();
    const a = table.slice(0, 700);
    const b = table.slice(700);
    const first = f.rowsBytes(a);
    const kept = Buffer.from(first).toString('utf8');
    f.release(first);
    const second = f.rowsBytes(b);
    assert.equal(Buffer.from(second).toString('utf8'), new CsvFormatter().rows(b));
    assert.equal(kept, new CsvFormatter().rows(a));
  });

  it('writes an empty chunk as nothing', () => {
    assert.equal(new CsvFormatter().rowsBytes(table.slice(0, 0)).length, 0);
  });
});
