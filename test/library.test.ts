// The README's library example, run as written (through the package's entry point).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assessRisk, concatTables, evaluate, generateDemo, scanTable, synthesize } from '../src/index.js';

describe('library entry point', () => {
  it('runs the README example: scan, risk, synth, evaluate on the demo', () => {
    const real = generateDemo({ rows: 1500, seed: 1 }).select([
      'commune_code',
      'sexe_demandeur',
      'date_naissance_demandeur',
      'nb_enfants',
      'statut_occupation',
      'revenu_activite_mensuel_foyer',
    ]);
    const scan = scanTable(real);
    assert.equal(scan.columns.length, 6);
    const risk = assessRisk(real, { qi: ['commune_code', 'date_naissance_demandeur'] });
    assert.ok(risk.verdict.headline.length > 0);
    const result = synthesize(real, { method: 'mst', epsilon: 1, seed: 'a secret seed' });
    const synthetic = concatTables([...result.sampler.chunks()]);
    assert.equal(synthetic.nRows, result.sampler.rows);
    assert.deepEqual(synthetic.names, real.names);
    assert.ok(result.privacy && result.privacy.epsilon === 1);
    const report = evaluate(real, synthetic, { seed: 1 });
    assert.ok(report.fidelity.score > 0 && report.fidelity.score <= 100);
  });
});
