// Machine-learning utility ("train on synthetic, test on real"): a random forest trained on the
// synthetic file and one trained on the real file predict the same target on the holdout, which
// neither has seen. A faithful synthetic file gives a model nearly as good as the real one.
import { usageError } from '../errors.js';
import type { ColumnRole } from '../table/schema.js';
import type { Rng } from '../random.js';
import type { ColumnSpec, EncodedTable, Encoding } from './encode.js';
import { categoricalBinner, type FeatureBinner, fitForest, numericBinner } from './forest.js';
import { sampleIndices } from './sample.js';
import { auc, r2 } from './stats.js';
import { takeRows } from './encode.js';

export interface ModelScores {
  accuracy?: number;
  /** Binary: AUC; more classes: mean one-vs-rest AUC. */
  auc?: number;
  r2?: number;
  trainRows: number;
}

export interface Utility {
  target: string;
  task: 'classification' | 'regression';
  /** Classes of the target (0 for regression). */
  classes: number;
  /** Why this target (named by the user, schema role, or the rule that picked it). */
  why: string;
  model: string;
  testRows: number;
  trainedOnReal: ModelScores;
  trainedOnSynthetic: ModelScores;
  /** Majority-class accuracy on the holdout, the floor any model should beat. */
  majorityAccuracy?: number;
}

const MAX_TRAIN = 20000;
const MAX_TEST = 10000;

/** The target column: the user's, else a sensitive one from the schema, else the last 2–10 category column. */
export function chooseTarget(
  specs: readonly ColumnSpec[],
  real: EncodedTable,
  target: string | undefined,
  roles: Record<string, ColumnRole>,
): { index: number; why: string } | undefined {
  if (target !== undefined) {
    const i = specs.findIndex((s) => s.name === target);
    if (i < 0)
      throw usageError(
        `--target: unknown or unevaluated column '${target}'; the evaluated columns are: ${specs.map((s) => s.name).join(', ')}`,
      );
    return { index: i, why: 'named with --target' };
  }
  const levels = (c: number) => {
    const seen = new Set<number>();
    const v = real.values[c] as Int32Array;
    for (let i = 0; i < v.length; i++) if (v[i] >= 0) seen.add(v[i]);
    return seen.size;
  };
  const usable = (c: number) =>
    specs[c].type === 'num' ? specs[c].hi > specs[c].lo : levels(c) >= 2 && levels(c) <= 20;
  const sensitive = specs.findIndex(
    (s, c) => (roles[s.name] === 'sensitive' || roles[s.name] === 'special-category') && usable(c),
  );
  if (sensitive >= 0)
    return {
      index: sensitive,
      why: `first column with the role '${roles[specs[sensitive].name]}' in the schema`,
    };
  for (let c = specs.length - 1; c >= 0; c--) {
    if (specs[c].type !== 'cat') continue;
    const k = levels(c);
    if (k >= 2 && k <= 10)
      return {
        index: c,
        why: `no --target given: the last column with 2 to 10 categories (${k}), a typical outcome; name another with --target`,
      };
  }
  for (let c = specs.length - 1; c >= 0; c--)
    if (specs[c].type === 'num' && usable(c))
      return {
        index: c,
        why: 'no --target given and no categorical outcome: the last numeric column; name another with --target',
      };
  return undefined;
}

function binners(
  specs: readonly ColumnSpec[],
  train: EncodedTable,
  features: number[],
  score: Float64Array,
): FeatureBinner[] {
  return features.map((c) =>
    specs[c].type === 'num'
      ? numericBinner(train.values[c] as Float64Array)
      : categoricalBinner(train.values[c] as Int32Array, specs[c].categories.length, score),
  );
}

function binRows(t: EncodedTable, features: number[], bs: FeatureBinner[]): Uint8Array[] {
  return features.map((c, f) => {
    const out = new Uint8Array(t.n);
    const v = t.values[c];
    for (let i = 0; i < t.n; i++) out[i] = bs[f].bin(v[i]);
    return out;
  });
}

function withTarget(t: EncodedTable, target: number, isCat: boolean): EncodedTable {
  const keep: number[] = [];
  const v = t.values[target];
  for (let i = 0; i < t.n; i++) if (isCat ? v[i] >= 0 : !Number.isNaN(v[i])) keep.push(i);
  return keep.length === t.n ? t : takeRows(t, keep);
}

function trainAndScore(
  specs: readonly ColumnSpec[],
  train: EncodedTable,
  test: EncodedTable,
  target: number,
  classes: number,
  rng: Rng,
): ModelScores {
  const features = specs.map((_, c) => c).filter((c) => c !== target);
  const y = Float64Array.from(train.values[target]);
  let score = y;
  if (classes > 0) {
    // Order categories by the share of the training set's most frequent class.
    const counts = new Float64Array(classes);
    for (const v of y) counts[v]++;
    const top = counts.indexOf(Math.max(...counts));
    score = y.map((v) => (v === top ? 1 : 0));
  }
  const bs = binners(specs, train, features, score);
  const forest = fitForest(binRows(train, features, bs), y, classes, rng);
  const xt = binRows(test, features, bs);
  const truth = test.values[target];
  if (classes === 0) {
    const pred = new Float64Array(test.n);
    for (let i = 0; i < test.n; i++) pred[i] = forest.predict(xt, i)[0];
    return { r2: r2(truth, pred), trainRows: train.n };
  }
  const probs: Float64Array[] = [];
  let right = 0;
  for (let i = 0; i < test.n; i++) {
    const pr = forest.predict(xt, i);
    probs.push(pr);
    let best = 0;
    for (let c = 1; c < classes; c++) if (pr[c] > pr[best]) best = c;
    if (best === truth[i]) right++;
  }
  const present = Array.from(new Set(truth)).sort((a, b) => a - b);
  const aucs: number[] = [];
  const classesForAuc = present.length === 2 ? [present[1]] : present;
  for (const c of classesForAuc) {
    const a = auc(
      probs.map((p) => p[c]),
      Array.from(truth, (t) => (t === c ? 1 : 0)),
    );
    if (!Number.isNaN(a)) aucs.push(a);
  }
  return {
    accuracy: right / test.n,
    auc: aucs.length ? aucs.reduce((s, v) => s + v, 0) / aucs.length : undefined,
    trainRows: train.n,
  };
}

export function mlUtility(
  enc: Encoding,
  rng: Rng,
  target: string | undefined,
  roles: Record<string, ColumnRole>,
): Utility | { skipped: string } {
  const { specs, holdout } = enc;
  const chosen = chooseTarget(specs, enc.real, target, roles);
  if (!chosen) return { skipped: 'no column suits as a prediction target (name one with --target)' };
  if (!holdout)
    return {
      skipped:
        'a model trained on the synthetic file can only be judged fairly on real rows the synthesiser never saw; give a holdout',
    };
  if (specs.length < 2) return { skipped: 'a prediction needs at least one other column' };
  const t = chosen.index;
  const isCat = specs[t].type === 'cat';
  const real = withTarget(enc.real, t, isCat);
  const syn = withTarget(enc.synthetic, t, isCat);
  let test = withTarget(holdout, t, isCat);
  test = takeRows(test, sampleIndices(test.n, MAX_TEST, rng.fork('test')));
  const trainReal = takeRows(real, sampleIndices(real.n, MAX_TRAIN, rng.fork('train-real')));
  const trainSyn = takeRows(syn, sampleIndices(syn.n, MAX_TRAIN, rng.fork('train-synthetic')));
  if (trainSyn.n < 10 || trainReal.n < 10 || test.n < 10)
    return { skipped: `too few rows with a '${specs[t].name}' value to train and test a model` };
  const classes = isCat ? specs[t].categories.length : 0;
  let majorityAccuracy: number | undefined;
  if (isCat) {
    const c = new Float64Array(classes);
    for (const v of trainReal.values[t]) c[v]++;
    const top = c.indexOf(Math.max(...c));
    let k = 0;
    for (const v of test.values[t]) if (v === top) k++;
    majorityAccuracy = k / test.n;
  }
  return {
    target: specs[t].name,
    task: isCat ? 'classification' : 'regression',
    classes: isCat ? new Set(test.values[t]).size : 0,
    why: chosen.why,
    model:
      'random forest (50 trees, depth ≤ 12, √p features per split for classes, p/3 for numbers; fictif’s own, on binned features)',
    testRows: test.n,
    trainedOnReal: trainAndScore(specs, trainReal, test, t, classes, rng.fork('forest-real')),
    trainedOnSynthetic: trainAndScore(specs, trainSyn, test, t, classes, rng.fork('forest-synthetic')),
    majorityAccuracy,
  };
}
