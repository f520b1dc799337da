// scanTable end to end: roles, evidence counts, schema overrides, sampling, the suggested schema, the demo.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateDemo } from '../src/demo/index.js';
import { createRng } from '../src/random.js';
import { classify, nirKey, scanTable, suggestSchema } from '../src/scan/index.js';
import { columnFromValues } from '../src/table/column.js';
import type { Schema } from '../src/table/schema.js';
import { Table } from '../src/table/table.js';

const N = 40;
const nirs = Array.from({ length: N }, (_, i) => {
  const stem = `1${80 + (i % 20)}0${1 + (i % 9)}75${String(100 + i)}${String(200 + i)}`;
  return stem + String(nirKey(stem)).padStart(2, '0');
});

function people(): Table {
  return new Table([
    columnFromValues('nir', 'text', nirs),
    columnFromValues(
      'Prénom',
      'text',
      Array.from({ length: N }, (_, i) => ['Marie', 'Jean', 'Sophie', 'Pierre', 'Nathalie'][i % 5]),
    ),
    columnFromValues(
      'date_naissance',
      'date',
      Array.from({ length: N }, (_, i) => `${1950 + i}-0${1 + (i % 9)}-${10 + (i % 18)}`),
    ),
    columnFromValues(
      'adresse',
      'text',
      Array.from({ length: N }, (_, i) => `${i + 1} rue des Lilas`),
    ),
    columnFromValues(
      'cp',
      'text',
      Array.from({ length: N }, (_, i) => ['75001', '69003', '13008', '01000'][i % 4]),
    ),
    columnFromValues(
      'contact',
      'text',
      Array.from({ length: N }, (_, i) => (i < 30 ? `user${i}@example.fr` : null)),
    ),
    columnFromValues(
      'montant_aah',
      'numeric',
      Array.from({ length: N }, (_, i) => (i % 4 ? 0 : 971.37)),
    ),
    columnFromValues(
      'revenu',
      'numeric',
      Array.from({ length: N }, (_, i) => 1000 + i * 13.5),
    ),
    columnFromValues(
      'commentaire',
      'text',
      Array.from({ length: N }, (_, i) =>
        i % 2
          ? `Appel de Mme Sophie Martin au 06 12 34 56 ${10 + i} pour son dossier`
          : 'rien à signaler pour ce dossier',
      ),
    ),
    columnFromValues(
      'couleur',
      'categorical',
      Array.from({ length: N }, (_, i) => ['rouge', 'vert'][i % 2]),
    ),
    columnFromValues(
      'ref',
      'text',
      Array.from({ length: N }, (_, i) => `X${1000 + i}`),
    ),
  ]);
}

describe('scanTable', () => {
  const scan = scanTable(people());
  const col = (name: string) => scan.columns.find((c) => c.name === name)!;

  it('gives each column its role', () => {
    assert.equal(col('nir').role, 'identifier');
    assert.equal(col('Prénom').role, 'identifier');
    assert.equal(col('date_naissance').role, 'quasi-identifier');
    assert.equal(col('adresse').role, 'quasi-identifier');
    assert.equal(col('cp').role, 'quasi-identifier');
    assert.equal(col('contact').role, 'identifier');
    assert.equal(col('montant_aah').role, 'special-category');
    assert.equal(col('revenu').role, 'sensitive');
    assert.equal(col('commentaire').role, 'identifier');
    assert.equal(col('couleur').role, 'other');
    assert.equal(col('ref').role, 'identifier'); // near-unique
    assert.deepEqual(scan.byRole.identifier, ['nir', 'Prénom', 'contact', 'commentaire', 'ref']);
  });

  it('counts the values each detector fired on', () => {
    const nir = col('nir').evidence.find((e) => e.detector === 'nir')!;
    assert.equal(nir.matched, 40);
    assert.equal(nir.tested, 40);
    const email = col('contact').evidence.find((e) => e.detector === 'email')!;
    assert.equal(email.matched, 30); // 10 missing are not tested
    assert.equal(email.tested, 30);
    const phone = col('commentaire').evidence.find((e) => e.detector === 'text:phone')!;
    assert.equal(phone.matched, 20);
    assert.ok(col('ref').evidence.some((e) => e.detector === 'near-unique' && e.matched === 40));
    assert.ok(col('cp').note.includes('postal code'));
    assert.equal(col('contact').missingRate, 10 / 40);
  });

  it('is more confident when header and values agree', () => {
    assert.ok(col('nir').confidence > 0.95);
    const onlyHeader = scanTable(
      new Table([
        columnFromValues(
          'nir',
          'integer',
          Array.from({ length: 5 }, (_, i) => i),
        ),
      ]),
    );
    assert.ok(onlyHeader.columns[0].confidence < col('nir').confidence);
  });

  it('lets the roles of a schema win, and says so', () => {
    const schema: Schema = {
      fictif: 'schema/1',
      columns: [
        { name: 'couleur', kind: 'categorical', nullable: false, role: 'quasi-identifier' },
        { name: 'nir', kind: 'text', nullable: false, role: 'ignore' },
      ],
    };
    const s = scanTable(people(), { schema });
    const c = s.columns.find((x) => x.name === 'couleur')!;
    assert.equal(c.role, 'quasi-identifier');
    assert.ok(c.roleFromSchema);
    assert.equal(c.confidence, 1);
    assert.ok(c.note.startsWith('role set in the schema'));
    const n = s.columns.find((x) => x.name === 'nir')!;
    assert.equal(n.role, 'ignore');
    assert.ok(n.note.includes('direct identifier'), n.note);
  });

  it('works on a seeded sample of large tables and says so', () => {
    const rng = createRng(3);
    const n = 3000;
    const t = new Table([
      columnFromValues(
        'email',
        'text',
        Array.from({ length: n }, (_, i) => `p${i}@mail.fr`),
      ),
      columnFromValues(
        'x',
        'integer',
        Array.from({ length: n }, () => rng.int(5)),
      ),
    ]);
    const a = scanTable(t, { sampleRows: 500, seed: 7 });
    const b = scanTable(t, { sampleRows: 500, seed: 7 });
    assert.ok(a.sampled);
    assert.equal(a.scannedRows, 500);
    assert.equal(a.columns[0].evidence.find((e) => e.detector === 'email')!.tested, 500);
    assert.deepEqual(a, b);
    assert.equal(scanTable(t, { sampleRows: 5000 }).sampled, false);
  });

  it('writes a suggested schema with roles and evidence', () => {
    const t = people();
    const schema = suggestSchema(t, scan);
    assert.equal(schema.fictif, 'schema/1');
    assert.equal(schema.columns.length, t.nCols);
    const aah = schema.columns.find((c) => c.name === 'montant_aah')!;
    assert.equal(aah.role, 'special-category');
    assert.ok(aah.note!.startsWith('fictif scan'));
    assert.equal(aah.kind, 'numeric');
  });

  it('keeps weak evidence below the threshold as "other"', () => {
    const c = classify([
      { source: 'header', detector: 'x', role: 'identifier', confidence: 0.3, detail: 'weak' },
    ]);
    assert.equal(c.role, 'other');
    const agree = classify([
      { source: 'header', detector: 'email', role: 'identifier', confidence: 0.7, detail: 'h' },
      { source: 'values', detector: 'email', role: 'identifier', confidence: 0.9, detail: 'v' },
    ]);
    assert.equal(agree.confidence, 0.97); // 1 − 0.3 × 0.1
  });
});

describe('scan on the demo population', () => {
  const demo = generateDemo({ rows: 1500, seed: 1 });
  it('finds the identifiers, quasi-identifiers and art. 9 data of the demo', {
    skip: demo.nCols === 0,
  }, () => {
    const s = scanTable(demo);
    const role = (n: string) => s.columns.find((c) => c.name === n)?.role;
    for (const [name, expected] of [
      ['nir_demandeur', 'identifier'],
      ['numero_allocataire', 'identifier'],
      ['telephone', 'identifier'],
      ['email', 'identifier'],
      ['date_naissance_demandeur', 'quasi-identifier'],
      ['adresse_voie', 'quasi-identifier'],
      ['commune_code', 'quasi-identifier'],
      ['aah_taux_incapacite', 'special-category'],
      ['rsa_montant_mensuel', 'sensitive'],
    ] as const) {
      if (demo.has(name)) assert.equal(role(name), expected, name);
    }
    if (demo.has('date_ouverture_droits')) assert.notEqual(role('date_ouverture_droits'), 'quasi-identifier');
  });
});

describe('scan: harder cases', () => {
  it('reads dates of birth written as text, and postal vs commune codes by header', () => {
    const n = 30;
    const t = new Table([
      columnFromValues(
        'ddn',
        'text',
        Array.from(
          { length: n },
          (_, i) => `${String(2 + (i % 27)).padStart(2, '0')}/0${1 + (i % 9)}/${1945 + i}`,
        ),
      ),
      columnFromValues(
        'naissance_txt',
        'text',
        Array.from(
          { length: n },
          (_, i) => `${String(2 + (i % 27)).padStart(2, '0')}/0${1 + (i % 9)}/${1945 + i}`,
        ),
      ),
      columnFromValues(
        'code_postal',
        'text',
        Array.from({ length: n }, (_, i) => ['33000', '33100', '33200'][i % 3]),
      ),
      columnFromValues(
        'commune',
        'text',
        Array.from({ length: n }, (_, i) => ['33063', '33281', '33522'][i % 3]),
      ),
      columnFromValues(
        'date_paiement',
        'date',
        Array.from({ length: n }, (_, i) => `${1995 + i}-0${1 + (i % 9)}-${10 + (i % 18)}`),
      ),
    ]);
    const s = scanTable(t, { referenceDate: '2025-12-31' });
    const f = (name: string) => s.columns.find((c) => c.name === name)!;
    assert.equal(f('ddn').role, 'quasi-identifier');
    assert.ok(f('ddn').evidence.some((e) => e.detector === 'birth-date' && e.matched === 30));
    assert.ok(f('code_postal').evidence.some((e) => e.detector === 'postal-code'));
    assert.ok(!f('code_postal').evidence.some((e) => e.detector === 'commune-code'));
    assert.ok(f('commune').evidence.some((e) => e.detector === 'commune-code'));
    assert.ok(!f('commune').evidence.some((e) => e.detector === 'postal-code'));
    // A payment date is an event, not a birth, however the dates spread.
    assert.equal(f('date_paiement').role, 'other');
  });

  it('finds identifiers inside free text stored as categories', () => {
    const notes = [
      'Rappeler Mme Sophie Martin au 06 12 34 56 78 demain matin',
      'Courrier envoyé à jean.dupont@example.fr le 3 mars',
      'Aucune remarque particulière pour ce dossier ce mois-ci',
    ];
    const t = new Table([
      columnFromValues(
        'observations',
        'categorical',
        Array.from({ length: 30 }, (_, i) => notes[i % 3]),
      ),
    ]);
    const c = scanTable(t).columns[0];
    assert.equal(c.role, 'identifier');
    assert.ok(c.evidence.some((e) => e.detector === 'text:phone'));
    assert.ok(c.evidence.some((e) => e.detector === 'text:email'));
    assert.ok(c.evidence.some((e) => e.detector === 'text:full-name'));
  });

  it('discounts a header whose promised shape never appears', () => {
    const t = new Table([
      columnFromValues(
        'email_envoye',
        'text',
        Array.from({ length: 30 }, (_, i) => (i % 2 ? 'oui' : 'non')),
      ),
    ]);
    const c = scanTable(t).columns[0];
    assert.equal(c.role, 'other');
    assert.ok(c.note.includes('no value has that shape'), c.note);
  });
});
