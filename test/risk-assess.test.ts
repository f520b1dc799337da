// assessRisk end to end, the linkage attack, the verdict, and a cross-check on the demo population.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateDemo } from '../src/demo/index.js';
import { FictifError } from '../src/errors.js';
import {
  assessRisk,
  canonicalLinkValue,
  formatRisk,
  linkageAttack,
  RISK_THRESHOLDS,
  recordRisks,
} from '../src/risk/index.js';
import { columnFromValues, valueAt } from '../src/table/column.js';
import type { Schema } from '../src/table/schema.js';
import { Table } from '../src/table/table.js';

// 10 households: commune × sex × year of birth, and an amount.
//   c1 F 1980  ×4   (rsa 0,0,0,0)
//   c1 M 1980  ×3   (rsa 0,100,200)
//   c2 F 1990  ×2   (rsa 0,0)
//   c2 M 1975  ×1   (rsa 500)
function households(): Table {
  const commune = ['c1', 'c1', 'c1', 'c1', 'c1', 'c1', 'c1', 'c2', 'c2', 'c2'];
  const sexe = ['F', 'F', 'F', 'F', 'M', 'M', 'M', 'F', 'F', 'M'];
  const annee = [1980, 1980, 1980, 1980, 1980, 1980, 1980, 1990, 1990, 1975];
  const rsa = [0, 0, 0, 0, 0, 100, 200, 0, 0, 500];
  return new Table([
    columnFromValues('commune', 'categorical', commune),
    columnFromValues('sexe', 'categorical', sexe),
    columnFromValues('annee', 'integer', annee),
    columnFromValues('rsa', 'numeric', rsa),
  ]);
}

describe('assessRisk', () => {
  const r = assessRisk(households(), {
    qi: ['commune', 'sexe', 'annee'],
    sensitive: ['rsa'],
    unit: 'households',
  });
  it('summarises the equivalence classes', () => {
    assert.equal(r.classes.count, 4);
    assert.equal(r.classes.k, 1);
    assert.deepEqual(r.classes.histogram, [
      [1, 1, 1],
      [2, 1, 2],
      [3, 1, 3],
      [4, 1, 4],
    ]);
    assert.deepEqual(r.classes.records, { unique: 1, below3: 3, below5: 10, below11: 10 });
    assert.equal(r.classes.shares.below3, 0.3);
    assert.equal(r.classes.averageSize, 2.5);
  });
  it('computes the three attacker models', () => {
    assert.equal(r.reidentification.prosecutor.highest, 1);
    assert.equal(r.reidentification.prosecutor.average, 4 / 10);
    assert.equal(r.reidentification.prosecutor.recordsAtRisk, 1);
    assert.equal(r.reidentification.marketer.average, 0.4);
    assert.equal(r.populationUniqueness.model, 'census');
    assert.equal(r.populationUniqueness.populationUniques, 1);
  });
  it('measures the sensitive attribute', () => {
    const d = r.diversity[0];
    assert.equal(d.distinctL, 1);
    // classes of ≥ 2: c1F (4, all 0) and c2F (2, all 0) are homogeneous; c1M is not: 6 of 9
    assert.equal(d.recordsInSharedClasses, 9);
    assert.equal(d.homogeneousShare, 6 / 9);
  });
  it('says it plainly', () => {
    assert.equal(r.verdict.level, 'not-anonymous');
    // The 1975 household is alone on its year already: the smallest driving set is annee.
    assert.equal(
      r.verdict.headline,
      '10 % of households are unique on annee alone (10 % on commune + sexe + annee); this file is not anonymous.',
    );
    assert.ok(r.verdict.details.some((d) => d.includes('rsa')));
    const text = formatRisk(r);
    assert.match(text, /k-anonymity: k = 1/);
  });
  it('takes the quasi-identifiers from the schema roles', () => {
    const schema: Schema = {
      fictif: 'schema/1',
      columns: [
        { name: 'commune', kind: 'categorical', nullable: false, role: 'quasi-identifier' },
        { name: 'sexe', kind: 'categorical', nullable: false, role: 'quasi-identifier' },
        { name: 'rsa', kind: 'numeric', nullable: false, role: 'sensitive' },
      ],
    };
    const s = assessRisk(households(), { schema });
    assert.equal(s.qiSource, 'schema');
    assert.deepEqual(
      s.quasiIdentifiers.map((q) => q.name),
      ['commune', 'sexe'],
    );
    assert.deepEqual(s.sensitive, ['rsa']);
    assert.equal(s.classes.count, 4); // c1F 4, c1M 3, c2F 2, c2M 1
    assert.equal(s.classes.k, 1);
  });
  it('estimates population risk from a sampling fraction or weights', () => {
    const s = assessRisk(households(), { qi: ['commune', 'sexe'], samplingFraction: 0.1 });
    assert.equal(s.reidentification.population, 'sampling-fraction');
    assert.ok(s.reidentification.journalist.average < s.reidentification.prosecutor.average);
    const t = households().withColumn(columnFromValues('w', 'numeric', Array(10).fill(10)));
    const w = assessRisk(t, { qi: ['commune', 'sexe'], weights: 'w' });
    assert.equal(w.reidentification.population, 'weights');
    assert.equal(w.reidentification.samplingFraction, 0.1);
    assert.equal(w.reidentification.journalist.average, s.reidentification.journalist.average);
  });
  it('refuses what cannot be computed, with a usage error', () => {
    const usage = (f: () => unknown) =>
      assert.throws(f, (e: unknown) => e instanceof FictifError && e.kind === 'usage');
    usage(() => assessRisk(households(), { qi: ['nope'] }));
    usage(() => assessRisk(households(), { qi: ['commune'], samplingFraction: 0 }));
    usage(() => assessRisk(households(), { qi: ['commune'], sensitive: ['commune'] }));
    usage(() => assessRisk(households(), { qi: ['commune'], weights: 'sexe' }));
    usage(() => assessRisk(new Table([columnFromValues('x', 'integer', [1, 2])])));
  });
  it('gives each record its class size and risks', () => {
    const r = recordRisks(households(), { qi: ['commune', 'sexe', 'annee'], samplingFraction: 0.5 });
    assert.deepEqual([...r.classSize], [4, 4, 4, 4, 3, 3, 3, 2, 2, 1]);
    assert.deepEqual([...r.prosecutor], [0.25, 0.25, 0.25, 0.25, 1 / 3, 1 / 3, 1 / 3, 0.5, 0.5, 1]);
    // p = ½: f = 1 → ln 2, f = 2 → 1 − ln 2, f = 4 → ½ / 3.5
    assert.ok(Math.abs(r.journalist[9] - Math.log(2)) < 1e-12);
    assert.ok(Math.abs(r.journalist[7] - (1 - Math.log(2))) < 1e-12);
    assert.ok(Math.abs(r.journalist[0] - 0.5 / 3.5) < 1e-12);
  });
  it('wildcard matching raises the effective class sizes', () => {
    const t = new Table([
      columnFromValues('A', 'categorical', ['x', 'x', 'x', 'y', 'y', null]),
      columnFromValues('B', 'integer', [1, 1, 2, 1, null, 2]),
    ]);
    assert.equal(assessRisk(t, { qi: ['A', 'B'] }).classes.k, 1);
    const w = assessRisk(t, { qi: ['A', 'B'], missing: 'wildcard' });
    assert.equal(w.classes.k, 2);
    // effective sizes 2,2,2,2,3,3: average risk (4·½ + 2·⅓) / 6
    assert.ok(Math.abs(w.reidentification.prosecutor.average - (2 + 2 / 3) / 6) < 1e-12);
  });
});

describe('risk: linkage attack', () => {
  const file = new Table([
    columnFromValues('numero_allocataire', 'text', ['A1', 'A2', 'A3', 'A4', 'A5']),
    columnFromValues('adresse_voie', 'text', [
      'Rue des Lilas',
      'rue des lilas',
      'Av. Foch',
      'Rue Haute',
      null,
    ]),
    columnFromValues('date_naissance', 'date', [
      '1980-05-02',
      '1975-01-01',
      '1990-03-03',
      '1960-06-06',
      '1970-01-01',
    ]),
  ]);
  const directory = new Table([
    columnFromValues('nom', 'text', ['Martin', 'Durand', 'Petit', 'Roux', 'Blanc']),
    columnFromValues('adresse_voie', 'text', [
      'RUE DES LILAS',
      'Rue des Lilas ',
      'avenue Foch',
      'Rue Haute',
      'Rue Haute',
    ]),
    columnFromValues('annee_naissance', 'integer', [1980, 1975, 1990, 1960, 1960]),
    columnFromValues('numero_allocataire', 'text', ['A1', 'A9', 'A3', 'A4', null]),
  ]);
  it('normalises values before matching', () => {
    assert.equal(canonicalLinkValue("  Av. de l'Église "), 'avenue de l eglise');
    assert.equal(canonicalLinkValue('007'), '7');
  });
  it('links on common columns, a date meeting a year, and scores with the truth key', () => {
    const l = linkageAttack(file, directory);
    assert.deepEqual(
      l.pairs.map((p) => [p.file, p.directory, p.transform]),
      [
        ['adresse_voie', 'adresse_voie', 'exact'],
        ['date_naissance', 'annee_naissance', 'year'],
      ],
    );
    assert.deepEqual(l.truth, { file: 'numero_allocataire', directory: 'numero_allocataire' });
    assert.equal(l.linkable, 4); // A5 has no street
    // A1 → Martin (right), A2 → Durand (A9: wrong), A3 → Petit (right), A4 → Roux or Blanc (several)
    assert.equal(l.matchedOne, 3);
    assert.equal(l.matchedSeveral, 1);
    assert.equal(l.matchedNone, 0);
    assert.equal(l.correct, 2);
    assert.equal(l.expectedCorrect, 2.5);
    assert.equal(l.correctShare, 0.4);
  });
  it('links on the columns given, never on the truth key', () => {
    const l = linkageAttack(file, directory, { linkOn: [['adresse_voie', 'adresse_voie']] });
    assert.equal(l.matchedOne, 1); // avenue Foch only; the Lilas and Haute streets have two entries each
    assert.throws(() =>
      linkageAttack(file, directory, { linkOn: [['numero_allocataire', 'numero_allocataire']] }),
    );
  });
  it('feeds the verdict', () => {
    const r = assessRisk(file, { qi: ['adresse_voie', 'date_naissance'], directory });
    assert.ok(r.linkage);
    assert.ok(r.verdict.details.some((d) => d.includes('40 %')));
  });
});

describe('risk on the demo population', () => {
  const demo = generateDemo({ rows: 3000, seed: 4 });
  const qi = ['commune_code', 'sexe_demandeur', 'date_naissance_demandeur'];
  it('agrees with a naive count of classes', { skip: !qi.every((q) => demo.has(q)) }, () => {
    const r = assessRisk(demo, { qi, sensitive: [], drivers: false });
    const counts = new Map<string, number>();
    const keys: string[] = [];
    for (let i = 0; i < demo.nRows; i++) {
      const k = qi.map((q) => JSON.stringify(valueAt(demo.column(q), i))).join('|');
      keys.push(k);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    assert.equal(r.classes.count, counts.size);
    const k = Math.min(...counts.values());
    assert.equal(r.classes.k, k);
    let unique = 0;
    for (const key of keys) if (counts.get(key) === 1) unique++;
    assert.equal(r.classes.records.unique, unique);
    assert.ok(Math.abs(r.reidentification.prosecutor.average - counts.size / demo.nRows) < 1e-12);
    assert.equal(
      r.verdict.level,
      unique / demo.nRows >= RISK_THRESHOLDS.uniqueShare ? 'not-anonymous' : r.verdict.level,
    );
  });
});

describe('risk: verdict levels', () => {
  // One QI whose classes have the given sizes.
  function sized(sizes: number[]): Table {
    const values: string[] = [];
    sizes.forEach((s, k) => {
      for (let i = 0; i < s; i++) values.push(`g${k}`);
    });
    return new Table([columnFromValues('g', 'categorical', values)]);
  }
  const level = (sizes: number[]) => assessRisk(sized(sizes), { qi: ['g'] }).verdict;
  it('low: every class of 25 (risk 0.04 ≤ 0.05, max ≤ 0.09)', () => {
    const v = level(Array(8).fill(25));
    assert.equal(v.level, 'low');
    assert.match(v.headline, /^k = 25 and average risk 0\.04/);
  });
  it('moderate: classes of 12 to 15 (max ≤ 0.09 but average > 0.05)', () => {
    assert.equal(level([12, 13, 14, 15, 12, 13, 14, 15]).level, 'moderate');
  });
  it('high: a class of 3 among large ones (risk 0.33 > 0.2), no uniques', () => {
    const v = level([3, ...Array(10).fill(40)]);
    assert.equal(v.level, 'high');
    assert.match(v.headline, /k = 3/);
    assert.match(v.headline, /not fit for release/);
    assert.match(level([8, ...Array(10).fill(40)]).headline, /share only under contract/);
  });
  it('not anonymous while direct identifiers remain, whatever the QIs', () => {
    const t = sized(Array(8).fill(25));
    const withEmail = t.withColumn(
      columnFromValues(
        'email',
        'text',
        Array.from({ length: 200 }, (_, i) => `p${i}@example.fr`),
      ),
    );
    const v = assessRisk(withEmail, { qi: ['g'] });
    assert.deepEqual(v.identifiers, ['email']);
    assert.equal(v.verdict.level, 'not-anonymous');
    assert.match(v.verdict.headline, /still holds direct identifiers \(email\)/);
    assert.match(v.verdict.details[0], /^Besides, on the quasi-identifiers alone: k = 25/);
  });
  it('not anonymous: 1 % of records unique', () => {
    assert.equal(level([1, 33, 33, 33]).level, 'not-anonymous'); // 1 of 100
    assert.equal(level([1, 50, 50, 50]).level, 'high'); // 1 of 151 < 1 %
    assert.equal(RISK_THRESHOLDS.uniqueShare, 0.01);
  });
});
