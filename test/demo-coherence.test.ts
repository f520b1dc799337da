// Every coherence rule holds on 100,000 demo households, and the marginals are plausible.
//
// The bands are WIDE on purpose: the demo is a simplified model of a CAF file, not a calibrated one.
// Each is centred near a published figure, stated with its source (rounded, orders of magnitude):
// - CNAF, "Prestations légales, aides au logement, RSA et prime d'activité", end of 2022 / 2023:
//   about 13.8 million allocataire households in France; about 5.0 million receive allocations
//   familiales (≈ 36 %), about 1.9 million the RSA (≈ 13 %), about 4.5 million the prime d'activité
//   (≈ 32 %), about 5.8 million a housing aid (≈ 42 %), about 1.3 million the AAH (≈ 9 %).
// - INSEE, "Couples et familles" / enquête annuelle de recensement 2020: about one family with minor
//   children in four is a single-parent family, and about 82 % of single-parent families are a
//   mother with her children. CAF families lean more towards single parents (means-tested benefits).
// - INSEE, families with minor children, 2020: roughly one in five has three children or more.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEMO_RULES, generateDemo } from '../src/demo/index.js';
import { checkRules, formatRules, parseRules } from '../src/table/rules.js';

const ROWS = 100_000;
const demo = generateDemo({ seed: 2024, rows: ROWS });

function num(name: string): Float64Array {
  return (demo.column(name) as { values: Float64Array }).values;
}

function share(pred: (i: number) => boolean, of: (i: number) => boolean = () => true): number {
  let k = 0;
  let n = 0;
  for (let i = 0; i < demo.nRows; i++) {
    if (!of(i)) continue;
    n++;
    if (pred(i)) k++;
  }
  return k / n;
}

function inBand(name: string, x: number, lo: number, hi: number): void {
  assert.ok(x >= lo && x <= hi, `${name}: ${x.toFixed(3)} outside [${lo}, ${hi}]`);
}

describe('demo coherence rules', () => {
  it('are data: a rules file that round-trips through parseRules', () => {
    assert.ok(DEMO_RULES.length >= 60);
    assert.deepEqual(parseRules(formatRules(DEMO_RULES)), DEMO_RULES);
  });

  it('all hold on 100,000 households', () => {
    const report = checkRules(demo, DEMO_RULES);
    const broken = report.rules.filter((r) => r.violations > 0).map((r) => `${r.id}: ${r.violations}`);
    assert.deepEqual(broken, []);
    assert.equal(report.rows, ROWS);
  });

  it('would catch a broken row (the rules are not vacuous)', () => {
    const rows = demo.slice(0, 2000);
    const kids = (rows.column('nb_enfants') as { values: Float64Array }).values;
    const af = (rows.column('af_montant_mensuel') as { values: Float64Array }).values;
    const i = Array.from(af).findIndex((x) => x > 0);
    const saved = kids[i];
    kids[i] = 1;
    try {
      const report = checkRules(rows, DEMO_RULES);
      const byId = Object.fromEntries(report.rules.map((r) => [r.id, r.violations]));
      assert.equal(byId.af_deux_enfants, 1);
      assert.ok(byId.nb_personnes_a_charge >= 1);
      assert.equal(report.violatingRows[i], 1);
    } finally {
      kids[i] = saved;
    }
  });
});

describe('demo marginals (bands around published figures, see the header)', () => {
  const kids = num('nb_enfants');
  const single = (demo.column('parent_isole') as { values: Uint8Array }).values;
  const family = (i: number) => kids[i] >= 1;
  const paid = (name: string) => {
    const v = num(name);
    return share((i) => v[i] > 0);
  };

  it('single parents: ~25 % of families (INSEE 2020), more among CAF families', () => {
    inBand(
      'single parents among families',
      share((i) => single[i] === 1, family),
      0.2,
      0.45,
    );
  });

  it('single parents are mostly mothers (INSEE: ~82 %)', () => {
    const sex = demo.column('sexe_demandeur') as { codes: Int32Array; categories: readonly string[] };
    const f = sex.categories.indexOf('F');
    inBand(
      'mothers among single parents',
      share(
        (i) => sex.codes[i] === f,
        (i) => single[i] === 1,
      ),
      0.75,
      0.9,
    );
  });

  it('three children or more: ~1 family in 5 (INSEE 2020)', () => {
    inBand(
      '3+ children among families',
      share((i) => kids[i] >= 3, family),
      0.12,
      0.32,
    );
  });

  it('allocations familiales: ~36 % of allocataires (CNAF 2022)', () => {
    inBand('AF', paid('af_montant_mensuel'), 0.25, 0.45);
  });

  it('RSA: ~13 % of allocataires (CNAF 2022–2023)', () => {
    inBand('RSA', paid('rsa_montant_mensuel'), 0.08, 0.2);
  });

  it("prime d'activité: ~32 % of allocataires (CNAF 2023)", () => {
    inBand('PPA', paid('ppa_montant_mensuel'), 0.2, 0.48);
  });

  it('housing aid: ~42 % of allocataires (CNAF 2022)', () => {
    inBand('housing aid', paid('aide_logement_montant_mensuel'), 0.3, 0.58);
  });

  it('AAH: ~9 % of allocataires (CNAF 2022)', () => {
    inBand('AAH', paid('aah_montant_mensuel'), 0.05, 0.14);
  });

  it('ASF only for single parents, and for a minority of them', () => {
    inBand(
      'ASF among single parents',
      share(
        (i) => num('asf_montant_mensuel')[i] > 0,
        (i) => single[i] === 1,
      ),
      0.2,
      0.6,
    );
  });

  it('earnings: skewed, with a share of zero, higher for couples', () => {
    const e = num('revenu_activite_mensuel_foyer');
    inBand(
      'no earnings',
      share((i) => e[i] === 0),
      0.1,
      0.4,
    );
    const positive = Array.from(e)
      .filter((x) => x > 0)
      .sort((a, b) => a - b);
    const median = positive[positive.length >> 1];
    const mean = positive.reduce((s, x) => s + x, 0) / positive.length;
    assert.ok(mean > median, 'right-skewed');
    inBand('median monthly earnings of earning households', median, 900, 3000);
    const couple = (demo.column('presence_conjoint') as { values: Uint8Array }).values;
    const med = (pred: (i: number) => boolean) => {
      const xs = Array.from(e)
        .filter((x, i) => x > 0 && pred(i))
        .sort((a, b) => a - b);
      return xs[xs.length >> 1];
    };
    assert.ok(med((i) => couple[i] === 1) > 1.3 * med((i) => couple[i] === 0));
  });

  it('ages: applicants 18+, couples with the man about 2–3 years older on average', () => {
    const a = num('date_naissance_demandeur');
    const p = num('date_naissance_conjoint');
    const sex = demo.column('sexe_demandeur') as { codes: Int32Array; categories: readonly string[] };
    const f = sex.categories.indexOf('F');
    let gap = 0;
    let n = 0;
    for (let i = 0; i < demo.nRows; i++) {
      if (Number.isNaN(p[i])) continue;
      // Positive when the man is older.
      gap += (sex.codes[i] === f ? a[i] - p[i] : p[i] - a[i]) / 365.25;
      n++;
    }
    inBand('mean age gap in couples (years)', gap / n, 1, 4);
  });
});
