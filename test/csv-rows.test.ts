// How the CSV reader cuts text into rows and fields (split.ts): quoted fields across
// chunk boundaries, one-column files, and the errors for ragged rows and stray quotes anywhere in a
// large file, with the right line. Also the number fast path against the general one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeBuilder } from '../src/io/builders.js';
import { readCsv } from '../src/io/csv/read.js';
import { guessPlan } from '../src/io/guess.js';
import { civilToDays, parseNumber, simpleNumber } from '../src/io/cells.js';
import { FictifError } from '../src/errors.js';
import { createRng } from '../src/random.js';
import { valueAt } from '../src/table/column.js';
import type { Table } from '../src/table/table.js';

const read = (text: string | Uint8Array, options = {}) => readCsv(text, { file: 'r.csv', ...options });
const column = (t: Table, name: string) =>
  Array.from({ length: t.nRows }, (_, i) => valueAt(t.column(name), i));

async function fails(text: string, pattern: RegExp, options = {}): Promise<void> {
  try {
    await read(text, options);
  } catch (e) {
    assert.ok(e instanceof FictifError, `expected a FictifError, got ${e}`);
    assert.match(e.describe(), pattern);
    return;
  }
  assert.fail(`expected an error matching ${pattern}`);
}

/** A CSV field as a writer would quote it. */
const quote = (v: string, d: string) =>
  /["\r\n]/.test(v) || v.includes(d) ? `"${v.replaceAll('"', '""')}"` : v;

describe('csv rows: splitting', () => {
  it('reads quoted fields with delimiters, quotes and line breaks across many chunks', async () => {
    const rng = createRng('csv-rows');
    const pieces = ['a', 'b;c', 'say "hi"', 'line\nbreak', '', 'x"y', 'é€', '"', ';', 'p\n\nq'];
    const n = 20000;
    const notes: string[] = [];
    const lines = ['id;note;tail'];
    for (let i = 0; i < n; i++) {
      const note = pieces[rng.int(pieces.length)] + pieces[rng.int(pieces.length)];
      const tail = rng.next() < 0.3 ? 'z;z' : `t${i % 5}`;
      notes.push(note);
      lines.push([String(i), quote(note, ';'), quote(tail, ';')].join(';'));
    }
    for (const newline of ['\n', '\r\n']) {
      const text = `${lines.join(newline)}${newline}`.replaceAll('break', newline === '\n' ? 'break' : 'brk');
      const { table, info } = await read(text);
      assert.equal(info.newline, newline);
      assert.equal(table.nRows, n);
      assert.deepEqual(
        column(table, 'id'),
        Array.from({ length: n }, (_, i) => i),
      );
      const expected = notes.map((v) =>
        v.trim() === '' ? null : (newline === '\n' ? v : v.replaceAll('break', 'brk')).trim(),
      );
      assert.deepEqual(
        column(table, 'note').map((v) => (v === null ? null : String(v))),
        expected.map((v) => (v === null ? null : v)),
      );
    }
  });

  it('reads the same cells whatever the byte chunks, with every line ending', async () => {
    // Chunks of 1-400 bytes cut rows, quoted fields, "" pairs, CRLF pairs and UTF-8 characters
    // anywhere: every cell must come back as written.
    const rng = createRng('csv-rows-chunks');
    const pieces = ['a', 'b,c', 'q"q', '""', 'x\ny', 'r\rs', 'é€', 'ü', ',', 'end"'];
    const n = 4000;
    const rows = Array.from({ length: n }, (_, i) => [
      `k${i}`,
      ...Array.from(
        { length: 3 },
        () => `${pieces[rng.int(pieces.length)]}${pieces[rng.int(pieces.length)]}z`,
      ),
    ]);
    const csvQuote = (v: string) => (/["\r\n,]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
    for (const newline of ['\n', '\r\n', '\r']) {
      const text = `k,a,b,c${newline}${rows.map((r) => r.map(csvQuote).join(',')).join(newline)}${newline}`;
      const bytes = new TextEncoder().encode(text);
      const chunks = () =>
        (async function* () {
          const cut = createRng(`chunks-${newline.length}`);
          for (let at = 0; at < bytes.length; ) {
            const size = 1 + cut.int(400);
            yield bytes.subarray(at, at + size);
            at += size;
          }
        })();
      const { table, info } = await readCsv(chunks, { file: 'c.csv' });
      assert.equal(info.newline, newline);
      assert.equal(table.nRows, n);
      for (const [j, name] of ['k', 'a', 'b', 'c'].entries())
        assert.deepEqual(
          column(table, name),
          rows.map((r) => r[j].trim()),
          `${name} with ${JSON.stringify(newline)}`,
        );
    }
  });

  it('keeps a text U+FEFF that starts a chunk', async () => {
    const first = `a;b\n${'1;x\n'.repeat(16383)}`; // 65,536 characters: the second chunk starts a row
    assert.equal(first.length, 65536);
    const { table, info } = await read(`${first}\ufeff2;y\n3;z\n`);
    assert.equal(table.nRows, 16385);
    // Not a number: the column is read again as text (where trimming drops the U+FEFF).
    assert.deepEqual(info.reread, ['a']);
  });

  it('reads one-column files, quoted values and blank lines included', async () => {
    const { table } = await read('name\n"Dupont, Jean"\n\nMartin\n"say ""hi"""\n"two\nlines"\nlast');
    assert.deepEqual(column(table, 'name'), ['Dupont, Jean', 'Martin', 'say "hi"', 'two\nlines', 'last']);
  });

  it('reads a last row without a line break, and a quoted last field', async () => {
    const { table } = await read('a,b\n1,"x,y"\n2,"z"');
    assert.deepEqual(column(table, 'b'), ['x,y', 'z']);
  });

  it('reads carriage returns inside fields of CRLF text, and old Mac line ends', async () => {
    const crlf = await read('a,b\r\n1,"p\rq"\r\n2,x\ry\r\n3,\r\n');
    assert.deepEqual(column(crlf.table, 'b'), ['p\rq', 'x\ry', null]);
    const mac = await read('a,b\r1,2\r3,"x\ry"\r');
    assert.deepEqual(column(mac.table, 'b'), ['2', 'x\ry']);
  });

  it('stops at maxRows without looking at the broken rows after', async () => {
    const { table } = await read('a,b\n1,2\n3,4\n5\n6,7,8\n', { maxRows: 2 });
    assert.equal(table.nRows, 2);
  });
});

describe('csv rows: errors anywhere in the file', () => {
  const body = (rows: number) => Array.from({ length: rows }, (_, i) => `${i};"q;${i}";v`).join('\n');

  it('names the line of a short row far into the file', async () => {
    await fails(`a;b;c\n${body(30000)}\n1;2\n${body(10)}\n`, /^r\.csv:30002: expected 3 fields, found 2$/);
  });

  it('names the line of a short row that ends at a delimiter or a quoted field', async () => {
    await fails(`a;b;c\n${body(3000)}\n1;\n${body(10)}\n`, /^r\.csv:3002: expected 3 fields, found 2$/);
    await fails(`a;b;c\n${body(3000)}\n1;"x"\n${body(10)}\n`, /^r\.csv:3002: expected 3 fields, found 2$/);
    await fails('a;b;c\n1;2;\n;\n', /^r\.csv:3: expected 3 fields, found 2$/);
  });

  it('reads rows whose last fields are empty', async () => {
    const { table } = await read(`a;b;c\n${'1;;\n2;"";\n'.repeat(20000)}`);
    assert.equal(table.nRows, 40000);
    assert.equal(
      table.column('c').missing.reduce((s: number, m: number) => s + m, 0),
      40000,
    );
  });

  it('names the line of a long row far into the file', async () => {
    await fails(
      `a;b;c\n${body(30000)}\n1;2;3;4\n${body(10)}\n`,
      /^r\.csv:30002: expected 3 fields, found 4$/,
    );
  });

  it('names the line of a short last row', async () => {
    await fails(`a;b;c\n${body(3000)}\n1;2`, /^r\.csv:3002: expected 3 fields, found 2$/);
  });

  it('names the line of text after a closing quote far into the file', async () => {
    await fails(`a;b;c\n${body(30000)}\n1;"2"x;3\n`, /^r\.csv:30002: malformed quoted field/);
  });

  it('names the line of a quote left open far into the file', async () => {
    await fails(`a;b;c\n${body(30000)}\n1;"2;3\n4;5;6\n`, /^r\.csv:30002: unterminated quoted field/);
  });

  it('reads an unquoted field of CRLF text that starts with a lone carriage return as text', async () => {
    const { table } = await read('a,b\r\n1,2\r\n3,\rq\r\n4,x\ry\r\n');
    assert.equal(table.nRows, 3);
    assert.deepEqual(column(table, 'a'), [1, 3, 4]);
    assert.deepEqual(column(table, 'b'), ['2', 'q', 'x\ry']); // trimmed as any text
  });

  it('names the line of a row that breaks a schema after a quoted line break', async () => {
    const schema = {
      fictif: 'schema/1' as const,
      columns: [{ name: 'n', kind: 'integer', nullable: true }] as never,
    };
    await fails('n;t\n1;"a\nb"\n\n2;c\nx;d\n', /^r\.csv:6: column 'n': 'x' is not an integer/, { schema });
  });
});

describe('csv rows: the number fast path', () => {
  it('gives what parseNumber gives, or leaves the cell to it', () => {
    const rng = createRng('simple-number');
    const chars = '0123456789,.- ';
    let fast = 0;
    for (let k = 0; k < 200000; k++) {
      const len = 1 + rng.int(12);
      let s = '';
      for (let i = 0; i < len; i++) s += chars[rng.int(rng.next() < 0.8 ? 10 : chars.length)];
      for (const [decimal, code] of [
        [',', 44],
        ['.', 46],
      ] as const) {
        const v = simpleNumber(s, code);
        if (Number.isNaN(v)) continue;
        fast++;
        assert.ok(Object.is(v, parseNumber(s, decimal)), `${s} with '${decimal}'`);
        assert.ok(!/^-?0\d/.test(s), `${s} has a leading zero`);
      }
    }
    assert.ok(fast > 100000);
  });
});

describe('csv rows: day numbers', () => {
  it('gives the day of every date from 1890 to 2160 and NaN for days a month lacks', () => {
    for (let y = 1890; y <= 2160; y++)
      for (let m = 1; m <= 12; m++)
        for (let d = 1; d <= 31; d++) {
          const utc = Date.UTC(y, m - 1, d);
          const exists = new Date(utc).getUTCDate() === d;
          const days = civilToDays(y, m, d);
          if (exists) assert.equal(days, utc / 86400000, `${y}-${m}-${d}`);
          else assert.ok(Number.isNaN(days), `${y}-${m}-${d}`);
        }
  });
});

describe('csv rows: the strings dictionary', () => {
  it('keeps apart short codes, digit strings and longer texts that share characters', async () => {
    // Short texts are their own dictionary keys ("A" and "08" would share one without the tag bit):
    // every one must come back as itself.
    const digits = ['7', '07', '007', '70', '08', '12345678', '012345678', '123456789'];
    const codes = ['A', 'AB', 'ABC', 'ABCD', 'ABCDE', 'A12', 'a12', '12A', '7A', '0A', 'A0', 'A 1'];
    const kinds = [...digits, ...codes, 'ZZZZ', 'zzzz', '~~~~', 'é1', '1é'];
    const rng = createRng('csv-rows-dictionary');
    const cells = Array.from({ length: 5000 }, () => kinds[rng.int(kinds.length)]);
    const t = (await read(`code;n\n${cells.map((c, i) => `${c};${i}`).join('\n')}\n`)).table;
    assert.deepEqual(column(t, 'code'), cells);
  });
});

describe('csv rows: cells read in place', () => {
  it('give what the same cells give as strings, for every kind and every odd cell', async () => {
    // After the sample, builders read the usual cells straight from the text: each column here mixes
    // usual cells with odd ones (spaces, markers, thousands separators, quotes) and must come out as a
    // builder fed the cells one string at a time makes it.
    const many = Array.from({ length: 40 }, (_, k) => (k % 2 ? `cat${k}` : `Commune de Saint-Martin ${k}`));
    const pools: string[][] = [
      ['0', '1', '-12', '123456789012345', '1234567890123456', '12 345', 'NA', '', ' 7', '8 ', '-', '"5"'],
      ['1,5', '-0,25', '12 345,67', '3', '0,1', '99999999999999,9', 'n/a', '', '"2,5"', '1 000'],
      ['01/02/2020', '31/12/1999', '1/2/2020', ' 05/06/2007', 'NA', '', '29/02/2020', '"07/08/2009"'],
      ['2024-01-02T03:04:05', '2024-01-02 03:04:05', '2024-01-02T03:04', '2024-01-02T03:04:05Z', ''],
      ['oui', 'non', 'OUI', 'Non', '', 'NA', '"oui"'],
      ['Auvergne-Rhône-Alpes', 'Île-de-France', 'Corse', '"a; b"', '"say ""hi"""', ' padded ', 'NA', '#N/A'],
      [...many, 'na', 'nan x', ' x', '"Commune de Saint-Martin 0"', ''],
      ['A1', 'B22', '007', '7', '08', '12345', 'é1', 'ABCD', '"A1"'],
    ];
    const unquote = (c: string) => (c.startsWith('"') ? c.slice(1, -1).replaceAll('""', '"') : c);
    const rng = createRng('csv-rows-in-place');
    const n = 30000;
    const raw = pools.map((pool) => Array.from({ length: n }, () => pool[rng.int(pool.length)]));
    const text = `${pools.map((_, j) => `c${j}`).join(';')}\n${Array.from({ length: n }, (_, i) => raw.map((col) => col[i]).join(';')).join('\n')}\n`;
    const { table } = await read(text);
    for (let j = 0; j < pools.length; j++) {
      const cells = raw[j].map(unquote);
      let builder = makeBuilder(guessPlan(cells.slice(0, 5000)), n);
      if (!cells.every((c) => builder.push(c))) {
        builder = makeBuilder({ kind: 'strings' }, n);
        for (const c of cells) builder.push(c);
      }
      const expected = builder.finish(`c${j}`);
      const got = table.column(`c${j}`);
      assert.equal(got.kind, expected.kind, `c${j}`);
      for (let i = 0; i < n; i++)
        assert.deepEqual(valueAt(got, i), valueAt(expected, i), `c${j} row ${i}: ${raw[j][i]}`);
    }
  });
});
