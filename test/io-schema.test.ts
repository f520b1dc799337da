// Schema inference, overrides and schema files.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FictifError } from '../src/errors.js';
import { columnFromValues, valueAt } from '../src/table/column.js';
import { applySchema, inferSchema, parseSchema } from '../src/table/infer.js';
import { Table } from '../src/table/table.js';

function table(): Table {
  return new Table(
    [
      columnFromValues('age', 'integer', [34, null, 51, 7]),
      columnFromValues('cp', 'integer', [1000, 75001, 6000, 1000]),
      columnFromValues('flag', 'integer', [0, 1, 1, 0]),
      columnFromValues('sexe', 'categorical', ['F', 'M', 'F', null]),
      columnFromValues('naissance', 'date', ['1990-04-03', '1985-12-25', null, '2000-01-01']),
      columnFromValues('oui', 'text', ['oui', 'non', 'oui', null]),
      columnFromValues('montant', 'text', ['1 234,5', '12', null, '-3,25']),
    ],
    { source: 'x.csv' },
  );
}

function throwsLine(f: () => unknown, re: RegExp, exitCode = 2): void {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof FictifError);
    assert.match(e.describe(), re);
    assert.equal(e.exitCode, exitCode);
    assert.doesNotMatch(e.describe(), /\n/);
    return;
  }
  assert.fail(`expected an error matching ${re}`);
}

describe('io schema: inferSchema', () => {
  it('gives kinds, missing rates, categories with counts and ranges (dates as ISO)', () => {
    const s = inferSchema(table());
    assert.equal(s.fictif, 'schema/1');
    assert.equal(s.rows, 4);
    const by = Object.fromEntries(s.columns.map((c) => [c.name, c]));
    assert.deepEqual(by.age, {
      name: 'age',
      kind: 'integer',
      nullable: true,
      missingRate: 0.25,
      min: 7,
      max: 51,
    });
    assert.deepEqual(by.sexe.categories, { F: 2, M: 1 });
    assert.equal(by.naissance.min, '1985-12-25');
    assert.equal(by.naissance.max, '2000-01-01');
    assert.equal(by.cp.nullable, false);
  });

  it('round-trips through parseSchema', () => {
    const s = inferSchema(table());
    assert.deepEqual(parseSchema(JSON.stringify(s)), s);
  });
});

describe('io schema: applySchema', () => {
  const schema = (columns: object[]) => parseSchema(JSON.stringify({ fictif: 'schema/1', columns }));

  it('converts kinds: 0/1 to categorical, integer to identifier, text to boolean and numeric', () => {
    const t = applySchema(
      table(),
      schema([
        { name: 'flag', kind: 'categorical' },
        { name: 'cp', kind: 'identifier' },
        { name: 'oui', kind: 'boolean' },
        { name: 'montant', kind: 'numeric' },
        { name: 'naissance', kind: 'text' },
      ]),
    );
    assert.equal(t.column('flag').kind, 'categorical');
    assert.deepEqual((t.column('flag') as unknown as { categories: string[] }).categories, ['0', '1']);
    assert.equal(valueAt(t.column('cp'), 1), '75001');
    assert.deepEqual(
      [0, 1, 2, 3].map((i) => valueAt(t.column('oui'), i)),
      [true, false, true, null],
    );
    assert.deepEqual(
      [0, 1, 2, 3].map((i) => valueAt(t.column('montant'), i)),
      [1234.5, 12, null, -3.25],
    );
    assert.equal(valueAt(t.column('naissance'), 0), '1990-04-03');
    assert.deepEqual(t.names, table().names, 'columns keep their order, none dropped');
  });

  it('keeps categories the schema declares but the data lacks, in the declared order', () => {
    const t = applySchema(
      table(),
      schema([{ name: 'sexe', kind: 'categorical', categories: { M: 0, F: 0, X: 0 } }]),
    );
    assert.deepEqual((t.column('sexe') as unknown as { categories: string[] }).categories, ['M', 'F', 'X']);
    assert.equal(valueAt(t.column('sexe'), 0), 'F');
  });

  it('keeps ignored columns (roles are for the other commands)', () => {
    const t = applySchema(table(), schema([{ name: 'age', kind: 'integer', role: 'ignore' }]));
    assert.ok(t.has('age'));
  });

  it('names the columns the table lacks', () => {
    throwsLine(
      () =>
        applySchema(
          table(),
          schema([
            { name: 'agee', kind: 'integer' },
            { name: 'zz', kind: 'text' },
          ]),
        ),
      /^x\.csv: the schema names columns 'agee', 'zz' that the table does not have \(it has: age, cp/,
    );
  });

  it('fails on a value that cannot be converted, naming the column', () => {
    throwsLine(
      () => applySchema(table(), schema([{ name: 'sexe', kind: 'integer' }])),
      /^x\.csv: column 'sexe': row 1: cannot make "F" an integer/,
      1,
    );
  });
});

describe('io schema: parseSchema', () => {
  const parse = (x: unknown) => () => parseSchema(JSON.stringify(x), 's.json');
  const ok = { fictif: 'schema/1', columns: [{ name: 'a', kind: 'integer', nullable: false }] };

  it('accepts a minimal schema and defaults nullable to true', () => {
    assert.equal(
      parseSchema(JSON.stringify({ columns: [{ name: 'a', kind: 'text' }] })).columns[0].nullable,
      true,
    );
    assert.deepEqual(parseSchema(JSON.stringify(ok)).columns[0], ok.columns[0]);
  });

  it('rejects each bad field with one line naming the column and field', () => {
    throwsLine(() => parseSchema('{', 's.json'), /^s\.json: not valid JSON/);
    throwsLine(parse([]), /^s\.json: schema: the file must hold a JSON object/);
    throwsLine(parse({ columns: {} }), /field 'columns' must be an array/);
    throwsLine(parse({ fictif: 'schema/2', columns: [] }), /field 'fictif' must be "schema\/1"/);
    throwsLine(
      parse({ columns: [{ name: 'a', kind: 'integr' }] }),
      /column 'a': schema: field 'kind' must be one of numeric, integer/,
    );
    throwsLine(
      parse({ columns: [{ name: 'a', kind: 'text', role: 'secret' }] }),
      /column 'a': schema: field 'role' must be one of identifier/,
    );
    throwsLine(
      parse({ columns: [{ name: 'a', kind: 'text', nullable: 'yes' }] }),
      /column 'a': schema: field 'nullable' must be true or false/,
    );
    throwsLine(
      parse({ columns: [{ name: 'a', kind: 'text', categories: { x: 1 } }] }),
      /field 'categories' is only for categorical/,
    );
    throwsLine(
      parse({ columns: [{ name: 'a', kind: 'categorical', categories: { x: -1 } }] }),
      /field 'categories' must be an object/,
    );
    throwsLine(
      parse({ columns: [{ name: 'a', kind: 'date', min: 3 }] }),
      /column 'a': schema: field 'min' must be an ISO date/,
    );
    throwsLine(
      parse({ columns: [{ name: 'a', kind: 'integer', max: '3' }] }),
      /field 'max' must be a number/,
    );
    throwsLine(
      parse({ columns: [{ name: 'a', kind: 'text', knd: 1 }] }),
      /column 'a': schema: unknown field 'knd'/,
    );
    throwsLine(
      parse({ columns: [{ kind: 'text' }] }),
      /columns\[0\]: field 'name' must be a non-empty string/,
    );
    throwsLine(
      parse({
        columns: [
          { name: 'a', kind: 'text' },
          { name: 'a', kind: 'text' },
        ],
      }),
      /column 'a': schema: the column is described twice/,
    );
    throwsLine(
      parse({ columns: [{ name: 'a', kind: 'text', missingRate: 2 }] }),
      /field 'missingRate' must be a number in \[0, 1\]/,
    );
  });
});
