// The privacy attacks must catch a synthetic file that copies the real one, and stay near their
// baselines against an independent sample of the same population.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Evaluation, evaluate } from '../src/evaluate/index.js';
import { population } from './evaluate-fixtures.js';

const real = population(1500, 'real');
const holdout = population(1000, 'holdout');
const independent = population(1500, 'independent');

const verdict = (e: Evaluation, criterion: string) => {
  const v = e.verdicts.find((x) => x.criterion === criterion);
  assert.ok(v, `no verdict '${criterion}'`);
  return v;
};

describe('evaluate: attacks against a copy of the real file', () => {
  const e = evaluate(real, real, { holdout, seed: 1 });
  const a = e.privacy.anonymeter;

  it('sees the exact copies and the zero distances', () => {
    assert.equal(e.privacy.distances.exactCopies.synthetic.successes, real.nRows);
    assert.equal(e.privacy.distances.dcr.synthetic.p5, 0);
    assert.equal(verdict(e, 'Exact copies').outcome, 'fail');
    assert.equal(verdict(e, 'Distance to closest record').outcome, 'fail');
    assert.ok((e.privacy.distances.dcrShare?.rate ?? 0) > 0.6);
  });

  it('tells members from non-members', () => {
    assert.ok((e.privacy.distances.membership?.auc ?? 0) > 0.9, `AUC ${e.privacy.distances.membership?.auc}`);
    assert.equal(verdict(e, 'Membership inference').outcome, 'fail');
  });

  it('singles out, links and infers far better than the control', () => {
    assert.ok(
      a.singlingOutUnivariate.risk.value > 0.3,
      `univariate risk ${a.singlingOutUnivariate.risk.value}`,
    );
    assert.ok(
      a.singlingOutMultivariate.risk.value > 0.1,
      `multivariate risk ${a.singlingOutMultivariate.risk.value}`,
    );
    assert.ok((a.linkability?.risk.value ?? 0) > 0.05, `linkability risk ${a.linkability?.risk.value}`);
    assert.ok(a.inference.length >= 2);
    for (const inf of a.inference)
      assert.ok(inf.risk.value > 0.5, `inference of ${inf.secret}: ${inf.risk.value}`);
    assert.equal(verdict(e, 'Singling out (one column)').outcome, 'fail');
    assert.ok(
      e.verdicts.filter((v) => v.criterion.startsWith('Inference')).every((v) => v.outcome === 'fail'),
    );
  });
});

describe('evaluate: attacks against an independent sample', () => {
  const e = evaluate(real, independent, { holdout, seed: 1 });
  const a = e.privacy.anonymeter;

  it('finds the synthetic rows no closer than fresh ones', () => {
    const d = e.privacy.distances;
    assert.ok(Math.abs((d.dcrShare?.rate ?? 0) - 0.5) < 0.07, `DCR share ${d.dcrShare?.rate}`);
    assert.ok(Math.abs((d.membership?.auc ?? 0) - 0.5) < 0.07, `AUC ${d.membership?.auc}`);
    assert.ok((d.dcr.ratioP5 ?? 0) > 0.7);
  });

  it('keeps every attack near its control', () => {
    const all = [a.singlingOutUnivariate, a.singlingOutMultivariate, a.linkability, ...a.inference];
    for (const r of all) {
      assert.ok(r?.control);
      assert.ok(
        Math.abs(r.attack.rate - r.control.rate) < 0.1,
        `attack ${r.attack.rate} vs control ${r.control.rate}`,
      );
      assert.ok(r.risk.value < 0.15, `risk ${r.risk.value}`);
    }
  });

  it('fails no privacy check', () => {
    const failed = e.verdicts.filter((v) => v.area === 'privacy' && v.outcome === 'fail');
    assert.deepEqual(
      failed.map((v) => v.criterion),
      [],
    );
  });

  it('scores fidelity high and trains a useful model', () => {
    assert.ok(e.fidelity.score > 90, `score ${e.fidelity.score}`);
    // An independent sample is as good as a synthesiser can be: it scores like the holdout.
    assert.ok(
      Math.abs(e.fidelity.score - (e.fidelity.holdoutScore ?? 0)) < 3,
      `holdout score ${e.fidelity.holdoutScore}`,
    );
    assert.ok(!('skipped' in e.utility));
    if (!('skipped' in e.utility)) {
      assert.equal(e.utility.target, 'benefit');
      assert.ok((e.utility.trainedOnSynthetic.auc ?? 0) > 0.65);
    }
  });
});

describe('evaluate: without a holdout', () => {
  const e = evaluate(real, independent, { seed: 1 });
  it('says what it cannot judge', () => {
    assert.ok(e.cannotJudge.length >= 3);
    assert.ok('skipped' in e.utility);
    const privacy = e.verdicts.filter((v) => v.area === 'privacy');
    assert.ok(privacy.length > 0 && privacy.every((v) => v.outcome === 'not judged'));
    assert.equal(e.privacy.distances.membership, undefined);
    assert.equal(e.privacy.anonymeter.singlingOutUnivariate.riskAgainst, 'baseline');
  });

  it('is deterministic for a seed', () => {
    const again = evaluate(real, independent, { seed: 1 });
    assert.equal(JSON.stringify(again), JSON.stringify(e));
  });
});
