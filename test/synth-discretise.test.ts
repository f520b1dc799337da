import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createNoiseRng, createRng } from '../src/random.js';
import { Accountant, gaussianSigma } from '../src/synth/accounting.js';
import { decodeTable } from '../src/synth/decode.js';
import {
  COLUMN_SHARE,
  categoryThreshold,
  encodeTable,
  gaussianTailInverse,
  planEncoding,
  ROWS_SHARE,
  stepOf,
} from '../src/synth/discretise.js';
import { BinnedCodec, type CategoricalCodec, OTHER_LABEL } from '../src/synth/encode.js';
import { type Column, columnFromValues, type NumberColumn } from '../src/table/column.js';
import type { Schema } from '../src/table/schema.js';
import { Table } from '../src/table/table.js';

function sampleTable(n: number, seed = 1): Table {
  const rng = createRng(seed);
  const age: number[] = [];
  const amount: (number | null)[] = [];
  const group: (string | null)[] = [];
  const flag: (boolean | null)[] = [];
  const id: string[] = [];
  const start: (string | null)[] = [];
  for (let i = 0; i < n; i++) {
    const a = 18 + rng.int(70);
    age.push(a);
    amount.push(rng.next() < 0.2 ? null : Math.round((100 + a * 10 + rng.normal() * 50) * 100) / 100);
    group.push(rng.next() < 0.05 ? null : a < 40 ? 'young' : a < 65 ? 'mid' : 'old');
    flag.push(rng.next() < 0.1 ? null : rng.next() < 0.3);
    id.push(`A${String(1000000 + rng.int(8999999))}`);
    start.push(rng.next() < 0.1 ? null : `20${10 + rng.int(10)}-0${1 + rng.int(9)}-1${rng.int(9)}`);
  }
  const dateCol = columnFromValues('start', 'date', start);
  return new Table(
    [
      columnFromValues('id', 'identifier', id),
      columnFromValues('age', 'integer', age),
      columnFromValues('amount', 'numeric', amount),
      columnFromValues('group', 'categorical', group),
      columnFromValues('flag', 'boolean', flag),
      { ...dateCol, format: 'dd/mm/yyyy' } as Column,
    ],
    { source: 'test' },
  );
}

function missingRate(c: Column): number {
  let m = 0;
  for (let i = 0; i < c.length; i++) m += c.missing[i];
  return m / c.length;
}

describe('synth discretisation', () => {
  it('round-trips kinds, formats, integers, cents, dates and missing rates', () => {
    const t = sampleTable(4000);
    const plan = planEncoding(t);
    const data = encodeTable(plan, t);
    const back = decodeTable(plan, data, createRng(7));
    assert.deepEqual(back.names, t.names);
    for (const c of t.columns) assert.equal(back.column(c.name).kind, c.kind, c.name);
    const age = back.column('age') as NumberColumn;
    for (let i = 0; i < age.length; i++)
      assert.ok(Number.isInteger(age.values[i]) && age.values[i] >= 18 && age.values[i] <= 87);
    const amount = back.column('amount') as NumberColumn;
    for (let i = 0; i < amount.length; i++)
      if (!amount.missing[i]) assert.equal(Math.round(amount.values[i] * 100) / 100, amount.values[i]);
    const start = back.column('start') as NumberColumn;
    assert.equal(start.format, 'dd/mm/yyyy');
    for (let i = 0; i < start.length; i++)
      if (!start.missing[i]) assert.ok(Number.isInteger(start.values[i]));
    // Decoding the same codes gives the same missing rate exactly; and every value lands in its code.
    for (const name of ['amount', 'group', 'flag', 'start'])
      assert.equal(missingRate(back.column(name)), missingRate(t.column(name)), name);
    const again = encodeTable(plan, back);
    for (let a = 0; a < plan.attributes.length; a++) {
      if (plan.attributes[a].column === 'id') continue;
      assert.deepEqual(again.columns[a], data.columns[a], plan.domain.attributes[a]);
    }
  });

  it('keeps bins under the cap and the within-bin shape of values', () => {
    const t = sampleTable(4000);
    const plan = planEncoding(t, { maxBins: 8 });
    for (const s of plan.domain.sizes) assert.ok(s <= 8 + 1, `size ${s}`);
    const codec = plan.columns.find((c) => c.name === 'amount')!.codec as BinnedCodec;
    assert.ok(codec instanceof BinnedCodec);
    assert.ok(codec.bins <= 8);
    // Exact quantile bins: each holds roughly 1/bins of the present values.
    const codes = codec.encode(t.column('amount'));
    const counts = new Array(codec.size).fill(0);
    for (const c of codes) counts[c]++;
    const present = t.nRows * (1 - missingRate(t.column('amount')));
    for (let b = 0; b < codec.bins; b++)
      assert.ok(counts[b] > present / codec.bins / 3, `bin ${b}: ${counts[b]}`);
  });

  it('finds the resolution of a column', () => {
    assert.equal(stepOf(columnFromValues('x', 'numeric', [1.25, 3.5, 2]) as NumberColumn), 0.01);
    assert.equal(stepOf(columnFromValues('x', 'numeric', [1, 3, 2]) as NumberColumn), 1);
    assert.equal(
      stepOf(
        columnFromValues('x', 'datetime', ['2020-01-01T10:00:00Z', '2020-01-02T11:30:00Z']) as NumberColumn,
      ),
      60000,
    );
  });

  it('regenerates identifiers with the same shape, all different, drawn without looking at real values', () => {
    const t = sampleTable(3000);
    const plan = planEncoding(t);
    const back = decodeTable(plan, encodeTable(plan, t), createRng(3));
    const fresh = (back.column('id') as unknown as { values: string[] }).values;
    assert.equal(new Set(fresh).size, fresh.length);
    for (const v of fresh) assert.match(v, /^A\d{7}$/);
    const cp = plan.columns.find((c) => c.name === 'id')!;
    assert.equal(cp.treatment, 'regenerated');
    // Other real identifiers of the same shape give exactly the same fresh values: the real values do not
    // influence the output (excluding them would reveal which values are absent from the input).
    const ids = (t.column('id') as unknown as { values: string[] }).values;
    const other = t.withColumn(
      columnFromValues(
        'id',
        t.column('id').kind,
        ids.map((v) => `A${String((Number(v.slice(1)) * 7 + 13) % 10000000).padStart(7, '0')}`),
      ),
    );
    const plan2 = planEncoding(other);
    const back2 = decodeTable(plan2, encodeTable(plan2, other), createRng(3));
    assert.deepEqual((back2.column('id') as unknown as { values: string[] }).values, fresh);
  });

  it('regenerates free text and identifier-role columns as fresh values', () => {
    const rng = createRng(4);
    const words = ['appel', 'dossier', 'pièce', 'manquante', 'relance', 'courrier', 'reçu'];
    const notes = Array.from({ length: 300 }, () =>
      Array.from({ length: 2 + rng.int(4) }, () => words[rng.int(words.length)]).join(' '),
    );
    const codes = Array.from({ length: 300 }, (_x, i) => `CAF-${String(10000 + i * 3)}`);
    const t = new Table([
      columnFromValues('note', 'text', notes),
      columnFromValues('code', 'categorical', codes),
      columnFromValues(
        'x',
        'integer',
        Array.from({ length: 300 }, (_x, i) => i % 7),
      ),
    ]);
    const schema: Schema = {
      fictif: 'schema/1',
      columns: [{ name: 'code', kind: 'categorical', nullable: false, role: 'identifier' }],
    };
    const plan = planEncoding(t, { schema });
    assert.equal(plan.columns[0].treatment, 'regenerated');
    assert.equal(plan.columns[1].treatment, 'regenerated');
    const back = decodeTable(plan, encodeTable(plan, t), createRng(5));
    const note = back.column('note') as unknown as { values: string[] };
    const realNotes = new Set(notes);
    for (const v of note.values) assert.ok(v.length > 0 && !realNotes.has(v));
    const code = back.column('code');
    assert.equal(code.kind, 'categorical');
    const seen = new Set<string>();
    if (code.kind === 'categorical')
      for (let i = 0; i < code.length; i++) {
        const v = code.categories[code.codes[i]];
        assert.match(v, /^CAF-\d{5}$/);
        assert.ok(!seen.has(v)); // fresh codes may equal a real one by chance, never each other
        seen.add(v);
      }
  });

  it('drops columns the schema marks ignore, and says so', () => {
    const t = sampleTable(200);
    const schema: Schema = {
      fictif: 'schema/1',
      columns: [{ name: 'flag', kind: 'boolean', nullable: true, role: 'ignore' }],
    };
    const plan = planEncoding(t, { schema });
    const cp = plan.columns.find((c) => c.name === 'flag')!;
    assert.equal(cp.treatment, 'dropped');
    assert.match(cp.detail, /ignore/);
    const back = decodeTable(plan, encodeTable(plan, t), createRng(1));
    assert.ok(!back.has('flag'));
  });

  it('spends exactly the stated budget on each private step, under its label', () => {
    const t = sampleTable(3000);
    const total = 0.5;
    const accountant = new Accountant(total);
    const plan = planEncoding(t, {
      privacy: { accountant, totalRho: total, selectionDelta: 1e-10, noise: createNoiseRng('k', 'test') },
    });
    const modelled = plan.columns.filter((c) => c.treatment === 'modelled').length;
    const per = (COLUMN_SHARE * total) / modelled;
    const labels = plan.measurements.map((m) => m.label);
    assert.deepEqual(labels, [
      'rows',
      'range:age',
      'histogram:age',
      'range:amount',
      'histogram:amount',
      'categories:group',
      'range:start',
      'histogram:start',
    ]);
    const expected: Record<string, number> = { rows: ROWS_SHARE * total };
    for (const c of ['age', 'amount', 'start']) {
      expected[`range:${c}`] = per / 2;
      expected[`histogram:${c}`] = per / 2;
    }
    expected['categories:group'] = per;
    for (const m of plan.measurements) {
      assert.ok(Math.abs(m.rho - expected[m.label]) < 1e-15, m.label);
      assert.ok(Math.abs(m.sigma! - gaussianSigma(m.rho)) < 1e-9);
    }
    assert.deepEqual(accountant.ledger, plan.measurements);
    const spent = plan.measurements.reduce((s, m) => s + m.rho, 0);
    assert.ok(Math.abs(accountant.spent - spent) < 1e-15);
    assert.ok(Math.abs(spent - total * (ROWS_SHARE + (COLUMN_SHARE * 4) / modelled)) < 1e-12);
  });

  it('needs no budget for what the schema makes public', () => {
    const t = sampleTable(500);
    const schema: Schema = {
      fictif: 'schema/1',
      columns: [
        { name: 'age', kind: 'integer', nullable: false, min: 18, max: 40 },
        {
          name: 'group',
          kind: 'categorical',
          nullable: true,
          categories: { young: 1, mid: 1, old: 1, unseen: 0 },
        },
      ],
    };
    const accountant = new Accountant(1);
    const plan = planEncoding(t, {
      schema,
      privacy: { accountant, totalRho: 1, selectionDelta: 0, noise: createNoiseRng('k') },
    });
    const labels = plan.measurements.map((m) => m.label);
    assert.ok(!labels.includes('range:age') && !labels.includes('histogram:age'), labels.join());
    assert.ok(!labels.includes('categories:group'));
    const age = plan.columns.find((c) => c.name === 'age')!.codec as BinnedCodec;
    assert.equal(age.bins, 23); // one code per value 18..40
    assert.equal(age.missingCode, -1);
    const group = plan.columns.find((c) => c.name === 'group')!.codec as CategoricalCodec;
    assert.deepEqual(group.kept, ['young', 'mid', 'old', 'unseen']);
  });

  it('releases a category seen only in the data only above a noise threshold', () => {
    const n = 2000;
    const values = Array.from({ length: n }, (_x, i) => (i === 0 ? 'unique-name' : i % 2 ? 'a' : 'b'));
    const t = new Table([columnFromValues('c', 'categorical', values)]);
    const accountant = new Accountant(1);
    const plan = planEncoding(t, {
      privacy: { accountant, totalRho: 1, selectionDelta: 1e-10, noise: createNoiseRng('k') },
    });
    const codec = plan.columns[0].codec as CategoricalCodec;
    assert.deepEqual([...codec.kept].sort(), ['a', 'b']);
    assert.ok(codec.otherCode >= 0);
    const back = codec.decode(Int32Array.of(codec.otherCode), createRng(1));
    assert.equal(back.categories[back.codes[0]], OTHER_LABEL);
    // The threshold: a one-row category passes with probability ≤ δ_c.
    assert.ok(gaussianTailInverse(1e-10) > 6.3 && gaussianTailInverse(1e-10) < 6.5);
    assert.ok(categoryThreshold(10, 1e-10) > 65);
  });

  it('draws merged public categories back by name', () => {
    const cats = Array.from({ length: 40 }, (_x, i) => `c${i}`);
    const values = Array.from({ length: 4000 }, (_x, i) => cats[i % 40]);
    const t = new Table([columnFromValues('c', 'categorical', values)]);
    const accountant = new Accountant(1);
    const plan = planEncoding(t, {
      publicCategories: true,
      maxBins: 16,
      privacy: { accountant, totalRho: 1, selectionDelta: 0, noise: createNoiseRng('k') },
    });
    const codec = plan.columns[0].codec as CategoricalCodec;
    assert.ok(codec.kept.length <= 15);
    assert.equal(codec.kept.length + codec.merged.length, 40);
    const col = codec.decode(new Int32Array(50).fill(codec.otherCode), createRng(2));
    for (let i = 0; i < 50; i++) assert.ok(codec.merged.includes(col.categories[col.codes[i]]));
  });
});
