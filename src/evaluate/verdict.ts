// Plain-words verdicts, one per criterion, each with its threshold and where the threshold comes from.
// Where the literature gives no number, the threshold is this tool's convention and is said to be one.
import type { AnonymeterResults, AttackResult } from './anonymeter.js';
import type { DistancePrivacy, TailTest } from './distance.js';
import type { Fidelity } from './fidelity.js';
import type { Utility } from './utility.js';

/**
 * 'uncertain': the estimate is on the wrong side of the threshold but its 95 % interval reaches the
 * safe side (more attacks or a larger holdout would settle it).
 */
export type Outcome = 'pass' | 'fail' | 'uncertain' | 'not judged';

export interface Verdict {
  area: 'fidelity' | 'privacy';
  criterion: string;
  outcome: Outcome;
  /** The figure compared with the threshold (NaN when not judged). */
  value: number;
  threshold: string;
  source: string;
  text: string;
}

export const THRESHOLDS = {
  fidelityScore: 80,
  utilityRatio: 0.9,
  dcrRatio: 1,
  nndrRatio: 1,
  dcrShare: 0.6,
  miaAuc: 0.6,
  anonymeterRisk: 0.1,
  coherence: 0.01,
} as const;

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : String(x));

const SOURCES = {
  holdout:
    'Platzer & Reutterer (2021), "Holdout-based fidelity and privacy assessment of mixed-type synthetic data", Frontiers in Big Data: the holdout is the yardstick',
  dcr: 'DCR 5th percentile compared with a baseline, as in Zhao et al. (2021, CTAB-GAN) and Platzer & Reutterer (2021); the ratio ≥ 1 rule is a convention',
  mia: 'membership inference (Shokri et al. 2017; for synthetic data Stadler et al. 2022, USENIX Security); AUC 0.5 is chance, the 0.6 limit is this tool’s convention',
  anonymeter:
    'Article 29 Working Party, Opinion 05/2014 (WP216) criteria, measured as Giomi et al. (2023, PoPETs) Anonymeter; neither sets a number: the 0.1 limit is this tool’s convention',
  fidelity: 'this tool’s convention (the score is defined in the report)',
  utility:
    'train-on-synthetic, test-on-real (Esteban et al. 2017; Jordon et al. 2022); the 0.9 ratio is this tool’s convention',
  coherence: 'the rule file; a 1 % tolerance above the real file’s own rate is this tool’s convention',
};

/** Ratio ≥ limit: pass; below it, fail only when synthetic rows crowd the closest 5 % significantly (z > 1.645). */
/** The real-data model must beat chance by this much (AUC − 0.5, or R²) for the utility ratio to be judged. */
const UTILITY_MIN_MARGIN = 0.05;

function closeness(ratio: number, limit: number, tail: TailTest | undefined): Outcome {
  if (ratio >= limit) return 'pass';
  if (!tail) return 'fail';
  return tail.z > 1.645 ? 'fail' : 'pass';
}

function attackVerdict(
  name: string,
  r: AttackResult | undefined,
  hasHoldout: boolean,
  what: string,
): Verdict {
  if (!r)
    return {
      area: 'privacy',
      criterion: name,
      outcome: 'not judged',
      value: Number.NaN,
      threshold: `risk < ${THRESHOLDS.anonymeterRisk}`,
      source: SOURCES.anonymeter,
      text: `${what}: not run (too few columns).`,
    };
  if (!hasHoldout)
    return {
      area: 'privacy',
      criterion: name,
      outcome: 'not judged',
      value: r.risk.value,
      threshold: `risk < ${THRESHOLDS.anonymeterRisk}`,
      source: SOURCES.anonymeter,
      text: `${what}: attack success ${pct(r.attack.rate)} vs ${pct(r.baseline.rate)} for random guesses; without a holdout, what the attack learns from the population cannot be told from what it learns about the people in the file.`,
    };
  const risk = Math.max(0, r.risk.value);
  const pass = risk < THRESHOLDS.anonymeterRisk;
  const outcome: Outcome = pass ? 'pass' : r.risk.low < THRESHOLDS.anonymeterRisk ? 'uncertain' : 'fail';
  return {
    area: 'privacy',
    criterion: name,
    outcome,
    value: risk,
    threshold: `risk < ${THRESHOLDS.anonymeterRisk}`,
    source: SOURCES.anonymeter,
    text:
      `${what}: risk ${f2(risk)} [${f2(r.risk.low)}, ${f2(r.risk.high)}] (attack ${pct(r.attack.rate)}, control ${pct((r.control as AttackResult['attack']).rate)}, random ${pct(r.baseline.rate)})` +
      (r.inconclusive
        ? '; the attack did no better than random guessing.'
        : outcome === 'pass'
          ? '.'
          : outcome === 'uncertain'
            ? `: above ${THRESHOLDS.anonymeterRisk}, but the interval reaches below it (more --attacks or a larger holdout would settle it).`
            : ': the synthetic file tells more about the people in the real file than about the population.'),
  };
}

export function verdicts(
  fid: Fidelity,
  util: Utility | { skipped: string },
  coherence: { realRate: number; syntheticRate: number } | undefined,
  dist: DistancePrivacy,
  anon: AnonymeterResults,
  hasHoldout: boolean,
): Verdict[] {
  const out: Verdict[] = [];
  const band =
    fid.score >= 90
      ? 'very close to'
      : fid.score >= THRESHOLDS.fidelityScore
        ? 'close to'
        : fid.score >= 70
          ? 'only roughly like'
          : 'far from';
  out.push({
    area: 'fidelity',
    criterion: 'Fidelity score',
    outcome: fid.score >= THRESHOLDS.fidelityScore ? 'pass' : 'fail',
    value: fid.score,
    threshold: `≥ ${THRESHOLDS.fidelityScore} / 100`,
    source: SOURCES.fidelity,
    text:
      `The synthetic distributions are ${band} the real ones (score ${fid.score.toFixed(1)} / 100` +
      (fid.holdoutScore !== undefined
        ? `; fresh holdout rows score ${fid.holdoutScore.toFixed(1)}, the ceiling sampling noise allows).`
        : ').'),
  });
  if ('skipped' in util)
    out.push({
      area: 'fidelity',
      criterion: 'ML utility',
      outcome: 'not judged',
      value: Number.NaN,
      threshold: `synthetic/real ≥ ${THRESHOLDS.utilityRatio}`,
      source: SOURCES.utility,
      text: `Not judged: ${util.skipped}.`,
    });
  else {
    const key =
      util.task === 'classification' ? (util.trainedOnReal.auc !== undefined ? 'auc' : 'accuracy') : 'r2';
    const real = util.trainedOnReal[key] ?? Number.NaN;
    const syn = util.trainedOnSynthetic[key] ?? Number.NaN;
    // A ratio is only meaningful when the model trained on real data beats chance by a margin:
    // near AUC 0.5 (or R² 0) the denominator is noise and the ratio explodes.
    const margin = key === 'auc' ? real - 0.5 : real;
    const learnable = margin >= UTILITY_MIN_MARGIN;
    const ratio = !learnable ? Number.NaN : key === 'auc' ? (syn - 0.5) / margin : syn / real;
    const label = key === 'auc' ? 'AUC' : key === 'r2' ? 'R²' : 'accuracy';
    out.push({
      area: 'fidelity',
      criterion: 'ML utility',
      outcome: Number.isNaN(ratio) ? 'not judged' : ratio >= THRESHOLDS.utilityRatio ? 'pass' : 'fail',
      value: ratio,
      threshold: `synthetic/real ≥ ${THRESHOLDS.utilityRatio}${key === 'auc' ? ' (AUC above 0.5)' : ''}`,
      source: SOURCES.utility,
      text: learnable
        ? `Predicting '${util.target}' on the holdout: ${label} ${f2(syn)} when trained on the synthetic file, ${f2(real)} when trained on the real one (ratio ${f2(ratio)}).`
        : `Not judged: a model trained on the real file barely predicts '${util.target}' (${label} ${f2(real)}; synthetic ${f2(syn)}), so the comparison says nothing; choose another --target.`,
    });
  }
  if (coherence) {
    const excess = coherence.syntheticRate - coherence.realRate;
    out.push({
      area: 'fidelity',
      criterion: 'Coherence',
      outcome: excess <= THRESHOLDS.coherence ? 'pass' : 'fail',
      value: coherence.syntheticRate,
      threshold: `≤ real rate + ${pct(THRESHOLDS.coherence)}`,
      source: SOURCES.coherence,
      text: `${pct(coherence.syntheticRate)} of the synthetic rows break a rule (real file: ${pct(coherence.realRate)}).`,
    });
  }

  const ex = dist.exactCopies;
  if (ex.holdout) {
    const pass = ex.synthetic.successes / Math.max(1, ex.synthetic.trials) <= ex.holdout.high;
    out.push({
      area: 'privacy',
      criterion: 'Exact copies',
      outcome: pass ? 'pass' : 'fail',
      value: ex.synthetic.successes / Math.max(1, ex.synthetic.trials),
      threshold: 'no more than the holdout’s own rate (upper 95 % bound)',
      source: SOURCES.holdout,
      text: `${pct(ex.synthetic.successes / Math.max(1, ex.synthetic.trials))} of the synthetic rows copy a real row; ${pct(ex.holdout.successes / Math.max(1, ex.holdout.trials))} of fresh holdout rows do so by chance.`,
    });
  } else {
    const rate = ex.synthetic.successes / Math.max(1, ex.synthetic.trials);
    out.push({
      area: 'privacy',
      criterion: 'Exact copies',
      outcome: 'not judged',
      value: rate,
      threshold: 'no more than the holdout’s own rate',
      source: SOURCES.holdout,
      text: `${pct(rate)} of the synthetic rows copy a real row; without a holdout, how often the population repeats itself is unknown.`,
    });
  }
  if (dist.dcr.ratioP5 !== undefined && dist.dcr.holdout) {
    const r = dist.dcr.ratioP5;
    out.push({
      area: 'privacy',
      criterion: 'Distance to closest record',
      outcome: closeness(r, THRESHOLDS.dcrRatio, dist.dcr.closeTail),
      value: r,
      threshold: `5th-percentile ratio synthetic/holdout ≥ ${THRESHOLDS.dcrRatio} (below 1, fail only if synthetic rows fall in the closest 5 % of the pooled distances significantly more often than holdout rows: one-sided two-proportion test, 5 %)`,
      source: SOURCES.dcr,
      text: `The closest 5 % of synthetic rows are at Gower distance ≤ ${dist.dcr.synthetic.p5.toFixed(3)} from a real row; for fresh holdout rows ${dist.dcr.holdout.p5.toFixed(3)} (ratio ${f2(r)}).`,
    });
  } else
    out.push({
      area: 'privacy',
      criterion: 'Distance to closest record',
      outcome: 'not judged',
      value: dist.dcr.synthetic.p5,
      threshold: `5th-percentile ratio synthetic/holdout ≥ ${THRESHOLDS.dcrRatio}`,
      source: SOURCES.dcr,
      text: `5th percentile of the synthetic rows’ distance to the real rows: ${dist.dcr.synthetic.p5.toFixed(3)}; without a holdout there is no yardstick for “too close”.`,
    });
  if (dist.nndr.ratioP5 !== undefined && dist.nndr.holdout)
    out.push({
      area: 'privacy',
      criterion: 'Nearest-neighbour distance ratio',
      outcome: closeness(dist.nndr.ratioP5, THRESHOLDS.nndrRatio, dist.nndr.closeTail),
      value: dist.nndr.ratioP5,
      threshold: `5th-percentile ratio synthetic/holdout ≥ ${THRESHOLDS.nndrRatio} (fail when significantly below)`,
      source: `${SOURCES.holdout}; the ratio rule is this tool’s convention`,
      text: `NNDR 5th percentile ${f2(dist.nndr.synthetic.p5)} for synthetic rows, ${f2(dist.nndr.holdout.p5)} for holdout rows (low NNDR: a synthetic row sits on one real person rather than among several).`,
    });
  if (dist.dcrShare)
    out.push({
      area: 'privacy',
      criterion: 'DCR share',
      outcome: dist.dcrShare.rate <= THRESHOLDS.dcrShare ? 'pass' : 'fail',
      value: dist.dcrShare.rate,
      threshold: `≤ ${THRESHOLDS.dcrShare} (0.5 ideal)`,
      source: `${SOURCES.holdout}; the 0.6 limit is this tool’s convention`,
      text: `${pct(dist.dcrShare.rate)} of the synthetic rows are closer to a training row than to a holdout row (50 % if the synthesiser learnt the population, not its people).`,
    });
  if (dist.membership)
    out.push({
      area: 'privacy',
      criterion: 'Membership inference',
      outcome: dist.membership.auc <= THRESHOLDS.miaAuc ? 'pass' : 'fail',
      value: dist.membership.auc,
      threshold: `AUC ≤ ${THRESHOLDS.miaAuc}`,
      source: SOURCES.mia,
      text: `An attacker with the synthetic file tells who was in the real file with AUC ${f2(dist.membership.auc)} (0.5 = coin toss).`,
    });
  else
    out.push({
      area: 'privacy',
      criterion: 'Membership inference',
      outcome: 'not judged',
      value: Number.NaN,
      threshold: `AUC ≤ ${THRESHOLDS.miaAuc}`,
      source: SOURCES.mia,
      text: 'Not judged: the attack needs holdout rows (people known not to be in the real file).',
    });
  out.push(
    attackVerdict(
      'Singling out (one column)',
      anon.singlingOutUnivariate,
      hasHoldout,
      'Predicates on one column that isolate one person',
    ),
  );
  out.push(
    attackVerdict(
      'Singling out (several columns)',
      anon.singlingOutMultivariate,
      hasHoldout,
      'Predicates on several columns that isolate one person',
    ),
  );
  out.push(
    attackVerdict(
      'Linkability',
      anon.linkability,
      hasHoldout,
      'Linking two partial files about the same people',
    ),
  );
  for (const inf of anon.inference)
    out.push(
      attackVerdict(
        `Inference of ${inf.secret}`,
        inf,
        hasHoldout,
        `Guessing '${inf.secret}' from the other known columns`,
      ),
    );
  return out;
}
