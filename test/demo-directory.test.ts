// The fictitious public directory of the demo population (for linkage attacks).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateDemo, generateDirectory } from '../src/demo/index.js';
import { typo } from '../src/demo/directory.js';
import { createRng } from '../src/random.js';

const ROWS = 5000;
const demo = generateDemo({ seed: 9, rows: ROWS });
const dir = generateDirectory({ seed: 9, rows: ROWS });

const strings = (t: typeof demo, name: string) => (t.column(name) as { values: readonly string[] }).values;
const numbers = (t: typeof demo, name: string) => (t.column(name) as { values: Float64Array }).values;
const codes = (t: typeof demo, name: string) => {
  const c = t.column(name) as { codes: Int32Array; categories: readonly string[] };
  return (i: number) => (c.codes[i] < 0 ? null : c.categories[c.codes[i]]);
};

describe('demo directory', () => {
  it('has the columns of a reverse directory plus the ground-truth link', () => {
    assert.deepEqual(dir.names, [
      'nom',
      'prenom',
      'adresse_numero',
      'adresse_voie',
      'commune_code',
      'annee_naissance',
      'numero_allocataire',
    ]);
    assert.equal(dir.meta.fictitious, true);
    assert.match(dir.meta.comment ?? '', /ground truth/);
  });

  it('covers about 80 % of the households, plus about 25 % outsiders', () => {
    const ids = strings(dir, 'numero_allocataire');
    const missing = dir.column('numero_allocataire').missing;
    let linked = 0;
    for (let i = 0; i < dir.nRows; i++) if (!missing[i]) linked++;
    assert.ok(Math.abs(linked / ROWS - 0.8) < 0.03, `coverage ${linked / ROWS}`);
    assert.ok(Math.abs((dir.nRows - linked) / ROWS - 0.25) < 0.001);
    const linkedIds = ids.filter((_, i) => !missing[i]);
    assert.equal(new Set(linkedIds).size, linkedIds.length, 'each household at most once');
  });

  it('describes the same people as the demo file, with some noise', () => {
    const rowOf = new Map(strings(demo, 'numero_allocataire').map((id, i) => [id, i]));
    const ids = strings(dir, 'numero_allocataire');
    const missing = dir.column('numero_allocataire').missing;
    const birth = numbers(demo, 'date_naissance_demandeur');
    const year = numbers(dir, 'annee_naissance');
    const demoCommune = codes(demo, 'commune_code');
    const dirCommune = codes(dir, 'commune_code');
    const demoStreet = strings(demo, 'adresse_voie');
    const dirStreet = strings(dir, 'adresse_voie');
    let n = 0;
    let sameYear = 0;
    let sameCommune = 0;
    let sameStreet = 0;
    for (let i = 0; i < dir.nRows; i++) {
      if (missing[i]) continue;
      const j = rowOf.get(ids[i]);
      assert.ok(j !== undefined, `unknown allocataire ${ids[i]}`);
      n++;
      if (year[i] === new Date(birth[j] * 86400000).getUTCFullYear()) sameYear++;
      if (dirCommune(i) === demoCommune(j)) sameCommune++;
      if (dirStreet[i] === demoStreet[j]) sameStreet++;
    }
    // Noise: ~3 % years off by one and ~5 % unknown; ~8 % moved (half in the same commune).
    assert.ok(sameYear / n > 0.88 && sameYear / n < 0.96, `same year ${sameYear / n}`);
    assert.ok(sameCommune / n > 0.93 && sameCommune / n < 0.99, `same commune ${sameCommune / n}`);
    assert.ok(sameStreet / n > 0.88 && sameStreet / n < 0.96, `same street ${sameStreet / n}`);
  });

  it('is deterministic and follows its options', () => {
    const again = generateDirectory({ seed: 9, rows: ROWS });
    assert.deepEqual(strings(again, 'nom'), strings(dir, 'nom'));
    const half = generateDirectory({ seed: 9, rows: ROWS, coverage: 0.5, outsiders: 0 });
    assert.ok(Math.abs(half.nRows / ROWS - 0.5) < 0.03);
    assert.throws(() => generateDirectory({ rows: 10, coverage: 1.5 }), RangeError);
  });

  it('makes one small slip per typo', () => {
    const rng = createRng(1);
    for (let k = 0; k < 200; k++) {
      const t = typo(rng, 'Lefebvre');
      assert.ok(Math.abs(t.length - 8) <= 1);
      assert.equal(t[0], 'L', 'first letter kept');
    }
  });
});
