// CSV reading: sniffing, header detection, encodings, numbers and dates written the French way,
// kinds, missing values, comments, and the one-line errors for broken files.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readCsv } from '../src/io/csv/read.js';
import { FictifError } from '../src/errors.js';
import { type Column, valueAt } from '../src/table/column.js';
import type { Table } from '../src/table/table.js';

const read = async (text: string | Uint8Array, options = {}) => readCsv(text, { file: 't.csv', ...options });
const values = (t: Table, name: string) =>
  Array.from({ length: t.nRows }, (_, i) => valueAt(t.column(name), i));
const kinds = (t: Table) => Object.fromEntries(t.columns.map((c: Column) => [c.name, c.kind]));

async function fails(text: string | Uint8Array, pattern: RegExp, options = {}): Promise<FictifError> {
  try {
    await read(text, options);
  } catch (e) {
    assert.ok(e instanceof FictifError, `expected a FictifError, got ${e}`);
    assert.match(e.describe(), pattern);
    return e;
  }
  assert.fail(`expected an error matching ${pattern}`);
}

describe('io csv: delimiter sniffing', () => {
  for (const [name, d] of [
    ['comma', ','],
    ['semicolon', ';'],
    ['tab', '\t'],
    ['pipe', '|'],
  ]) {
    it(`finds the ${name}`, async () => {
      const text =
        ['a', 'b', 'c'].join(d) +
        '\n' +
        ['1', 'x y', '2,5'.replace(',', d === ',' ? '.' : ',')].join(d) +
        '\n' +
        ['3', 'z', '4'].join(d) +
        '\n';
      const { table, info } = await read(text);
      assert.equal(info.delimiter, d);
      assert.deepEqual(table.names, ['a', 'b', 'c']);
      assert.deepEqual(values(table, 'a'), [1, 3]);
    });
  }

  it('ignores delimiters inside quotes', async () => {
    const { table, info } = await read('name;note\n"Dupont, Jean";"a;b"\n"Martin, Paul";c\n');
    assert.equal(info.delimiter, ';');
    assert.deepEqual(values(table, 'name'), ['Dupont, Jean', 'Martin, Paul']);
    assert.deepEqual(values(table, 'note'), ['a;b', 'c']);
  });

  it('honours a given delimiter', async () => {
    const { table } = await read('a;b|c\n1;2|3\n', { delimiter: '|' });
    assert.deepEqual(table.names, ['a;b', 'c']);
  });
});

describe('io csv: header', () => {
  it('detects a header above typed columns', async () => {
    const { info, table } = await read('age,income\n34,1200\n51,900\n');
    assert.equal(info.header, true);
    assert.deepEqual(kinds(table), { age: 'integer', income: 'integer' });
  });

  it('names the columns col_1..col_n when the first row is data', async () => {
    const { info, table } = await read('34,1200.5,2020-01-01\n51,900,2021-06-30\n');
    assert.equal(info.header, false);
    assert.deepEqual(table.names, ['col_1', 'col_2', 'col_3']);
    assert.equal(table.nRows, 2);
    assert.deepEqual(values(table, 'col_3'), ['2020-01-01', '2021-06-30']);
  });

  it('takes a first row of text repeated below as data', async () => {
    const { info } = await read('Paris,France\nLyon,France\nLille,France\n');
    assert.equal(info.header, false);
  });

  it('can be forced either way', async () => {
    assert.equal((await read('1,2\n3,4\n', { header: true })).table.names.join(), '1,2');
    assert.equal((await read('a,b\nc,d\n', { header: false })).table.nRows, 2);
  });

  it('refuses two columns with the same name', async () => {
    await fails('a,b,a\n1,2,3\n', /t\.csv:1: .*two columns 'a'/);
  });
});

describe('io csv: values and kinds', () => {
  it('reads numbers with a decimal comma and thousands separators (space, nbsp, narrow nbsp, dot)', async () => {
    const text = 'montant;n\n"1 234,56";1\n1\u00a0000,5;2\n2\u202f000;3\n1.234.567,25;4\n-0,75;5\n';
    const { table } = await read(text);
    assert.equal(table.column('montant').kind, 'numeric');
    assert.equal(table.column('montant').format, 'decimal-comma');
    assert.deepEqual(values(table, 'montant'), [1234.56, 1000.5, 2000, 1234567.25, -0.75]);
  });

  it('reads numbers with a decimal point and comma grouping', async () => {
    const { table } = await read('x\n"1,234.5"\n0.25\n-3\n1e3\n');
    assert.deepEqual(values(table, 'x'), [1234.5, 0.25, -3, 1000]);
    assert.equal(table.column('x').format, undefined);
  });

  it('tells integers from numerics', async () => {
    const { table } = await read('i,f\n1,1.5\n-20,2\n300,3\n');
    assert.deepEqual(kinds(table), { i: 'integer', f: 'numeric' });
  });

  it('keeps leading zeros: postal codes stay strings', async () => {
    const { table } = await read('cp,n\n01000,1\n75001,2\n06000,3\n13001,4\n');
    assert.notEqual(table.column('cp').kind, 'integer');
    assert.deepEqual(values(table, 'cp'), ['01000', '75001', '06000', '13001']);
  });

  it('reads dates dd/mm/yyyy, yyyy-mm-dd, mm/dd/yyyy and ISO datetimes', async () => {
    const text =
      'fr,iso,us,dt\n03/04/1990,1990-04-03,12/25/2020,2024-03-05T10:11:12Z\n31/12/1999,1999-12-31,01/02/2021,2024-03-05 10:11\n';
    const { table } = await read(text);
    assert.deepEqual(kinds(table), { fr: 'date', iso: 'date', us: 'date', dt: 'datetime' });
    assert.equal(table.column('fr').format, 'dd/mm/yyyy');
    assert.equal(table.column('us').format, 'mm/dd/yyyy');
    assert.deepEqual(values(table, 'fr'), ['1990-04-03', '1999-12-31']);
    assert.deepEqual(values(table, 'iso'), ['1990-04-03', '1999-12-31']);
    assert.deepEqual(values(table, 'us'), ['2020-12-25', '2021-01-02']);
    assert.deepEqual(values(table, 'dt'), ['2024-03-05T10:11:12.000Z', '2024-03-05T10:11:00.000Z']);
  });

  it('does not take an impossible date for a date', async () => {
    const { table } = await read('d,n\n31/02/2020,1\n01/01/2020,2\n');
    assert.notEqual(table.column('d').kind, 'date');
  });

  it('reads booleans oui/non, true/false; 0/1 stays integer', async () => {
    const { table } = await read('a,b,c\noui,TRUE,0\nnon,false,1\nOui,true,1\n');
    assert.deepEqual(kinds(table), { a: 'boolean', b: 'boolean', c: 'integer' });
    assert.deepEqual(values(table, 'a'), [true, false, true]);
    assert.equal(table.column('a').format, 'oui/non');
  });

  it('reads the missing markers: empty, NA, N/A, NULL, NaN, #N/A; "-" only in number columns', async () => {
    const text = 'x,s\n1,a\n,-\nNA,b\nN/A,a\nnull,b\nNaN,a\n#N/A,b\n-,a\n 7 ,b\n na ,  \n';
    const { table } = await read(text);
    const x = table.column('x');
    assert.equal(x.kind, 'integer');
    assert.deepEqual(values(table, 'x'), [1, null, null, null, null, null, null, null, 7, null]);
    assert.deepEqual(values(table, 's'), ['a', '-', 'b', 'a', 'b', 'a', 'b', 'a', 'b', null]);
  });

  it('tells categorical, identifier and text apart', async () => {
    const rows = Array.from(
      { length: 40 },
      (_, i) => `${i % 2 ? 'F' : 'M'},ID${1000 + i},"word ${i} and some more words ${i % 3}"`,
    );
    const { table } = await read(`sexe,id,note\n${rows.join('\n')}\n`);
    assert.deepEqual(kinds(table), { sexe: 'categorical', id: 'identifier', note: 'text' });
  });

  it('takes phone numbers, spaced NIRs and 13+ digit numbers for identifiers', async () => {
    const rows = Array.from(
      { length: 30 },
      (_, i) => `06 ${10 + (i % 7)} 98 ${10 + i} 11,1 85 05 78 006 ${100 + i} 36,18505780060${10 + i}`,
    );
    const { table } = await read(`tel,nir,nir2\n${rows.join('\n')}\n`);
    assert.deepEqual(kinds(table), { tel: 'identifier', nir: 'identifier', nir2: 'identifier' });
    assert.equal(valueAt(table.column('nir2'), 0), '1850578006010');
  });

  it('keeps leading # lines as the table comment', async () => {
    const { table } = await read('# Fictitious data\n# generated by fictif\na,b\n1,2\n');
    assert.equal(table.meta.comment, 'Fictitious data\ngenerated by fictif');
    assert.deepEqual(table.names, ['a', 'b']);
  });

  it('handles CRLF, quoted newlines and doubled quotes', async () => {
    const { table } = await read('a,b\r\n1,"line one\r\nline two"\r\n2,"say ""hi"""\r\n');
    assert.deepEqual(values(table, 'b'), ['line one\r\nline two', 'say "hi"']);
  });

  it('reads a column again as strings when a late value does not fit', async () => {
    const rows = Array.from({ length: 6000 }, (_, i) => `${i},${i % 7}`);
    rows.push('6000,seven');
    const { table, info } = await read(`id,n\n${rows.join('\n')}\n`);
    assert.deepEqual(info.reread, ['n']);
    assert.notEqual(table.column('n').kind, 'integer');
    assert.equal(valueAt(table.column('n'), 6000), 'seven');
    assert.equal(valueAt(table.column('n'), 3), '3');
    assert.equal(table.column('id').kind, 'integer');
  });

  it('promotes an integer column to numeric in place', async () => {
    const rows = Array.from({ length: 6000 }, (_, i) => String(i));
    rows.push('2.5');
    const { table, info } = await read(`x\n${rows.join('\n')}\n`);
    assert.equal(table.column('x').kind, 'numeric');
    assert.deepEqual(info.reread, []);
    assert.equal(valueAt(table.column('x'), 6000), 2.5);
  });
});

describe('io csv: encodings', () => {
  const cp1252 = (s: string) =>
    Uint8Array.from([...s].map((c) => (c === '€' ? 0x80 : c === 'œ' ? 0x9c : c.charCodeAt(0))));

  it('detects Windows-1252 (é, €, œ)', async () => {
    const { table, info } = await read(cp1252('nom;prix\nÉlodie;5 €\ncœur;6 €\n'));
    assert.equal(info.encoding, 'windows-1252');
    assert.deepEqual(values(table, 'nom'), ['Élodie', 'cœur']);
    assert.deepEqual(values(table, 'prix'), ['5 €', '6 €']);
  });

  it('reads UTF-8 with and without BOM', async () => {
    const enc = new TextEncoder();
    const plain = await read(enc.encode('nom\nÉlodie\n€\n'));
    assert.equal(plain.info.encoding, 'utf-8');
    const bom = await read(Uint8Array.from([0xef, 0xbb, 0xbf, ...enc.encode('nom\nÉlodie\n')]));
    assert.deepEqual(bom.table.names, ['nom']);
    assert.deepEqual(values(bom.table, 'nom'), ['Élodie']);
  });

  it('finds Windows-1252 bytes after the first megabyte', async () => {
    const head = 'a\n' + 'x\n'.repeat(700000);
    const bytes = Uint8Array.from([...new TextEncoder().encode(head), 0xe9, 0x0a]);
    const { table, info } = await read(bytes);
    assert.equal(info.encoding, 'windows-1252');
    assert.equal(valueAt(table.column('a'), table.nRows - 1), 'é');
  });

  it('honours --encoding', async () => {
    const { table } = await read(cp1252('nom\nÉlodie\n'), { encoding: 'latin1' });
    assert.deepEqual(values(table, 'nom'), ['Élodie']);
    await fails(cp1252('nom\nÉlodie\n'), /t\.csv: not valid UTF-8 .*--encoding windows-1252/, {
      encoding: 'utf-8',
    });
  });
});

describe('io csv: errors', () => {
  it('names the line of a ragged row', async () => {
    const rows = Array.from({ length: 1040 }, (_, i) => `${i},a,b`);
    rows.push('1040,a');
    const e = await fails(`n,x,y\n${rows.join('\n')}\n`, /^t\.csv:1042: expected 3 fields, found 2$/);
    assert.equal(e.exitCode, 1);
  });

  it('counts lines right after comments and quoted newlines', async () => {
    await fails('# c\na,b\n1,"x\ny"\n2\n', /^t\.csv:5: expected 2 fields, found 1$/);
  });

  it('names the line where an unterminated quote opened', async () => {
    await fails('a,b\n1,2\n3,"open\n4,5\n6,7\n', /^t\.csv:3: unterminated quoted field/);
  });

  it('rejects text after a closing quote', async () => {
    await fails('a,b\n1,"x"y\n', /^t\.csv:2: malformed quoted field/);
  });

  it('says when the file is empty', async () => {
    await fails('', /^t\.csv: the file is empty$/);
    await fails('\n\n', /^t\.csv: the file is empty$/);
  });

  it('refuses binary content', async () => {
    await fails(Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0]), /ZIP archive/);
    await fails(Uint8Array.from([0x61, 0, 0x62, 0x0a]), /binary file/);
    // Behind a UTF-16 byte order mark too, and past the first block of the file.
    await fails(Uint8Array.from([0xff, 0xfe, 0, 0]), /binary file/);
    const late = new TextEncoder().encode(`a,b\n${'1,2\n'.repeat(5000)}`);
    await fails(Uint8Array.from([...late, 0x33, 0, 0x0a]), /binary file/);
  });
});

describe('io csv: schema', () => {
  const schema = (columns: object[]) => ({ fictif: 'schema/1' as const, columns: columns as never });

  it('parses the file directly into the schema kinds', async () => {
    const { table } = await read('cp,flag\n1000,0\n75001,1\n', {
      schema: schema([
        { name: 'cp', kind: 'identifier', nullable: false },
        { name: 'flag', kind: 'categorical', nullable: false },
      ]),
    });
    assert.equal(table.column('cp').kind, 'identifier');
    assert.equal(table.column('flag').kind, 'categorical');
  });

  it('keeps a postal code with its leading zero as identifier, even if most look like numbers', async () => {
    const rows = Array.from({ length: 6000 }, (_, i) => `${10000 + i}`);
    rows.push('01000');
    const { table } = await read(`cp\n${rows.join('\n')}\n`, {
      schema: schema([{ name: 'cp', kind: 'identifier', nullable: false }]),
    });
    assert.equal(table.column('cp').kind, 'identifier');
    assert.equal(valueAt(table.column('cp'), 6000), '01000');
  });

  it('names line and column when a value breaks the schema', async () => {
    await fails('age\n34\nabc\n', /^t\.csv:3: column 'age': 'abc' is not an integer, as the schema says$/, {
      schema: schema([{ name: 'age', kind: 'integer', nullable: true }]),
    });
  });
});
