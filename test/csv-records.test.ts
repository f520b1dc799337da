// Rows handed to the CSV writer one at a time from a row record (the demo's path to CSV) must give the
// bytes the table path and the cell-by-cell reference give for the same cells, and the writer must
// refuse (undefined) what its row loop does not handle, so that the caller writes tables instead.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { STREAM_CHUNK_ROWS, writeRecords } from '../src/cli/commands/demo.js';
import { demoChunks } from '../src/demo/index.js';
import { CsvFormatter } from '../src/io/csv/write.js';
import { openTableWriter, type WriteOptions } from '../src/io/index.js';
import { createRng } from '../src/random.js';
import type { Column } from '../src/table/column.js';
import type { RecordSlot, RowRecord } from '../src/table/record.js';
import { Table } from '../src/table/table.js';
import { csvReference } from './csv-reference.js';

const rng = createRng('csv-records');
const WORDS = ['F', 'M', 'Saint-Médard-en-Jalles', 'x,y', 'say "hi"', 'long enough to pass thirty-one bytes'];
// Texts to quote or not; beyond ASCII at an end (white space there is quoted); halves of surrogate
// pairs, alone, at the end of one cell and the start of the next (they must not pair up).
const TEXTS = [
  ...['plain', ' padded', '#hash', 'a,b', 'quote"d', 'line\nbreak', 'tab\there', 'semi;colon', 'x'],
  ...['Mérignac', 'émoji 😀', '😀', 'Émile', 'nbsp\u00a0', '\u3000ideographic', 'aé', '\u2028'],
  ...['high\ud83d', '\ude00low', '\ud83d', '\ude00'],
];

// Numbers at the edges of the row loop's cases: 8 bytes or 9 (a word or not), whole or cents or
// thousandths, 2^32, the String() cases (1e-7, 1e21, 5e-324, 1e11 and more), doubles near a half cent.
const EDGES = [
  1e21,
  0.1 + 0.2,
  -1234.5,
  123456789012,
  1 / 3,
  99999.99,
  100000.01,
  12345678,
  123456789,
  99999999.99,
  0.5,
  0.05,
  0.125,
  -0.125,
  1e-7,
  1e11,
  1e11 - 0.5,
  1.005,
  5e-324,
  999999.995,
  4294967296.5,
  4294967295,
  1e8 - 0.01,
  -99999.99,
  0.001,
  10.1,
  10.10000001,
];

// A record of 5 numbers (a run of 4 then one apart), 2 dates, 2 codes, 1 flag and 2 texts, laid out in
// another order than the columns, as a producer may.
const slots: RecordSlot[] = [
  { store: 'text', at: 1 }, // first column: a leading '#' is quoted
  { store: 'num', at: 0 },
  { store: 'num', at: 1 },
  { store: 'num', at: 2 },
  { store: 'num', at: 3 },
  { store: 'num', at: 5 }, // a date
  { store: 'code', at: 1 },
  { store: 'flag', at: 0 },
  { store: 'num', at: 4 }, // an integer apart from the run
  { store: 'code', at: 0 },
  { store: 'num', at: 6 }, // a date in another pattern
  { store: 'text', at: 0 },
];

/** The value of cell `j` of a random row (undefined: missing), drawn to hit every special case. */
function drawRow(): (number | string | undefined)[] {
  const amount = () => {
    const u = rng.next();
    if (u < 0.4) return 0;
    if (u < 0.45) return -0;
    if (u < 0.5) return undefined;
    if (u < 0.55) return EDGES[rng.int(EDGES.length)];
    return Math.round((rng.next() - 0.2) * 1e6) / 100;
  };
  const run = rng.next() < 0.5 ? amount() : undefined;
  const day = () => {
    const u = rng.next();
    if (u < 0.1) return undefined;
    if (u < 0.15) return [-60000, 70000, 12.5, -25568, 73049 - 25567][rng.int(5)]; // outside 1900-2099, not whole
    return Math.floor((rng.next() - 0.5) * 60000);
  };
  const code = (n: number) => (rng.next() < 0.15 ? undefined : rng.int(n));
  const text = () => (rng.next() < 0.15 ? undefined : TEXTS[rng.int(TEXTS.length)]);
  return [
    text(),
    ...Array.from({ length: 4 }, () => (run !== undefined && rng.next() < 0.7 ? run : amount())),
    day(),
    code(WORDS.length),
    rng.next() < 0.1 ? undefined : rng.int(2),
    rng.next() < 0.2 ? undefined : rng.int(1000),
    code(3),
    day(),
    text(),
  ];
}

/** The same rows as a table, for the table path and the reference. */
function tableOf(rows: (number | string | undefined)[][]): Table {
  const n = rows.length;
  const miss = () => new Uint8Array(n);
  const nums = (j: number, kind: 'numeric' | 'integer' | 'date', format?: string): Column => {
    const values = new Float64Array(n);
    const missing = miss();
    rows.forEach((r, i) => {
      if (r[j] === undefined) missing[i] = 1;
      else values[i] = r[j] as number;
    });
    return { name: `c${j}`, kind, length: n, values, missing, format } as Column;
  };
  const cats = (j: number, categories: readonly string[]): Column => {
    const codes = new Int32Array(n);
    const missing = miss();
    rows.forEach((r, i) => {
      if (r[j] === undefined) missing[i] = 1;
      else codes[i] = r[j] as number;
    });
    return { name: `c${j}`, kind: 'categorical', length: n, categories, codes, missing };
  };
  const texts = (j: number): Column => {
    const values = rows.map((r) => (r[j] as string | undefined) ?? '');
    const missing = Uint8Array.from(rows, (r) => (r[j] === undefined ? 1 : 0));
    return { name: `c${j}`, kind: 'text', length: n, values, missing };
  };
  const flags = miss();
  const flagMissing = miss();
  rows.forEach((r, i) => {
    if (r[7] === undefined) flagMissing[i] = 1;
    else flags[i] = r[7] as number;
  });
  return new Table([
    texts(0),
    nums(1, 'numeric'),
    nums(2, 'numeric'),
    nums(3, 'numeric'),
    nums(4, 'numeric'),
    nums(5, 'date'),
    cats(6, WORDS),
    { name: 'c7', kind: 'boolean', length: n, values: flags, missing: flagMissing, format: 'oui/non' },
    nums(8, 'integer'),
    cats(9, ['a', 'b', 'c']),
    nums(10, 'date', 'dd/mm/yyyy'),
    texts(11),
  ]);
}

/** Fill the record with a row (missing: NaN, -1, 2, ''). */
function fill(
  record: { nums: Float64Array; codes: Int32Array; flags: Uint8Array; texts: string[] },
  row: (number | string | undefined)[],
) {
  slots.forEach((s, j) => {
    const v = row[j];
    if (s.store === 'num') record.nums[s.at] = v === undefined ? Number.NaN : (v as number);
    if (s.store === 'code') record.codes[s.at] = v === undefined ? -1 : (v as number);
    if (s.store === 'flag') record.flags[s.at] = v === undefined ? 2 : (v as number);
    if (s.store === 'text') record.texts[s.at] = v === undefined ? '' : (v as string);
  });
}

describe('CSV rows from a row record', () => {
  for (const [delimiter, newline] of [
    [',', '\n'],
    [';', '\r\n'],
    ['\t', '\n'],
  ] as const) {
    it(`gives the table path's bytes (delimiter ${JSON.stringify(delimiter)})`, () => {
      const rows = Array.from({ length: 2000 }, drawRow);
      const table = tableOf(rows);
      const f = new CsvFormatter({ delimiter, newline });
      const w = f.recordWriter(table.columns, slots);
      assert.ok(w, 'the writer takes these columns');
      const record = {
        nums: new Float64Array(7),
        codes: new Int32Array(2),
        flags: new Uint8Array(1),
        texts: ['', ''],
      };
      const parts: Buffer[] = [];
      rows.forEach((r, i) => {
        fill(record, r);
        w.row(record as RowRecord);
        // Taken at uneven places: a repeated number must not be copied from the buffer handed out.
        if (i % 333 === 332) {
          const bytes = w.take();
          parts.push(Buffer.from(bytes));
          w.release(bytes);
        }
      });
      parts.push(Buffer.from(w.take()));
      const got = Buffer.concat(parts).toString('utf8');
      assert.equal(
        got,
        Buffer.from(new CsvFormatter({ delimiter, newline }).rowsBytes(table)).toString('utf8'),
      );
      // As UTF-8: half a surrogate pair is written as U+FFFD.
      assert.equal(got, Buffer.from(csvReference(table, delimiter, newline)).toString('utf8'));
    });
  }

  it('gives the same bytes with cells and rows larger than its room', () => {
    // Texts of 10 KB to 100 KB (past the writer's text room) and of 3 KB (in it), 7 MB of rows before
    // one take (past its output's first capacity): the memory grows; long boolean words and categories.
    const rows = Array.from({ length: 600 }, (_, i) => {
      const r = drawRow();
      r[0] = i % 3 === 0 ? undefined : `${'é'.repeat(i % 10 ? 10 : 5000 * (i % 7))}${i % 2 ? '"quoted"' : 'plain'}`;
      // Most rows: texts that fit the writer's text room (4 KB) but fill most of it.
      r[11] = i % 10 === 0 ? 'x'.repeat(100_000 + i) : 'y'.repeat(3000 + i);
      return r;
    });
    const table = tableOf(rows);
    const columns = table.columns.map((c) =>
      c.kind === 'boolean' ? { ...c, format: 'a yes of more than thirty-one bytes/non' } : c,
    );
    const wide = new Table(columns);
    const w = new CsvFormatter({}).recordWriter(wide.columns, slots);
    assert.ok(w);
    const record = {
      nums: new Float64Array(7),
      codes: new Int32Array(2),
      flags: new Uint8Array(1),
      texts: ['', ''],
    };
    for (const r of rows) {
      fill(record, r);
      w.row(record as RowRecord);
    }
    const got = Buffer.from(w.take()).toString('utf8');
    assert.ok(got.length > 7_000_000);
    assert.equal(got, Buffer.from(csvReference(wide, ',', '\n')).toString('utf8'));
  });

  it('is refused where a column needs the general path', () => {
    const rows = Array.from({ length: 10 }, drawRow);
    const table = tableOf(rows);
    assert.ok(new CsvFormatter({}).recordWriter(table.columns, slots));
    // A delimiter of more than one byte; a decimal comma in a comma-delimited file.
    assert.equal(new CsvFormatter({ delimiter: ' | ' }).recordWriter(table.columns, slots), undefined);
    assert.equal(new CsvFormatter({ decimal: ',' }).recordWriter(table.columns, slots), undefined);
    assert.ok(new CsvFormatter({ decimal: ',', delimiter: ';' }).recordWriter(table.columns, slots));
    // A slot of another store than its column's kind; fewer slots than columns.
    const wrong = slots.map((s, j) => (j === 1 ? { store: 'code' as const, at: 0 } : s));
    assert.equal(new CsvFormatter({}).recordWriter(table.columns, wrong), undefined);
    assert.equal(new CsvFormatter({}).recordWriter(table.columns, slots.slice(1)), undefined);
    // Datetimes; more categories than the dictionary holds.
    const at = {
      name: 't',
      kind: 'datetime',
      length: 0,
      values: new Float64Array(0),
      missing: new Uint8Array(0),
    };
    const many = Array.from({ length: 5000 }, (_, i) => `k${i}`);
    const big = {
      name: 'k',
      kind: 'categorical',
      length: 0,
      categories: many,
      codes: new Int32Array(0),
      missing: new Uint8Array(0),
    };
    const one: RecordSlot[] = [{ store: 'num', at: 0 }];
    assert.equal(new CsvFormatter({}).recordWriter([at as Column], one), undefined);
    assert.equal(new CsvFormatter({}).recordWriter([big as Column], [{ store: 'code', at: 0 }]), undefined);
  });
});

describe('the demo written from records', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fictif-records-'));
  const rows = 2 * STREAM_CHUNK_ROWS + 77; // more than one flush, and a partial one

  const viaTables = async (path: string, options: WriteOptions) => {
    const sink = await openTableWriter(path, options);
    for (const chunk of demoChunks({ rows, seed: 5 }, STREAM_CHUNK_ROWS)) await sink.write(chunk);
    await sink.close();
  };
  const viaRecords = async (path: string, options: WriteOptions) => {
    const sink = await openTableWriter(path, options);
    const columns = await writeRecords(sink, { rows, seed: 5 });
    await sink.close();
    return columns;
  };

  for (const [name, options] of [
    ['csv with its comment', { comment: true }],
    ['tsv', { format: 'tsv' }],
    ['semicolons, CRLF, BOM', { delimiter: ';', newline: '\r\n', bom: true }],
  ] as [string, WriteOptions][]) {
    it(`gives the table path's bytes (${name})`, async () => {
      const a = join(dir, `${name}-tables.csv`);
      const b = join(dir, `${name}-records.csv`);
      await viaTables(a, options);
      assert.equal(await viaRecords(b, options), 200);
      assert.ok(readFileSync(a).equals(readFileSync(b)));
    });
  }

  it('leaves formats the records cannot take to the table path (nothing written)', async () => {
    for (const options of [
      { encoding: 'windows-1252' },
      { format: 'jsonl' },
      { delimiter: ' | ' },
    ] as WriteOptions[]) {
      const path = join(dir, 'other.out');
      const sink = await openTableWriter(path, { format: 'csv', ...options });
      assert.equal(await writeRecords(sink, { rows: 10, seed: 5 }), 0);
      await sink.abort();
    }
  });

  it('cleans up', () => rmSync(dir, { recursive: true, force: true }));
});
