// The three attacks of the Article 29 Working Party's anonymisation criteria (Opinion 05/2014, WP216):
// singling out, linkability and inference, measured as Anonymeter does (Giomi et al. 2023, "A Unified
// Framework for Quantifying Privacy Risk in Synthetic Data", PoPETs 2023(2)). Own implementation.
//
// Each attack uses only the synthetic file to make guesses about real people, and is scored three ways:
// - attack:   the guesses checked against the training rows (the people the synthesiser saw);
// - control:  the same guesses checked against holdout rows (people it never saw): what the attacker
//             gets from population-level patterns alone, which a useful synthetic file must keep;
// - baseline: a naive attacker guessing at random: if the attack does no better, it is inconclusive.
// The risk is the share of success due to the training rows: (attack − control) / (1 − control).
import type { Rng } from '../random.js';
import type { ColumnSpec, EncodedTable, Encoding } from './encode.js';
import { rowKey, takeRows } from './encode.js';
import { type DistanceView, distanceView, nearest } from './neighbors.js';
import { sampleIndices } from './sample.js';
import { type Rate, wilson } from './stats.js';

export interface PrivacyRisk {
  value: number;
  low: number;
  high: number;
}

export interface AttackResult {
  attack: Rate;
  baseline: Rate;
  control?: Rate;
  /** (attack − control) / (1 − control), with the Wilson errors propagated; vs baseline when no control. */
  risk: PrivacyRisk;
  /** 'control' (Anonymeter's definition) or 'baseline' (no holdout: indicative only). */
  riskAgainst: 'control' | 'baseline';
  /** The attack did no better than random guessing: the result says little either way. */
  inconclusive: boolean;
  details: Record<string, unknown>;
}

export interface AnonymeterResults {
  singlingOutUnivariate: AttackResult;
  singlingOutMultivariate: AttackResult;
  linkability?: AttackResult;
  inference: (AttackResult & { secret: string; auxiliary: string[] })[];
  /** Rows attacked per evaluation and how the training rows were sampled. */
  notes: string[];
}

/** Cell comparisons per attack search, and the fewest synthetic rows searched whatever the budget. */
const ATTACK_SEARCH_BUDGET = 3e9;
const MIN_SEARCH_ROWS = 10000;

export interface AnonymeterOptions {
  attacks?: number;
  /** Columns the attacker is assumed to know (quasi-identifiers); default: all. */
  auxiliary?: string[];
  /** Columns whose value the attacker wants (inference targets); default: chosen (see evaluate). */
  secrets?: string[];
  /** Columns per multivariate singling-out predicate (Anonymeter's default: 3). */
  predicateColumns?: number;
  confidence?: number;
}

/** Anonymeter's risk: (attack − control) / (1 − control), error by propagation of both Wilson errors. */
export function residualRisk(attack: Rate, control: Rate): PrivacyRisk {
  const c = control.rate;
  const a = attack.rate;
  if (c >= 1) return { value: 0, low: 0, high: 1 };
  const value = (a - c) / (1 - c);
  const error = Math.sqrt((attack.error / (1 - c)) ** 2 + ((control.error * (a - 1)) / (1 - c) ** 2) ** 2);
  return {
    value,
    low: Math.min(1, Math.max(0, value - error)),
    high: Math.min(1, Math.max(0, value + error)),
  };
}

function result(
  attack: Rate,
  baseline: Rate,
  control: Rate | undefined,
  details: Record<string, unknown>,
): AttackResult {
  return {
    attack,
    baseline,
    control,
    risk: residualRisk(attack, control ?? baseline),
    riskAgainst: control ? 'control' : 'baseline',
    inconclusive: attack.rate <= baseline.rate,
    details,
  };
}

function dedupe(t: EncodedTable): EncodedTable {
  const seen = new Set<string>();
  const keep: number[] = [];
  for (let i = 0; i < t.n; i++) {
    const k = rowKey(t, i);
    if (!seen.has(k)) {
      seen.add(k);
      keep.push(i);
    }
  }
  return keep.length === t.n ? t : takeRows(t, keep);
}

// ---- singling out ---------------------------------------------------------------------------------

type Op = 'eq' | 'ne' | 'lt' | 'gt' | 'le' | 'ge' | 'na' | 'notna';
interface Condition {
  col: number;
  op: Op;
  value: number;
}
type Predicate = Condition[];

/** Whether value y satisfies the condition (missing is NaN for numbers, a negative code for categories). */
function test(op: Op, y: number, x: number, isCat: boolean): boolean {
  switch (op) {
    case 'eq':
      return y === x;
    case 'le':
      return y <= x;
    case 'ge':
      return y >= x;
    case 'lt':
      return y < x;
    case 'gt':
      return y > x;
    case 'ne':
      return y !== x && (isCat ? y >= 0 : !Number.isNaN(y));
    case 'na':
      return isCat ? y < 0 : Number.isNaN(y);
    default:
      return isCat ? y >= 0 : !Number.isNaN(y);
  }
}

/** Rows matching every condition, counting no further than `stop` (most predicates stop early). */
function count(t: EncodedTable, specs: readonly ColumnSpec[], p: Predicate, stop = 2): number {
  const m = p.length;
  const cols = p.map((c) => t.values[c.col]);
  const ops = p.map((c) => c.op);
  const xs = p.map((c) => c.value);
  const cats = p.map((c) => specs[c.col].type === 'cat');
  let k = 0;
  for (let i = 0; i < t.n; i++) {
    let ok = true;
    for (let j = 0; j < m; j++)
      if (!test(ops[j], cols[j][i], xs[j], cats[j])) {
        ok = false;
        break;
      }
    if (ok && ++k >= stop) return k;
  }
  return k;
}

const predicateKey = (p: Predicate) =>
  p
    .map((c) => `${c.col}:${c.op}:${c.value}`)
    .sort()
    .join('&');

function shuffle<T>(a: T[], rng: Rng): T[] {
  for (let i = a.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** Predicates on one column that single out a synthetic row: rare values, extremes, a lone missing value. */
function univariatePredicates(
  syn: EncodedTable,
  specs: readonly ColumnSpec[],
  cols: readonly number[],
  n: number,
  rng: Rng,
): Predicate[] {
  const candidates: Predicate[] = [];
  for (const col of cols) {
    const v = syn.values[col];
    const isCat = specs[col].type === 'cat';
    let missing = 0;
    const counts = new Map<number, number>();
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < syn.n; i++) {
      const x = v[i];
      if (isCat ? x < 0 : Number.isNaN(x)) {
        missing++;
        continue;
      }
      counts.set(x, (counts.get(x) ?? 0) + 1);
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    if (missing === 1) candidates.push([{ col, op: 'na', value: 0 }]);
    if (!isCat && lo <= hi) candidates.push([{ col, op: 'le', value: lo }], [{ col, op: 'ge', value: hi }]);
    for (const [x, k] of counts) if (k === 1) candidates.push([{ col, op: 'eq', value: x }]);
  }
  shuffle(candidates, rng);
  const out: Predicate[] = [];
  const seen = new Set<string>();
  for (const p of candidates) {
    if (out.length >= n) break;
    const key = predicateKey(p);
    if (seen.has(key) || count(syn, specs, p) !== 1) continue;
    seen.add(key);
    out.push(p);
  }
  return out;
}

function medians(t: EncodedTable, specs: readonly ColumnSpec[]): number[] {
  return specs.map((s, c) => {
    if (s.type === 'cat') return 0;
    const v = Array.from(t.values[c] as Float64Array)
      .filter((x) => !Number.isNaN(x))
      .sort((a, b) => a - b);
    return v.length ? v[Math.floor((v.length - 1) / 2)] : 0;
  });
}

/** Predicates built from a random synthetic row on k random columns (≥ / ≤ its value for numbers, on the side away from the median). */
function multivariatePredicates(
  syn: EncodedTable,
  specs: readonly ColumnSpec[],
  cols: readonly number[],
  n: number,
  k: number,
  rng: Rng,
): Predicate[] {
  const med = medians(syn, specs);
  const out: Predicate[] = [];
  const seen = new Set<string>();
  const kk = Math.min(k, cols.length);
  for (let tries = 0; out.length < n && tries < 200 * n; tries++) {
    const row = rng.int(syn.n);
    const chosen = shuffle([...cols], rng).slice(0, kk);
    const p: Predicate = chosen.map((col) => {
      const x = syn.values[col][row];
      const isCat = specs[col].type === 'cat';
      if (isCat ? x < 0 : Number.isNaN(x)) return { col, op: 'na', value: 0 };
      if (isCat) return { col, op: 'eq', value: x };
      return { col, op: x > med[col] ? 'ge' : 'le', value: x };
    });
    const key = predicateKey(p);
    if (seen.has(key) || count(syn, specs, p) !== 1) continue;
    seen.add(key);
    out.push(p);
  }
  return out;
}

/** The baseline attacker: predicates with random values of the column and random operators. */
function randomPredicates(
  syn: EncodedTable,
  specs: readonly ColumnSpec[],
  cols: readonly number[],
  n: number,
  k: number,
  rng: Rng,
): Predicate[] {
  const uniques = specs.map((_, c) => Array.from(new Set(syn.values[c])));
  const kk = Math.min(k, cols.length);
  const catOps: Op[] = ['eq', 'ne'];
  const numOps: Op[] = ['eq', 'ne', 'lt', 'gt', 'le', 'ge'];
  return Array.from({ length: n }, () =>
    shuffle([...cols], rng)
      .slice(0, kk)
      .map((col) => {
        const u = uniques[col];
        const value = u[rng.int(u.length)];
        const isCat = specs[col].type === 'cat';
        if (isCat ? value < 0 : Number.isNaN(value))
          return { col, op: rng.int(2) ? 'na' : 'notna', value: 0 } as Condition;
        const ops = isCat ? catOps : numOps;
        return { col, op: ops[rng.int(ops.length)], value };
      }),
  );
}

function singledOut(t: EncodedTable, specs: readonly ColumnSpec[], ps: Predicate[]): number {
  let k = 0;
  for (const p of ps) if (count(t, specs, p) === 1) k++;
  return k;
}

function singlingOut(
  mode: 'univariate' | 'multivariate',
  ori: EncodedTable,
  syn: EncodedTable,
  control: EncodedTable | undefined,
  specs: readonly ColumnSpec[],
  cols: readonly number[],
  n: number,
  k: number,
  confidence: number,
  rng: Rng,
): AttackResult {
  const width = mode === 'univariate' ? 1 : k;
  const queries =
    mode === 'univariate'
      ? univariatePredicates(syn, specs, cols, n, rng.fork('queries'))
      : multivariatePredicates(syn, specs, cols, n, width, rng.fork('queries'));
  const baseline = randomPredicates(syn, specs, cols, n, width, rng.fork('baseline'));
  return result(
    wilson(singledOut(ori, specs, queries), n, confidence),
    wilson(singledOut(ori, specs, baseline), n, confidence),
    control ? wilson(singledOut(control, specs, queries), n, confidence) : undefined,
    { predicates: queries.length, requested: n, columnsPerPredicate: width, rowsChecked: ori.n },
  );
}

// ---- linkability ----------------------------------------------------------------------------------

function linkability(
  ori: EncodedTable,
  syn: EncodedTable,
  synView: DistanceView,
  control: EncodedTable | undefined,
  specs: readonly ColumnSpec[],
  a: number[],
  b: number[],
  confidence: number,
  rng: Rng,
): AttackResult {
  // The attacker holds two files about the same people, one with columns A, one with columns B, and
  // links them through the synthetic file: a target is linked when its nearest synthetic row on A is
  // its nearest synthetic row on B.
  const links = (targets: EncodedTable) => {
    const tv = distanceView(specs, targets);
    const na = nearest(tv, synView, a).i1;
    const nb = nearest(tv, synView, b).i1;
    let k = 0;
    for (let i = 0; i < targets.n; i++) if (na[i] === nb[i]) k++;
    return k;
  };
  const n = ori.n;
  let base = 0;
  for (let i = 0; i < n; i++) {
    // The naive attacker picks a synthetic row at random for each half.
    const fromA = rng.int(syn.n);
    const fromB = rng.int(syn.n);
    if (fromA === fromB) base++;
  }
  return result(
    wilson(links(ori), n, confidence),
    wilson(base, n, confidence),
    control ? wilson(links(control), control.n, confidence) : undefined,
    {
      columnsA: a.map((c) => specs[c].name),
      columnsB: b.map((c) => specs[c].name),
      neighbours: 1,
    },
  );
}

// ---- inference ------------------------------------------------------------------------------------

/** Relative tolerance within which a guessed number counts as right (Anonymeter's default). */
export const INFERENCE_TOLERANCE = 0.05;

function correct(spec: ColumnSpec, guess: number, truth: number): boolean {
  if (spec.type === 'cat') return guess === truth;
  const gm = Number.isNaN(guess);
  const tm = Number.isNaN(truth);
  if (gm || tm) return gm && tm;
  return Math.abs(guess - truth) <= INFERENCE_TOLERANCE * Math.abs(truth) + 1e-12;
}

function inference(
  ori: EncodedTable,
  syn: EncodedTable,
  synView: DistanceView,
  control: EncodedTable | undefined,
  specs: readonly ColumnSpec[],
  secret: number,
  aux: number[],
  confidence: number,
  rng: Rng,
): AttackResult {
  const spec = specs[secret];
  const sv = syn.values[secret];
  const hits = (targets: EncodedTable) => {
    const nn = nearest(distanceView(specs, targets), synView, aux).i1;
    let k = 0;
    for (let i = 0; i < targets.n; i++) if (correct(spec, sv[nn[i]], targets.values[secret][i])) k++;
    return k;
  };
  let base = 0;
  for (let i = 0; i < ori.n; i++) if (correct(spec, sv[rng.int(syn.n)], ori.values[secret][i])) base++;
  return result(
    wilson(hits(ori), ori.n, confidence),
    wilson(base, ori.n, confidence),
    control ? wilson(hits(control), control.n, confidence) : undefined,
    { tolerance: spec.type === 'num' ? INFERENCE_TOLERANCE : 0 },
  );
}

// ---- all three --------------------------------------------------------------------------------------

export function anonymeter(
  enc: Encoding,
  rng: Rng,
  options: AnonymeterOptions = {},
  progress: (done: number, total: number) => void = () => {},
): AnonymeterResults {
  const { specs } = enc;
  const confidence = options.confidence ?? 0.95;
  const index = new Map(specs.map((s, c) => [s.name, c]));
  const colsOf = (names: string[] | undefined) =>
    (names ?? specs.map((s) => s.name)).map((n) => index.get(n)).filter((c): c is number => c !== undefined);
  const aux = colsOf(options.auxiliary);
  const all = specs.map((_, c) => c);
  const notes: string[] = [];

  const syn = dedupe(enc.synthetic);
  const realD = dedupe(enc.real);
  const controlD = enc.holdout ? dedupe(enc.holdout) : undefined;
  // A predicate singles out more easily in a smaller file, so singling out is checked on training and
  // control rows of the same size: the training rows are sampled down to the holdout's size. (Anonymeter
  // instead fits a size correction on subsamples of the control; on a control much smaller than the
  // training file that fit cannot see the curvature and over-corrects, which would hide a risk.)
  const n = Math.min(options.attacks ?? 500, realD.n, controlD ? controlD.n : Number.POSITIVE_INFINITY);
  const size = controlD ? Math.min(realD.n, controlD.n) : realD.n;
  const ori =
    size < realD.n ? takeRows(realD, sampleIndices(realD.n, size, rng.fork('training-rows'))) : realD;
  const control =
    controlD && size < controlD.n
      ? takeRows(controlD, sampleIndices(controlD.n, size, rng.fork('control-rows')))
      : controlD;
  if (size < realD.n)
    notes.push(
      `singling out is checked on ${size.toLocaleString('en')} training rows sampled to the holdout’s size, so that both sides are equally easy to single out`,
    );
  notes.push(
    `${n.toLocaleString('en')} attacks per evaluation; duplicate rows dropped first, as Anonymeter does`,
  );
  // Linkability and inference search the synthetic file for every target; on very large, wide files
  // the searched rows are sampled to keep each search within a budget (noted in the report).
  const searchRows = Math.min(
    syn.n,
    Math.max(MIN_SEARCH_ROWS, Math.floor(ATTACK_SEARCH_BUDGET / Math.max(1, n * specs.length))),
  );
  const synSearch =
    searchRows < syn.n ? takeRows(syn, sampleIndices(syn.n, searchRows, rng.fork('search-rows'))) : syn;
  if (searchRows < syn.n)
    notes.push(
      `linkability and inference search ${searchRows.toLocaleString('en')} sampled synthetic rows (of ${syn.n.toLocaleString('en')})`,
    );
  const synView = distanceView(specs, synSearch);
  const targetsOri = takeRows(ori, sampleIndices(ori.n, n, rng.fork('targets')));
  const targetsCtl = control
    ? takeRows(control, sampleIndices(control.n, n, rng.fork('control-targets')))
    : undefined;

  const steps = 3 + (options.secrets?.length ?? 0);
  progress(0, steps);
  const k = options.predicateColumns ?? 3;
  const so1 = singlingOut(
    'univariate',
    ori,
    syn,
    control,
    specs,
    all,
    n,
    1,
    confidence,
    rng.fork('singling-out-univariate'),
  );
  progress(1, steps);
  const so3 = singlingOut(
    'multivariate',
    ori,
    syn,
    control,
    specs,
    all,
    n,
    k,
    confidence,
    rng.fork('singling-out-multivariate'),
  );
  progress(2, steps);
  let link: AttackResult | undefined;
  if (aux.length >= 2) {
    const split = shuffle([...aux], rng.fork('linkability-split'));
    const half = Math.ceil(split.length / 2);
    const a = split.slice(0, half).sort((x, y) => x - y);
    const b = split.slice(half).sort((x, y) => x - y);
    link = linkability(
      targetsOri,
      synSearch,
      synView,
      targetsCtl,
      specs,
      a,
      b,
      confidence,
      rng.fork('linkability'),
    );
  } else notes.push('linkability needs at least two auxiliary columns');
  progress(3, steps);
  const inf: AnonymeterResults['inference'] = [];
  for (const [s, secret] of colsOf(options.secrets).entries()) {
    const auxFor = aux.filter((c) => c !== secret);
    if (auxFor.length === 0) continue;
    const r = inference(
      targetsOri,
      synSearch,
      synView,
      targetsCtl,
      specs,
      secret,
      auxFor,
      confidence,
      rng.fork(`inference/${specs[secret].name}`),
    );
    inf.push({ ...r, secret: specs[secret].name, auxiliary: auxFor.map((c) => specs[c].name) });
    progress(4 + s, steps);
  }
  return {
    singlingOutUnivariate: so1,
    singlingOutMultivariate: so3,
    linkability: link,
    inference: inf,
    notes,
  };
}
