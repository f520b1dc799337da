// `synthesize(table, options)`: the whole synthesis of a table, from the privacy budget to a sampler that
// streams fictitious rows in chunks.
//
// Privacy (MST, AIM): (ε, δ) is converted to one zCDP budget ρ. The discretisation steps that look at
// the data (noisy row count, ranges, histograms, category counts) spend from it first under their own
// labels; the engine gets exactly what remains; the ledger of the provenance adds up to ρ. Everything
// after (sampling, drawing values inside bins, regenerating identifiers, enforcing rules) reads only the
// model, never the data, so it is post-processing and costs nothing.
import { usageError } from '../errors.js';
import type { Progress } from '../progress.js';
import { createNoiseRng, createRng, type Rng, type Seed } from '../random.js';
import type { Schema } from '../table/schema.js';
import type { Table } from '../table/table.js';
import { VERSION } from '../version.js';
import { Accountant, type Measurement, rhoFromEpsilonDelta } from './accounting.js';
import { fitCART, type CartModel } from './cart.js';
import { checkRules, type Rule } from '../table/rules.js';
import { concatTables } from '../table/concat.js';
import { type ConstraintReport, type Drawn, mergeReports, sampleWithRules } from './constraints.js';
import { applyDerivations, derivationsOf } from './derive.js';
import { BinnedCodec } from './encode.js';
import { decodeTable } from './decode.js';
import { encodeTable, type EncodingPlan, nonPublicCategoricalCount, planEncoding } from './discretise.js';
import { type FittedModel, fitAIM, fitMST } from './engine.js';
import { type ModelRules, type RuleStructure, ruleStructure } from './structure.js';
import { boundsFromRules, cellRules, impossibleCells } from './zeros.js';
import {
  columnsProvenance,
  guaranteeText,
  type PrivacyStatement,
  type Provenance,
  type SynthMethod,
  seedHash,
} from './provenance.js';

/** Default δ: far below 1/n for any realistic table, and fixed (a δ from the private n would leak n). */
export const DEFAULT_DELTA = 1e-9;
export const DEFAULT_EPSILON = 1;
/** Rows per chunk when streaming: bounded memory whatever the output size. */
export const CHUNK_ROWS = 50_000;
/** Rows calibrated together when rules are enforced (the pool holds up to 8× as many). */
export const ENFORCE_ROWS = 10_000;
/** Share of δ for releasing category names seen only in the data, when a column needs it. */
export const SELECTION_DELTA_SHARE = 0.1;

export interface SynthOptions {
  method: SynthMethod;
  epsilon?: number;
  delta?: number;
  /** Seed of the sampling (and of the noise when `noiseSeed` is not given). */
  seed: Seed;
  /** Secret seed of the DP noise (default: derived from `seed`). */
  noiseSeed?: Seed;
  /** Rows to generate (default: the noisy row count for MST/AIM, the input size for CART). */
  rows?: number;
  /** Rules the rows must satisfy: definitions of a column are applied, other violations resampled. */
  rules?: readonly Rule[];
  /** A user-given schema: public bounds, categories, roles, nullability. */
  schema?: Schema;
  /** The table's category lists are public (a codebook, or the demo whose generator defines them). */
  publicCategories?: boolean;
  progress?: Progress;
  /** For the provenance: the input's name and the SHA-256 of its file. */
  input?: { name: string; sha256?: string };
  /** Engine: AIM workload (sets of column names), iterations, model size limit. */
  workload?: string[][];
  iterations?: number;
  maxModelSizeMiB?: number;
  /** Cap on bins per attribute (default 32). */
  maxBins?: number;
  /** For the provenance: false when the seeds were drawn fresh (no --seed). Default true. */
  seedGiven?: boolean;
}

export interface Sampler {
  /** Rows the run is meant to write (options.rows or the default). */
  readonly rows: number;
  /** `rows` synthetic rows with rules enforced; a different `rng` gives different rows. */
  sample(rows: number, rng: Rng): Table;
  /** The whole output in chunks of `chunkRows`, deterministic for a given seed and chunk size. */
  chunks(rows?: number, chunkRows?: number): Generator<Table>;
  /** Constraint report of every row sampled so far (undefined without rules). */
  constraintReport(): ConstraintReport | undefined;
}

export interface SynthResult {
  method: SynthMethod;
  privacy: PrivacyStatement | null;
  provenance: Provenance;
  sampler: Sampler;
  /** The discretisation: what was modelled and how. */
  plan: EncodingPlan;
  /** The engine's model (MST, AIM) or the trees (CART). */
  model: FittedModel | CartModel;
  /** Advice for a person (e.g. CART's lack of guarantee), to print on standard error. */
  warnings: string[];
  /** The rule report of every row sampled so far (undefined without rules). */
  readonly constraintReport: ConstraintReport | undefined;
}

function checkOptions(o: SynthOptions): { epsilon: number; delta: number } {
  if (!['mst', 'aim', 'cart'].includes(o.method))
    throw usageError(`unknown synthesis method '${o.method}' (use mst, aim or cart)`);
  const epsilon = o.epsilon ?? DEFAULT_EPSILON;
  const delta = o.delta ?? DEFAULT_DELTA;
  if (!(epsilon > 0) || !Number.isFinite(epsilon))
    throw usageError(`--epsilon must be a positive number, got ${epsilon}`);
  if (!(delta > 0 && delta < 1)) throw usageError(`--delta must be in (0, 1), got ${delta}`);
  if (o.rows !== undefined && !(Number.isInteger(o.rows) && o.rows >= 1))
    throw usageError(`--rows must be a whole number ≥ 1, got ${o.rows}`);
  return { epsilon, delta };
}

export function synthesize(table: Table, options: SynthOptions): SynthResult {
  const { epsilon, delta } = checkOptions(options);
  if (table.nRows === 0) throw usageError('the input has no rows to learn from');
  const progress = options.progress;
  const noiseSeed = options.noiseSeed ?? `${String(options.seed)}/noise`;
  const rules = options.rules && options.rules.length > 0 ? options.rules : undefined;
  const planOpts = {
    schema: options.schema,
    publicCategories: options.publicCategories,
    maxBins: options.maxBins,
    ruleBounds: rules
      ? boundsFromRules(rules, new Map(table.columns.map((c) => [c.name, c.kind])))
      : undefined,
  };
  const warnings: string[] = [];
  const derivations = rules ? derivationsOf(rules, table) : [];
  let structure: RuleStructure = { cliques: [], rules: [] };
  let zeroRules = 0;

  let plan: EncodingPlan;
  let model: FittedModel | CartModel;
  let privacy: PrivacyStatement | null = null;
  // A draw of the model: the table, with the model's codes when it has them (they calibrate rule
  // enforcement, see constraints.ts).
  let drawCodes: (rows: number, rng: Rng) => Table | Drawn;

  progress?.(0, 1, 'discretising');
  if (options.method === 'cart') {
    plan = planEncoding(table, planOpts);
    const data = encodeTable(plan, table);
    const cart = fitCART(table, plan, data, { progress });
    model = cart;
    drawCodes = (n, rng) => cart.sample(n, rng);
    warnings.push(`--method cart: ${guaranteeText('cart', null)}`);
  } else {
    // δ: a share goes to releasing data-only category names when some column needs it; the rest to
    // the zCDP conversion. The split depends only on public facts (kinds, schema), never on the data.
    const selection = nonPublicCategoricalCount(table, planOpts) > 0 ? delta * SELECTION_DELTA_SHARE : 0;
    const rho = rhoFromEpsilonDelta(epsilon, delta - selection);
    const accountant = new Accountant(rho);
    plan = planEncoding(table, {
      ...planOpts,
      privacy: {
        accountant,
        totalRho: rho,
        selectionDelta: selection,
        noise: createNoiseRng(noiseSeed, 'synth/discretise'),
      },
    });
    const data = encodeTable(plan, table);
    // The rules shape the model itself (public, so free): the cells no output row may occupy, and the
    // cliques that bring a rule's attributes together (structure.ts, zeros.ts).
    let modelRules: ModelRules | undefined;
    if (rules) {
      // A column always recomputed from others (`total == a + b`) is not the model's to get right, and
      // its bins (a private range may have cut its top) must not rule out the values of the others.
      const recomputed = new Set(derivations.filter((d) => !d.keepWhen && !d.when).map((d) => d.rule));
      const cells = cellRules(
        rules.filter((r) => !recomputed.has(r.id)),
        plan.attributes,
      );
      const sizes = plan.domain.sizes;
      const blanking = new Set(derivations.filter((d) => d.keepWhen).map((d) => d.rule));
      structure = ruleStructure(cells, sizes, { first: blanking });
      zeroRules = cells.length;
      modelRules = {
        cliques: structure.cliques,
        impossible: (attrs) => impossibleCells(cells, attrs, sizes),
      };
    }
    const engineOptions = {
      rules: modelRules,
      rho: accountant.remaining,
      noiseSeed,
      seed: options.seed,
      progress,
      iterations: options.iterations,
      maxModelSizeMiB: options.maxModelSizeMiB,
    };
    const fitted =
      options.method === 'mst'
        ? fitMST(data, engineOptions)
        : fitAIM(data, { ...engineOptions, workload: options.workload });
    for (const m of fitted.measurements) accountant.spend(m);
    model = fitted;
    drawCodes = (n, rng) => {
      const codes = fitted.sample(n, rng.fork('model'));
      return {
        table: decodeTable(plan, codes, rng.fork('values')),
        codes: codes.columns,
        sizes: codes.domain.sizes,
        attributes: codes.domain.attributes,
      };
    };
    privacy = {
      epsilon,
      delta,
      rho,
      rhoSpent: accountant.spent,
      deltaSelection: selection,
      neighbouring: 'add or remove one row',
      measurements: accountant.ledger.map((m: Measurement) => ({ ...m })),
    };
  }
  progress?.(1, 1, 'model fitted');

  const rows = options.rows ?? plan.rows;
  const reports: ConstraintReport[] = [];
  const derived = derivations.map((d) => ({
    rule: d.rule,
    column: d.column,
    how: d.keepWhen ? ('blanked' as const) : ('computed' as const),
  }));
  const steps = new Map<string, number>();
  for (const cp of plan.columns) if (cp.codec instanceof BinnedCodec) steps.set(cp.name, cp.codec.step);
  const draw = (n: number, rng: Rng): Table | Drawn => {
    const d = drawCodes(n, rng);
    if (derivations.length === 0) return d;
    // The codes stay the model's: calibration aims at its marginals, not at the derived values.
    if ('codes' in d) return { ...d, table: applyDerivations(d.table, derivations, steps) };
    return applyDerivations(d, derivations, steps);
  };
  const sampleOnce = (n: number, rng: Rng): Table => {
    if (!rules) {
      const d = draw(n, rng);
      return 'codes' in d ? d.table : d;
    }
    // Enforcement keeps a pool several times the rows asked: calibrate in parts of at most
    // ENFORCE_ROWS so that memory stays bounded whatever the chunk size.
    const parts = Math.ceil(n / ENFORCE_ROWS);
    const tables: Table[] = [];
    for (let k = 0, done = 0; k < parts; k++) {
      const size = Math.round(((k + 1) * n) / parts) - done;
      done += size;
      const r = parts === 1 ? rng : rng.fork(`part:${k}`);
      const { table: t, report } = sampleWithRules(size, draw, (x) => checkRules(x, rules), r);
      reports.push({ ...report, derived });
      tables.push(t);
    }
    return concatTables(tables);
  };
  const samplingRng = createRng(options.seed, 'synth/sample');
  const sampler: Sampler = {
    rows,
    sample: sampleOnce,
    *chunks(total = rows, chunkRows = CHUNK_ROWS) {
      const size = Math.max(1, Math.floor(chunkRows));
      for (let start = 0, k = 0; start < total; start += size, k++)
        yield sampleOnce(Math.min(size, total - start), samplingRng.fork(`chunk:${k}`));
    },
    constraintReport: () => mergeReports(reports),
  };

  const provenance: Provenance = {
    fictif: 'synth-provenance/1',
    version: VERSION,
    date: new Date().toISOString(),
    method: options.method,
    guarantee: guaranteeText(options.method, privacy),
    privacy,
    noiseSeedSha256: seedHash(noiseSeed),
    seedGiven: options.seedGiven ?? true,
    input: options.input ?? { name: table.meta.source ?? '(table)' },
    output: { rows },
    columns: columnsProvenance(plan.columns),
    model:
      'cliques' in model
        ? {
            cliques: model.cliques,
            ruleCliques: structure.cliques.map((c, i) => ({
              columns: c.map((a) => plan.domain.attributes[a]),
              rules: structure.rules[i],
            })),
            structuralZeroRules: zeroRules,
          }
        : undefined,
  };
  return {
    method: options.method,
    privacy,
    provenance,
    sampler,
    plan,
    model,
    warnings,
    get constraintReport() {
      return mergeReports(reports);
    },
  };
}
