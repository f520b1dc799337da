// Distance-based privacy checks: exact copies, distance to closest record (DCR), nearest-neighbour
// distance ratio (NNDR), the DCR share (closer to training than to holdout?) and a distance-based
// membership-inference attack. The holdout, drawn from the same population but unseen by the
// synthesiser, is the yardstick: synthetic rows should not sit closer to the real rows than fresh
// rows of the population do (Platzer & Reutterer 2021).
import type { Rng } from '../random.js';
import { type Encoding, type EncodedTable, rowKey } from './encode.js';
import { distanceView, nearest, takeView } from './neighbors.js';
import { sampleIndices } from './sample.js';
import { auc, quantile, wilson, type Rate } from './stats.js';

export interface DistanceSummary {
  /** How many query rows were measured. */
  queries: number;
  /** How many reference rows they were compared with. */
  references: number;
  p5: number;
  median: number;
  mean: number;
}

/**
 * The lowest 5 % of the pooled synthetic and holdout values, and how many of each group fall in it.
 * Without memorisation both shares are about 5 %; `z` is the one-sided two-proportion z statistic
 * (synthetic above holdout), significant at the 5 % level when z > 1.645.
 */
export interface TailTest {
  threshold: number;
  synthetic: Rate;
  holdout: Rate;
  z: number;
}

export interface DistancePrivacy {
  exactCopies: {
    /** Synthetic rows identical (on every evaluated column) to some real row. */
    synthetic: Rate;
    /** Holdout rows identical to some real row: how often the population repeats itself. */
    holdout?: Rate;
  };
  dcr: {
    synthetic: DistanceSummary;
    holdout?: DistanceSummary;
    /** 5th percentile of synthetic DCR / that of holdout DCR (≥ 1: not closer than fresh data). */
    ratioP5?: number;
    /** Are synthetic rows more often among the closest 5 % than holdout rows? (two-proportion test) */
    closeTail?: TailTest;
  };
  nndr: { synthetic: DistanceSummary; holdout?: DistanceSummary; ratioP5?: number; closeTail?: TailTest };
  /**
   * Share of synthetic rows closer to a training row than to a holdout row, with equal-sized
   * training and holdout samples (ties count half): 0.5 for a synthesiser that learnt the population,
   * towards 1 for one that memorised its training rows.
   */
  dcrShare?: Rate;
  /** Membership inference: AUC of −DCR(candidate → synthetic) for training vs holdout candidates. */
  membership?: { auc: number; members: number; nonMembers: number; roc: { fpr: number[]; tpr: number[] } };
  /** Histogram of the DCRs (share of rows per bin), synthetic and holdout, for the report. */
  dcrHistogram: { edges: number[]; synthetic: number[]; holdout?: number[] };
  /** Human-readable notes on sampling. */
  notes: string[];
}

const MAX_QUERIES = 2000;
const MIN_QUERIES = 300;
const MAX_REFERENCES = 10000;
const MAX_CANDIDATES = 1000;
/** Cell comparisons allowed per search (about a second of one core), so wide files stay fast. */
export const SEARCH_BUDGET = 3e9;

/** How many queries a search against `refs` rows on `cols` columns can afford, within [MIN_QUERIES, max]. */
export function affordableQueries(refs: number, cols: number, max: number): number {
  return Math.max(
    Math.min(MIN_QUERIES, max),
    Math.min(max, Math.floor(SEARCH_BUDGET / Math.max(1, refs * cols))),
  );
}

function summary(d: Float64Array, references: number): DistanceSummary {
  const s = Float64Array.from(d).sort();
  let m = 0;
  for (const x of s) m += x;
  return {
    queries: s.length,
    references,
    p5: quantile(s, 0.05),
    median: quantile(s, 0.5),
    mean: s.length ? m / s.length : Number.NaN,
  };
}

function ratio(d: ReturnType<typeof nearest>): Float64Array {
  const r = new Float64Array(d.d1.length);
  for (let i = 0; i < r.length; i++) r[i] = d.d2[i] > 0 ? d.d1[i] / d.d2[i] : d.d1[i] > 0 ? 1 : 0;
  return r;
}

/** Shares of values in equal-width bins over [0, max]. */
function histogram(d: Float64Array, edges: number[]): number[] {
  const k = edges.length - 1;
  const out = new Array<number>(k).fill(0);
  const w = edges[k] / k;
  for (const x of d) out[Math.min(k - 1, Math.max(0, Math.floor(x / w)))]++;
  return out.map((c) => (d.length ? c / d.length : 0));
}

/** The ROC curve of scores (positives = label 1), at most ~100 points. */
export function rocCurve(scores: Float64Array, labels: Uint8Array): { fpr: number[]; tpr: number[] } {
  const idx = Array.from(scores.keys()).sort((a, b) => scores[b] - scores[a]);
  let pos = 0;
  for (const l of labels) pos += l;
  const neg = labels.length - pos;
  const fpr = [0];
  const tpr = [0];
  let tp = 0;
  let fp = 0;
  const step = Math.max(1, Math.floor(idx.length / 100));
  for (let k = 0; k < idx.length; k++) {
    if (labels[idx[k]]) tp++;
    else fp++;
    const tieNext = k + 1 < idx.length && scores[idx[k + 1]] === scores[idx[k]];
    if (!tieNext && (k % step === 0 || k === idx.length - 1)) {
      fpr.push(neg ? fp / neg : 0);
      tpr.push(pos ? tp / pos : 0);
    }
  }
  return { fpr, tpr };
}

export function tailTest(syn: Float64Array, hold: Float64Array): TailTest {
  const pooled = Float64Array.from([...syn, ...hold]).sort();
  const threshold = quantile(pooled, 0.05);
  const below = (d: Float64Array) => {
    let k = 0;
    for (const x of d) if (x <= threshold) k++;
    return k;
  };
  const k1 = below(syn);
  const k2 = below(hold);
  const n1 = syn.length;
  const n2 = hold.length;
  const p = (k1 + k2) / (n1 + n2);
  const se = Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
  const z = se > 0 ? (k1 / n1 - k2 / n2) / se : k1 / n1 > k2 / n2 ? Number.POSITIVE_INFINITY : 0;
  return { threshold, synthetic: wilson(k1, n1), holdout: wilson(k2, n2), z };
}

function exactRate(queries: EncodedTable, realKeys: Set<string>): Rate {
  let k = 0;
  for (let i = 0; i < queries.n; i++) if (realKeys.has(rowKey(queries, i))) k++;
  return wilson(k, queries.n);
}

export function distancePrivacy(
  enc: Encoding,
  rng: Rng,
  progress: (done: number, total: number) => void = () => {},
): DistancePrivacy {
  const { specs, real, synthetic, holdout } = enc;
  const notes: string[] = [];
  const realKeys = new Set<string>();
  for (let i = 0; i < real.n; i++) realKeys.add(rowKey(real, i));
  const exactCopies = {
    synthetic: exactRate(synthetic, realKeys),
    holdout: holdout ? exactRate(holdout, realKeys) : undefined,
  };

  // With a holdout, the real reference set has the holdout's size, so that the two distances are
  // measured against equally dense sets of people.
  const refSize = Math.min(real.n, MAX_REFERENCES, holdout ? holdout.n : Number.POSITIVE_INFINITY);
  const vReal = distanceView(specs, real);
  const vSyn = distanceView(specs, synthetic);
  const vHold = holdout ? distanceView(specs, holdout) : undefined;
  const realRef = takeView(vReal, sampleIndices(real.n, refSize, rng.fork('references')));
  const nQueries = affordableQueries(refSize, specs.length, MAX_QUERIES);
  const synQ = takeView(vSyn, sampleIndices(synthetic.n, nQueries, rng.fork('synthetic-queries')));
  if (refSize < real.n)
    notes.push(
      `distances measured against ${refSize.toLocaleString('en')} of the ${real.n.toLocaleString('en')} real rows (sampled)`,
    );
  if (synQ.n < synthetic.n)
    notes.push(`DCR and NNDR measured on ${synQ.n.toLocaleString('en')} sampled synthetic rows`);
  const total = holdout ? 5 : 1;
  progress(0, total);
  const synNN = nearest(synQ, realRef);
  progress(1, total);
  const dcr: DistancePrivacy['dcr'] = { synthetic: summary(synNN.d1, realRef.n) };
  const nndr: DistancePrivacy['nndr'] = { synthetic: summary(ratio(synNN), realRef.n) };
  let dcrShare: Rate | undefined;
  let holdD1: Float64Array | undefined;
  let membership: DistancePrivacy['membership'];
  if (holdout && vHold) {
    const holdQ = takeView(vHold, sampleIndices(holdout.n, nQueries, rng.fork('holdout-queries')));
    const holdNN = nearest(holdQ, realRef);
    progress(2, total);
    dcr.holdout = summary(holdNN.d1, realRef.n);
    holdD1 = holdNN.d1;
    nndr.holdout = summary(ratio(holdNN), realRef.n);
    dcr.ratioP5 =
      dcr.holdout.p5 > 0
        ? dcr.synthetic.p5 / dcr.holdout.p5
        : dcr.synthetic.p5 > 0
          ? Number.POSITIVE_INFINITY
          : 1;
    nndr.ratioP5 =
      nndr.holdout.p5 > 0
        ? nndr.synthetic.p5 / nndr.holdout.p5
        : nndr.synthetic.p5 > 0
          ? Number.POSITIVE_INFINITY
          : 1;
    dcr.closeTail = tailTest(synNN.d1, holdNN.d1);
    nndr.closeTail = tailTest(ratio(synNN), ratio(holdNN));

    const holdRef = takeView(vHold, sampleIndices(holdout.n, refSize, rng.fork('holdout-references')));
    const toHold = nearest(synQ, holdRef);
    progress(3, total);
    let closer = 0;
    for (let i = 0; i < synQ.n; i++)
      closer += synNN.d1[i] < toHold.d1[i] ? 1 : synNN.d1[i] === toHold.d1[i] ? 0.5 : 0;
    dcrShare = wilson(closer, synQ.n);

    const synRefSize = Math.min(synthetic.n, MAX_REFERENCES);
    const m = Math.min(affordableQueries(synRefSize, specs.length, MAX_CANDIDATES), holdout.n, real.n);
    const members = takeView(vReal, sampleIndices(real.n, m, rng.fork('members')));
    const nonMembers = takeView(vHold, sampleIndices(holdout.n, m, rng.fork('non-members')));
    const synRef = takeView(vSyn, sampleIndices(synthetic.n, synRefSize, rng.fork('synthetic-references')));
    notes.push(
      `membership inference on ${m.toLocaleString('en')} training and ${m.toLocaleString('en')} holdout rows${synRef.n < synthetic.n ? `, against ${synRef.n.toLocaleString('en')} sampled synthetic rows` : ''}`,
    );
    const dm = nearest(members, synRef).d1;
    const dn = nearest(nonMembers, synRef).d1;
    progress(5, total);
    const scores = new Float64Array(2 * m);
    const labels = new Uint8Array(2 * m);
    for (let i = 0; i < m; i++) {
      scores[i] = -dm[i];
      labels[i] = 1;
      scores[m + i] = -dn[i];
    }
    membership = { auc: auc(scores, labels), members: m, nonMembers: m, roc: rocCurve(scores, labels) };
  }
  let top = 0;
  for (const x of synNN.d1) top = Math.max(top, x);
  for (const x of holdD1 ?? []) top = Math.max(top, x);
  const edges = Array.from({ length: 31 }, (_, i) => ((top || 1) * i) / 30);
  const dcrHistogram = {
    edges,
    synthetic: histogram(synNN.d1, edges),
    holdout: holdD1 ? histogram(holdD1, edges) : undefined,
  };
  return { exactCopies, dcr, nndr, dcrShare, membership, dcrHistogram, notes };
}
