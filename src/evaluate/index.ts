// `evaluate`: how faithful a synthetic file is to the real one, and how well it protects the people
// in the real one. Pure computation (no Node API): the CLI and the browser app both call this.
import { createRng, type Seed } from '../random.js';
import type { Progress } from '../progress.js';
import type { ColumnRole } from '../table/schema.js';
import type { Table } from '../table/table.js';
import { type AnonymeterResults, anonymeter } from './anonymeter.js';
import { type Coherence, coherence, type RuleCheck } from './coherence.js';
import { type DistancePrivacy, distancePrivacy } from './distance.js';
import { encodeTables } from './encode.js';
import { type Fidelity, fidelity } from './fidelity.js';
import { sampleIndices } from './sample.js';
import { mlUtility, type Utility } from './utility.js';
import { type Verdict, verdicts } from './verdict.js';

export type { AnonymeterResults, AttackResult, PrivacyRisk } from './anonymeter.js';
export type { Coherence, RuleCheck } from './coherence.js';
export type { DistancePrivacy, DistanceSummary } from './distance.js';
export type { AssociationMatrix, ColumnChart, ColumnFidelity, Fidelity, PairFidelity, TripleFidelity } from './fidelity.js';
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
  /** Attacks per Anonymeter evaluation (default 1,000). */
  attacks?: number;
  /**
   * Coherence rules: a checker returning the rows that break each rule (e.g. `(t) => checkRules(t, rules)`),
   * with a label saying where the rules come from.
   */
  rules?: { check: (t: Table) => RuleCheck; source: string };
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

function maybeSample(t: Table, max: number, label: string, seed: Seed, notes: string[]): { table: Table; info: TableInfo } {
  const info: TableInfo = { source: t.meta.source, rows: t.nRows };
  if (t.nRows <= max) return { table: t, info };
  notes.push(`the ${label} file has ${t.nRows.toLocaleString('en')} rows: ${max.toLocaleString('en')} were sampled at random (seeded)`);
  info.sampled = max;
  return { table: t.take(sampleIndices(t.nRows, max, createRng(seed, `evaluate/sample/${label}`))), info };
}

/** Pick what the attackers know (quasi-identifiers) and want (sensitive columns). */
function attackerModel(names: string[], roles: Record<string, ColumnRole>, target: string | undefined, seed: Seed): { auxiliary: string[]; secrets: string[]; why: string } {
  const qi = names.filter((n) => roles[n] === 'quasi-identifier');
  const sensitive = names.filter((n) => roles[n] === 'sensitive' || roles[n] === 'special-category');
  const whyAux = qi.length >= 2 ? 'the quasi-identifiers of the schema' : 'every evaluated column (no quasi-identifiers in a schema: the strongest attacker)';
  const auxiliary = qi.length >= 2 ? qi : names;
  let secrets = sensitive.slice(0, 5);
  let whySecret = 'the sensitive columns of the schema';
  if (secrets.length === 0) {
    const rng = createRng(seed, 'evaluate/secrets');
    const pool = names.filter((n) => n !== target);
    secrets = target && names.includes(target) ? [target] : [];
    while (secrets.length < Math.min(3, names.length) && pool.length) secrets.push(pool.splice(rng.int(pool.length), 1)[0]);
    whySecret = 'no sensitive columns in a schema: the ML target and columns drawn at random (seeded)';
  }
  return { auxiliary, secrets, why: `Attackers know ${whyAux}; they try to infer ${whySecret}.` };
}

/** Compare a synthetic table with the real one it was made from (and a holdout, if any). */
export function evaluate(real: Table, synthetic: Table, options: EvaluateOptions = {}): Evaluation {
  const seed = options.seed ?? 0;
  const progress = options.progress ?? (() => {});
  const max = options.sampleRows ?? DEFAULT_SAMPLE_ROWS;
  const notes: string[] = [];
  const r = maybeSample(real, max, 'real', seed, notes);
  const s = maybeSample(synthetic, max, 'synthetic', seed, notes);
  const h = options.holdout ? maybeSample(options.holdout, max, 'holdout', seed, notes) : undefined;
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
  const names = enc.specs.map((x) => x.name);
  const target = 'target' in util ? util.target : options.target;
  const attacker = attackerModel(names, roles, target, seed);
  const anon = anonymeter(enc, rng.fork('anonymeter'), { auxiliary: attacker.auxiliary, secrets: attacker.secrets, attacks: options.attacks });
  notes.push(...anon.notes);
  progress(9, TOTAL, 'verdicts');
  const coh = options.rules ? coherence(r.table, s.table, options.rules.check, options.rules.source) : undefined;
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
