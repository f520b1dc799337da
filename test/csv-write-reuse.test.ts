// The CSV writer keeps its row plan from one chunk to the next when the chunk has the same column
// objects over the same arrays (the demo refills one set of buffers chunk after chunk): each chunk must
// still be written from its own values and missing marks, as cell-by-cell formatting gives them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CsvFormatter } from '../src/io/csv/write.js';
import { createRng } from '../src/random.js';
import type { Column } from '../src/table/column.js';
import { Table } from '../src/table/table.js';
import { csvReference } from './csv-reference.js';

const rng = createRng('csv-write-reuse');
const N = 300; // more than one staged block of rows
const WORDS = ['F', 'M', 'Saint-Médard-en-Jalles', 'x,y', 'long enough to pass thirty-one bytes'];

// One set of buffers, refilled in place for every chunk.
const amounts = Array.from({ length: 6 }, () => new Float64Array(N));
const amountMissing = amounts.map(() => new Uint8Array(N));
const days = new Float64Array(N);
const dayMissing = new Uint8Array(N);
const codes = new Int32Array(N);
const codeMissing = new Uint8Array(N);
const flags = new Uint8Array(N);
const flagMissing = new Uint8Array(N);
const texts: string[] = new Array(N).fill('');
const textMissing = new Uint8Array(N);

const columns: Column[] = [
  { name: 'id', kind: 'identifier', length: N, values: texts, missing: textMissing },
  ...amounts.map(
    (values, j): Column => ({
      name: `m${j}`,
      kind: 'numeric',
      length: N,
      values,
      missing: amountMissing[j],
      // A decimal comma in the middle splits the run of numbers.
      format: j === 3 ? 'decimal-comma' : undefined,
    }),
  ),
  { name: 'day', kind: 'date', length: N, values: days, missing: dayMissing },
  { name: 'word', kind: 'categorical', length: N, categories: WORDS, codes, missing: codeMissing },
  { name: 'flag', kind: 'boolean', length: N, values: flags, missing: flagMissing },
];
const table = new Table(columns);

/** New values and missing marks in the same arrays; `sparse`: no missing cell in this chunk. */
function refill(sparse: boolean): void {
  const gap = (m: Uint8Array, i: number, p: number) => {
    m[i] = !sparse && rng.next() < p ? 1 : 0;
  };
  for (let i = 0; i < N; i++) {
    const base = rng.next() < 0.5 ? 0 : Math.round(rng.next() * 1e5) / 100;
    amounts.forEach((a, j) => {
      // Runs of zeros and of one repeated amount, as in the benefit columns.
      a[i] = rng.next() < 0.8 ? base : Math.round(rng.next() * 1e4) / 100;
      gap(amountMissing[j], i, 0.1);
    });
    days[i] = Math.floor((rng.next() - 0.5) * 60000) + (rng.next() < 0.02 ? 0.5 : 0);
    gap(dayMissing, i, 0.2);
    gap(codeMissing, i, 0.2);
    codes[i] = codeMissing[i] ? -1 : rng.int(WORDS.length);
    flags[i] = rng.int(2);
    gap(flagMissing, i, 0.2);
    texts[i] = rng.next() < 0.1 ? ' padded' : `n${rng.int(1e6)}`;
    gap(textMissing, i, 0.1);
  }
}

describe('CSV writer on a chunk refilled in place', () => {
  for (const [delimiter, newline] of [
    [',', '\n'],
    [';', '\r\n'],
    [' | ', '\n'],
  ] as const) {
    it(`writes each refill from its own cells (delimiter ${JSON.stringify(delimiter)})`, () => {
      const f = new CsvFormatter({ delimiter, newline });
      for (let round = 0; round < 6; round++) {
        // Missing cells in some chunks only: the columns without any are staged by another path.
        refill(round % 2 === 0);
        const bytes = f.rowsBytes(table);
        assert.equal(Buffer.from(bytes).toString('utf8'), csvReference(table, delimiter, newline));
        f.release(bytes);
      }
    });
  }
});
