// Every format round trip through the file system (values, kinds, missing values, dates, decimal comma,
// accents), the streaming writer, zip archives, and the atomicity of outputs.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { zipSync } from 'fflate';
import { FictifError } from '../src/errors.js';
import { openTableWriter, readTable, readTableWithInfo, writeTable } from '../src/io/index.js';
import { categoricalFromStrings, columnFromValues, numberColumn, valueAt } from '../src/table/column.js';
import { Table } from '../src/table/table.js';

const dir = mkdtempSync(join(tmpdir(), 'fictif-io-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const path = (name: string) => join(dir, name);

function sample(): Table {
  return new Table(
    [
      columnFromValues('id', 'identifier', ['A001', 'A002', 'A003', 'A004']),
      columnFromValues('cp', 'identifier', ['01000', '75001', null, '06000']),
      columnFromValues('age', 'integer', [34, null, 51, 7]),
      {
        ...numberColumn('revenu', 'numeric', Float64Array.from([1234.56, 12.5, Number.NaN, -0.25])),
        format: 'decimal-comma',
      },
      {
        ...columnFromValues('naissance', 'date', ['1990-04-03', '1985-12-25', null, '2000-01-01']),
        format: 'dd/mm/yyyy',
      },
      columnFromValues('vu', 'datetime', [
        '2024-03-05T10:11:12.000Z',
        null,
        '2024-01-01T00:00:01.000Z',
        '2023-12-31T23:59:59.000Z',
      ]),
      columnFromValues('sexe', 'categorical', ['F', 'M', 'F', null]),
      columnFromValues('actif', 'boolean', [true, false, null, true]),
      columnFromValues('nom', 'text', ['Élodie Müller', 'cœur "vaillant"', 'a;b,c', '5 €']),
    ],
    { comment: 'Données fictives' },
  );
}

/** Rejects with a FictifError whose one-line description (file:line: message) matches. */
async function rejectsWith(p: Promise<unknown>, check?: RegExp | ((e: unknown) => boolean)): Promise<void> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof FictifError, `a FictifError, not ${e}`);
    if (check instanceof RegExp) assert.match(e.describe(), check);
    else if (check) assert.ok(check(e));
    return;
  }
  assert.fail('expected a rejection');
}

const kinds = (t: Table) => t.columns.map((c) => `${c.name}:${c.kind}`);
const rows = (t: Table) => [...t.rows()];

describe('io formats: round trips', () => {
  for (const ext of ['csv', 'tsv', 'jsonl', 'parquet', 'xlsx']) {
    it(`${ext}: values, kinds and missing values survive`, async () => {
      const t = sample();
      const file = path(`round.${ext}`);
      await writeTable(t, file);
      const back = await readTable(file);
      assert.deepEqual(back.names, t.names);
      assert.deepEqual(rows(back), rows(t));
      const expected = kinds(t);
      if (ext !== 'parquet') {
        // Without stored kinds, 4 rows are too few to call 'sexe' categorical or 'nom' text.
        assert.deepEqual(
          kinds(back).filter((k) => !k.startsWith('sexe') && !k.startsWith('nom')),
          expected.filter((k) => !k.startsWith('sexe') && !k.startsWith('nom')),
        );
      } else assert.deepEqual(kinds(back), expected);
    });
  }

  it('csv: writes dates back in their source pattern and the decimal comma, quoting as needed', async () => {
    const file = path('fr.csv');
    await writeTable(sample(), file, { delimiter: ';' });
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    assert.equal(lines[0], 'id;cp;age;revenu;naissance;vu;sexe;actif;nom');
    assert.equal(lines[1], 'A001;01000;34;1234,56;03/04/1990;2024-03-05T10:11:12.000Z;F;true;Élodie Müller');
    assert.equal(lines[2], 'A002;75001;;12,5;25/12/1985;;M;false;"cœur ""vaillant"""');
    assert.equal(lines[3], 'A003;;51;;;2024-01-01T00:00:01.000Z;F;;"a;b,c"');
  });

  it('csv: decimal comma with a comma delimiter is quoted', async () => {
    const file = path('comma.csv');
    await writeTable(sample().select(['id', 'revenu']), file);
    assert.match(readFileSync(file, 'utf8'), /A001,"1234,56"/);
    const back = await readTable(file);
    assert.equal(valueAt(back.column('revenu'), 0), 1234.56);
  });

  it('csv: windows-1252 output with é and € reads back', async () => {
    const file = path('cp.csv');
    await writeTable(sample(), file, { encoding: 'windows-1252' });
    const bytes = readFileSync(file);
    assert.ok(bytes.includes(0x80), '€ is byte 0x80');
    assert.ok(bytes.includes(0xc9), 'É is byte 0xC9');
    const { table, info } = await readTableWithInfo(file);
    assert.equal(info.encoding, 'windows-1252');
    assert.deepEqual(rows(table), rows(sample()));
  });

  it('csv: a character windows-1252 lacks is an error, and no file is left', async () => {
    const t = new Table([columnFromValues('x', 'text', ['日本'])]);
    const file = path('nope.csv');
    await rejectsWith(writeTable(t, file, { encoding: 'windows-1252' }), /cannot write '日'/);
    assert.equal(existsSync(file), false);
  });

  it('csv: the comment as leading # lines only when asked; parquet keeps it as metadata', async () => {
    const plain = path('nocomment.csv');
    await writeTable(sample(), plain);
    assert.doesNotMatch(readFileSync(plain, 'utf8'), /^#/);
    const commented = path('comment.csv');
    await writeTable(sample(), commented, { comment: true });
    assert.match(readFileSync(commented, 'utf8'), /^# Données fictives\n/);
    assert.equal((await readTable(commented)).meta.comment, 'Données fictives');
    const pq = path('comment.parquet');
    await writeTable(sample(), pq);
    assert.equal((await readTable(pq)).meta.comment, 'Données fictives');
  });

  it('xlsx: reads a named sheet and lists the sheets when it is absent', async () => {
    const file = path('sheet.xlsx');
    await writeTable(sample(), file, { sheet: 'allocataires' });
    assert.equal((await readTable(file, { sheet: 'allocataires' })).nRows, 4);
    await rejectsWith(readTable(file, { sheet: 'autre' }), /no sheet 'autre'.*allocataires/);
  });
});

describe('io formats: streaming writer', () => {
  it('writes chunks whose categories differ', async () => {
    for (const ext of ['csv', 'jsonl', 'parquet', 'xlsx']) {
      const file = path(`chunks.${ext}`);
      const sink = await openTableWriter(file);
      for (const cats of [
        ['a', 'b'],
        ['c', 'a', null],
      ]) {
        const n = cats.length;
        await sink.write(
          new Table([
            categoricalFromStrings('c', cats),
            numberColumn(
              'x',
              'integer',
              Float64Array.from({ length: n }, (_, i) => i),
            ),
          ]),
        );
      }
      assert.equal(existsSync(file), false, `${ext}: nothing before close`);
      await sink.close();
      const back = await readTable(file);
      assert.deepEqual(
        back.names.includes('c')
          ? Array.from({ length: back.nRows }, (_, i) => valueAt(back.column('c'), i))
          : [],
        ['a', 'b', 'c', 'a', null],
        ext,
      );
    }
  });

  it('abort leaves no file and no temporary file', async () => {
    const file = path('aborted.csv');
    const sink = await openTableWriter(file);
    await sink.write(sample());
    await sink.abort();
    assert.equal(existsSync(file), false);
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.includes('aborted')),
      [],
    );
  });

  it('a failed write does not clobber an existing file', async () => {
    const file = path('existing.csv');
    writeFileSync(file, 'keep me\n');
    const t = new Table([columnFromValues('x', 'text', ['€', '日本'])]);
    await rejectsWith(writeTable(t, file, { encoding: 'windows-1252' }));
    assert.equal(readFileSync(file, 'utf8'), 'keep me\n');
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.endsWith('.tmp')),
      [],
    );
  });

  it('refuses to overwrite its input', async () => {
    const file = path('input.csv');
    await writeTable(sample(), file);
    const t = await readTable(file);
    await rejectsWith(writeTable(t, file), /refusing to overwrite the input file/);
    await rejectsWith(
      openTableWriter(join(dir, '.', 'input.csv'), { source: file }),
      /refusing to overwrite/,
    );
  });

  it('names the supported extensions for an unknown one', async () => {
    await rejectsWith(writeTable(sample(), path('x.xls')), /unsupported file type '\.xls'.*\.csv.*\.parquet/);
    await rejectsWith(readTable(path('x.sav')), (e: unknown) => e instanceof FictifError && e.exitCode === 2);
  });
});

describe('io formats: zip and missing files', () => {
  it('reads the only table in a zip', async () => {
    const csv = new TextEncoder().encode('a;b\n1;x\n2;y\n');
    const file = path('one.zip');
    writeFileSync(file, zipSync({ 'data/table.csv': csv, 'README.txt.md': new Uint8Array(1) }));
    const { table, info } = await readTableWithInfo(file);
    assert.equal(info.entry, 'data/table.csv');
    assert.deepEqual(table.names, ['a', 'b']);
  });

  it('asks for --entry when a zip holds several tables, and fails when it holds none', async () => {
    const csv = new TextEncoder().encode('a\n1\n');
    const several = path('several.zip');
    writeFileSync(several, zipSync({ 'a.csv': csv, 'b.csv': csv }));
    await rejectsWith(readTable(several), /several tables \(a\.csv, b\.csv\): choose one with --entry NAME/);
    assert.equal((await readTable(several, { entry: 'b.csv' })).nRows, 1);
    const none = path('none.zip');
    writeFileSync(none, zipSync({ 'notes.pdf': csv }));
    await rejectsWith(readTable(none), /no table file in the archive .*notes\.pdf/);
  });

  it('says so for a missing or empty file', async () => {
    await rejectsWith(readTable(path('absent.csv')), /absent\.csv: no such file/);
    writeFileSync(path('empty.csv'), '');
    await rejectsWith(readTable(path('empty.csv')), /empty\.csv: the file is empty/);
  });

  it('names the output, not its temporary file, when the output directory is missing', async () => {
    const t = new Table([numberColumn('a', 'integer', Float64Array.of(1, 2))]);
    for (const name of ['out.csv', 'out.parquet', 'out.xlsx']) {
      const target = path(join('missing-dir', name));
      await assert.rejects(writeTable(t, target), (e: NodeJS.ErrnoException) => {
        assert.equal(e.code, 'ENOENT');
        assert.equal(e.path, target);
        return true;
      });
    }
  });

  it('reads only the first rows with maxRows', async () => {
    const file = path('long.csv');
    writeFileSync(file, `a;b\n${Array.from({ length: 300000 }, (_, i) => `${i};x${i % 5}`).join('\n')}\n`);
    const t = await readTable(file, { maxRows: 10 });
    assert.equal(t.nRows, 10);
    assert.deepEqual(
      Array.from({ length: 10 }, (_, i) => valueAt(t.column('a'), i)),
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    );
    const headless = path('long2.csv');
    writeFileSync(headless, '1;2\n3;4\n5;6\n');
    assert.equal((await readTable(headless, { maxRows: 2 })).nRows, 2);
  });

  it('tells when there is no header row or the encoding was guessed', async () => {
    const file = path('noheader.csv');
    writeFileSync(
      file,
      Uint8Array.from([
        ...new TextEncoder().encode('1;2020-01-01;'),
        0xe9,
        0x0a,
        ...new TextEncoder().encode('2;2021-01-01;x\n'),
      ]),
    );
    const notes: string[] = [];
    const t = await readTable(file, { onNote: (m) => notes.push(m) });
    assert.deepEqual(t.names, ['col_1', 'col_2', 'col_3']);
    assert.equal(valueAt(t.column('col_3'), 0), 'é');
    assert.equal(notes.length, 2);
    assert.match(notes[0], /noheader\.csv has no header row: its columns are named col_1 … col_3/);
    assert.match(notes[1], /is not UTF-8: read as windows-1252/);
  });

  it('reads JSON Lines with keys missing on some lines', async () => {
    const file = path('keys.jsonl');
    writeFileSync(file, '{"a":1,"b":"x"}\n{"a":2}\n\n{"b":"y","c":true}\n');
    const t = await readTable(file);
    assert.deepEqual(rows(t), [
      { a: 1, b: 'x', c: null },
      { a: 2, b: null, c: null },
      { a: null, b: 'y', c: true },
    ]);
    writeFileSync(file, '{"a":1}\n{"a":\n');
    await rejectsWith(readTable(file), /keys\.jsonl:2: not valid JSON/);
  });
});
