// `evaluate`: how faithful a synthetic file is to the real one, and how well it protects the people
// in the real one. Pure computation (no Node API): the CLI and the browser app both call this.
import { createRng, type Seed } from '../random.js';
import type { Progress } from '../progress.js';
import type { ColumnRole } from '../table/schema.js';
import type { Table } from '../table/table.js';
import { type AnonymeterResults, anonymeter } from './anonymeter.js';
import type { Rule } from '../table/rules.js';
import { type Coherence, coherence, defaultRules } from './coherence.js';
import { type DistancePrivacy, distancePrivacy } from './distance.js';
import { type Encoding, encodeTables } from './encode.js';
import { type Fidelity, fidelity } from './fidelity.js';
import { sampleIndices } from './sample.js';
import { mlUtility, type Utility } from './utility.js';
import { type Verdict, verdicts } from './verdict.js';

export type { AnonymeterResults, AttackResult, PrivacyRisk } from './anonymeter.js';
export type { Coherence } from './coherence.js';
export type { DistancePrivacy, DistanceSummary } from './distance.js';
export type {
  AssociationMatrix,
  ColumnChart,
  ColumnFidelity,
  Fidelity,
  PairFidelity,
  TripleFidelity,
} from './fidelity.js';
export type { Rate } from './stats.js';
export type { ModelScores, Utility } from './utility.js';
export { THRESHOLDS, type Outcome, type Verdict } from './verdict.js';

export interface EvaluateOptions {
  /** Real rows the synthesiser never saw: the yardstick of every privacy check and of ML utility. */
  holdout?: Table;
  /** Column predicted in the ML-utility test (default: chosen, see the report). */
  target?: string;
  /** Column roles (from a schema): quasi-identifiers are what attackers know, sensitive columns what they want. */
  roles?: Record<string, ColumnRole>;
  seed?: Seed;
  progress?: Progress;
  /** Tables larger than this are sampled (default 100,000 rows). */
  sampleRows?: number;
  /** Evaluate only these columns (default: all but identifiers and free text). */
  columns?: string[];
  /** Attacks per Anonymeter evaluation (default 500, as Anonymeter). */
  attacks?: number;
  /** Coherence rules (src/table/rules.ts); default: the demo's rules when the columns match. */
  rules?: Rule[];
  /** Where the rules come from, for the report (e.g. the rules file name). */
  rulesSource?: string;
}

export interface TableInfo {
  source?: string;
  rows: number;
  /** Rows used, when the table was sampled. */
  sampled?: number;
}

export interface Evaluation {
  fictif: 'evaluation/1';
  seed: Seed;
  real: TableInfo;
  synthetic: TableInfo;
  holdout?: TableInfo;
  /** Evaluated columns with their kinds. */
  columns: { name: string; kind: string }[];
  ignored: { name: string; reason: string }[];
  fidelity: Fidelity;
  /** Rows breaking the rule file's constraints, real vs synthetic (when rules are given). */
  coherence?: Coherence;
  utility: Utility | { skipped: string };
  privacy: {
    distances: DistancePrivacy;
    anonymeter: AnonymeterResults;
    /** What the attackers are assumed to know and want, and why. */
    attacker: { auxiliary: string[]; secrets: string[]; why: string };
  };
  verdicts: Verdict[];
  /** What cannot be judged with the files given. */
  cannotJudge: string[];
  /** Sampling and other caveats, in plain words. */
  notes: string[];
}

const DEFAULT_SAMPLE_ROWS = 100000;

function maybeSample(
  t: Table,
  max: number,
  label: string,
  seed: Seed,
  notes: string[],
): { table: Table; info: TableInfo } {
  const info: TableInfo = { source: t.meta.source, rows: t.nRows };
  if (t.nRows <= max) return { table: t, info };
  notes.push(
    `the ${label} file has ${t.nRows.toLocaleString('en')} rows: ${max.toLocaleString('en')} were sampled at random (seeded)`,
  );
  info.sampled = max;
  return { table: t.take(sampleIndices(t.nRows, max, createRng(seed, `evaluate/sample/${label}`))), info };
}

/** Pick what the attackers know (quasi-identifiers) and want (sensitive columns). */
/** Share of the most frequent value of each column (missing counts as a value): near 1, a column says little. */
function topShares(enc: Encoding): Map<string, number> {
  const out = new Map<string, number>();
  enc.specs.forEach((s, c) => {
    const v = enc.real.values[c];
    const counts = new Map<number, number>();
    let n = 0;
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      // Missing is a value of its own here: a column missing for most rows is guessed right by anyone.
      const key = s.type === 'cat' ? (x < 0 ? -1 : x) : Number.isNaN(x) ? Number.NEGATIVE_INFINITY : x;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      n++;
    }
    let top = 0;
    for (const k of counts.values()) top = Math.max(top, k);
    out.set(s.name, n ? top / n : 1);
  });
  return out;
}

function attackerModel(
  enc: Encoding,
  roles: Record<string, ColumnRole>,
  target: string | undefined,
  seed: Seed,
): { auxiliary: string[]; secrets: string[]; why: string } {
  const names = enc.specs.map((x) => x.name);
  const qi = names.filter((n) => roles[n] === 'quasi-identifier');
  const sensitive = names.filter((n) => roles[n] === 'sensitive' || roles[n] === 'special-category');
  const whyAux =
    qi.length >= 2
      ? 'the quasi-identifiers of the schema'
      : 'every evaluated column (no quasi-identifiers in a schema: the strongest attacker)';
  const auxiliary = qi.length >= 2 ? qi : names;
  let secrets = sensitive.slice(0, 5);
  let whySecret = 'the sensitive columns of the schema';
  if (secrets.length === 0) {
    // Columns dominated by one value (a benefit most people do not get) are guessed right by anyone:
    // draw among the informative ones.
    const rng = createRng(seed, 'evaluate/secrets');
    const shares = topShares(enc);
    const informative = names.filter((n) => n !== target && (shares.get(n) ?? 1) < 0.8);
    const pool = informative.length ? informative : names.filter((n) => n !== target);
    secrets = target && names.includes(target) ? [target] : [];
    while (secrets.length < Math.min(3, names.length) && pool.length)
      secrets.push(pool.splice(rng.int(pool.length), 1)[0]);
    whySecret =
      'no sensitive columns in a schema: the ML target and columns drawn at random (seeded) among those whose most frequent value covers under 80 % of the rows';
  }
  return { auxiliary, secrets, why: `Attackers know ${whyAux}; they try to infer ${whySecret}.` };
}

/** Compare a synthetic table with the real one it was made from (and a holdout, if any). */
export function evaluate(real: Table, synthetic: Table, options: EvaluateOptions = {}): Evaluation {
  const seed = options.seed ?? 0;
  const progress = options.progress ?? (() => {});
  const max = options.sampleRows ?? DEFAULT_SAMPLE_ROWS;
  const notes: string[] = [];
  const only = (t: Table) => (options.columns ? t.select(options.columns) : t);
  const r = maybeSample(only(real), max, 'real', seed, notes);
  const s = maybeSample(only(synthetic), max, 'synthetic', seed, notes);
  const h = options.holdout ? maybeSample(only(options.holdout), max, 'holdout', seed, notes) : undefined;
  const enc = encodeTables(r.table, s.table, h?.table);
  const roles = options.roles ?? {};
  const rng = createRng(seed, 'evaluate');
  const TOTAL = 10;
  progress(0, TOTAL, 'fidelity');
  const fid = fidelity(enc, rng.fork('fidelity'));
  progress(2, TOTAL, 'ML utility');
  const util = mlUtility(enc, rng.fork('utility'), options.target, roles);
  progress(4, TOTAL, 'distances');
  const dist = distancePrivacy(enc, rng.fork('distances'));
  notes.push(...dist.notes);
  progress(6, TOTAL, 'attacks');
  const target = 'target' in util ? util.target : options.target;
  const attacker = attackerModel(enc, roles, target, seed);
  const anon = anonymeter(enc, rng.fork('anonymeter'), {
    auxiliary: attacker.auxiliary,
    secrets: attacker.secrets,
    attacks: options.attacks,
  });
  notes.push(...anon.notes);
  progress(9, TOTAL, 'verdicts');
  const rules = options.rules ?? defaultRules(r.table);
  const rulesSource = options.rules
    ? options.rulesSource
      ? `the rules file ${options.rulesSource}`
      : 'the rules given'
    : 'the demo population’s rule set (its columns are all present)';
  let coh: Coherence | undefined;
  if (rules?.length) {
    try {
      coh = coherence(r.table, s.table, rules, rulesSource);
    } catch (e) {
      // The demo's rules are only a default: if they do not fit these files' kinds, say so and go on.
      if (options.rules) throw e;
      notes.push(
        `the demo’s coherence rules were not checked: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
  }
  const cannotJudge: string[] = [];
  if (!h)
    cannotJudge.push(
      'ML utility: a model trained on the synthetic file needs real rows it never saw to be tested on',
      'exact copies, DCR and NNDR: without fresh rows of the same population there is no yardstick for “too close”',
      'membership inference: it needs people known not to be in the real file',
      'attack risks: without a control set, what an attack learns from the population cannot be told from what it learns about the people in the file (success rates vs random guessing are still shown)',
    );
  const result: Evaluation = {
    fictif: 'evaluation/1',
    seed,
    real: r.info,
    synthetic: s.info,
    holdout: h?.info,
    columns: enc.specs.map((x) => ({ name: x.name, kind: x.kind })),
    ignored: enc.ignored,
    fidelity: fid,
    coherence: coh,
    utility: util,
    privacy: { distances: dist, anonymeter: anon, attacker },
    verdicts: verdicts(fid, util, coh, dist, anon, h !== undefined),
    cannotJudge,
    notes,
  };
  progress(TOTAL, TOTAL, 'done');
  return result;
}
