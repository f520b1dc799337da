// The fast paths of the CSV writer and reader give the same results as the plain ones: numbers by
// digit arithmetic as String(v), dates digit by digit as formatDate, string codes by number keys and
// short scans as by a Map.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readCsv } from '../src/io/csv/read.js';
import { CsvFormatter, formatDate, formatDatetime } from '../src/io/csv/write.js';
import { createRng } from '../src/random.js';
import { categoricalColumn, numberColumn, stringColumn } from '../src/table/column.js';
import { Table } from '../src/table/table.js';

function lines(t: Table, formatter = new CsvFormatter()): string[] {
  return formatter.rows(t).split('\n').slice(0, -1);
}

describe('CSV writer fast paths', () => {
  it('writes numbers exactly as String() does, with either decimal mark', () => {
    const rng = createRng('perf-numbers');
    const n = 50000;
    const v = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const scale = 10 ** rng.int(15);
      const x = (rng.next() - 0.5) * scale;
      switch (rng.int(7)) {
        case 0:
          v[i] = x;
          break;
        case 1:
          v[i] = Math.round(x);
          break;
        case 2:
          v[i] = Math.round(x * 10) / 10;
          break;
        case 3:
          v[i] = Math.round(x * 100) / 100;
          break;
        case 4:
          v[i] = Math.round(x * 1000) / 1000;
          break;
        case 5:
          v[i] = x * 1e-9;
          break;
        default:
          v[i] = Math.round(x * 100) / 100 + 1e-7;
      }
    }
    v[0] = -0;
    v[1] = 0.1 + 0.2;
    v[2] = 99999999999.99;
    v[3] = 1e21;
    v[4] = 123456789012.5;
    const t = new Table([numberColumn('x', 'numeric', v)]);
    const expected = Array.from(v, (x) => String(x));
    assert.deepEqual(lines(t), expected);
    assert.deepEqual(
      lines(t, new CsvFormatter({ decimal: ',', delimiter: ';' })),
      expected.map((s) => s.replace('.', ',')),
    );
    // A decimal comma in a comma-delimited file is quoted.
    assert.deepEqual(
      lines(t, new CsvFormatter({ decimal: ',' })),
      expected.map((s) => (s.includes('.') ? `"${s.replace('.', ',')}"` : s)),
    );
  });

  it('writes dates and datetimes as formatDate and formatDatetime do', () => {
    const rng = createRng('perf-dates');
    const n = 20000;
    const days = new Float64Array(n);
    const ms = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      days[i] = Math.floor((rng.next() - 0.5) * 6e6); // beyond years 1-9999 too
      ms[i] = Math.floor((rng.next() - 0.3) * 5e14);
    }
    for (const pattern of [
      'yyyy-mm-dd',
      'dd/mm/yyyy',
      'mm/dd/yyyy',
      'yyyy/mm/dd',
      'dd-mm-yyyy',
      'dd.mm.yyyy',
    ]) {
      const t = new Table([numberColumn('d', 'date', days, undefined, pattern)]);
      assert.deepEqual(
        lines(t),
        Array.from(days, (d) => formatDate(d, pattern)),
        pattern,
      );
    }
    for (const pattern of ['iso', 'dd/mm/yyyy hh:mm:ss']) {
      const t = new Table([
        numberColumn('t', 'datetime', ms, undefined, pattern === 'iso' ? undefined : pattern),
      ]);
      assert.deepEqual(
        lines(t),
        Array.from(ms, (x) => formatDatetime(x, pattern)),
        pattern,
      );
    }
  });

  it('quotes text and categories by a char scan as the rules say', () => {
    const values = [
      'a',
      ' lead',
      'trail\u00a0',
      'x;y',
      'x,y',
      'say "hi"',
      'two\nlines',
      '#not first',
      'é',
      '',
    ];
    const missing = new Uint8Array(values.length);
    missing[values.length - 1] = 1;
    const t = new Table([
      stringColumn('s', 'text', values, missing),
      categoricalColumn(
        'c',
        ['#hash', 'p;q'],
        Int32Array.from(values, (_, i) => i % 2),
      ),
    ]);
    const comma = lines(t);
    assert.deepEqual(comma, [
      'a,#hash',
      '" lead",p;q',
      '"trail\u00a0",#hash',
      'x;y,p;q',
      '"x,y",#hash',
      '"say ""hi""",p;q',
      '"two',
      'lines",#hash',
      '"#not first",p;q',
      'é,#hash',
      ',p;q',
    ]);
    const semi = lines(t, new CsvFormatter({ delimiter: ';' }));
    assert.equal(semi[3], '"x;y";"p;q"');
    assert.equal(semi[4], 'x,y;#hash');
  });
});

describe('CSV reader string codes', () => {
  it('keeps digit codes with and without leading zeros apart, past the short scan', async () => {
    const rng = createRng('perf-codes');
    const cells: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const k = rng.int(40);
      cells.push(k % 3 === 0 ? String(k) : k % 3 === 1 ? String(k).padStart(3, '0') : `c${k}`);
    }
    const text = `code\n${cells.join('\n')}\n`;
    const { table } = await readCsv(text);
    const col = table.column('code');
    assert.equal(col.kind, 'categorical');
    if (col.kind !== 'categorical') return;
    const back = Array.from(col.codes, (c) => col.categories[c]);
    assert.deepEqual(back, cells);
    assert.equal(new Set(col.categories).size, col.categories.length);
  });
});

describe('date reading fast paths', () => {
  it('read fixed-width dates and datetimes as the general path does', async () => {
    const { parseDate, parseDatetime } = await import('../src/io/cells.js');
    const rng = createRng('perf-parse-dates');
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    for (let i = 0; i < 20000; i++) {
      const y = rng.int(10000);
      const m = rng.int(14);
      const d = rng.int(33);
      const sep = '-/.'[rng.int(3)];
      for (const pattern of [
        'yyyy-mm-dd',
        'dd/mm/yyyy',
        'mm/dd/yyyy',
        'yyyy/mm/dd',
        'dd-mm-yyyy',
        'dd.mm.yyyy',
      ]) {
        const text = pattern.startsWith('y')
          ? `${pad(y, 4)}${sep}${pad(m, 2)}${sep}${pad(d, 2)}`
          : `${pad(d, 2)}${sep}${pad(m, 2)}${sep}${pad(y, 4)}`;
        // The general path: the same text with a space around, which the fast path leaves alone.
        assert.deepEqual(parseDate(text, pattern), parseDate(` ${text} `, pattern), `${text} ${pattern}`);
      }
      const time = `${pad(rng.int(26), 2)}:${pad(rng.int(62), 2)}:${pad(rng.int(62), 2)}`;
      const dt = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}${rng.next() < 0.5 ? 'T' : ' '}${time}`;
      assert.deepEqual(parseDatetime(dt, 'iso'), parseDatetime(` ${dt}`, 'iso'), dt);
    }
    assert.equal(parseDate('1969-12-31', 'yyyy-mm-dd'), -1);
    assert.equal(parseDatetime('2024-02-29T23:59:59', 'iso'), Date.UTC(2024, 1, 29, 23, 59, 59));
    assert.ok(Number.isNaN(parseDate('2023-02-29', 'yyyy-mm-dd')));
  });
});
