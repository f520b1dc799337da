// The DP engine's entry points for the data side: fit MST or AIM on discretised data with a zCDP budget
// ρ, get back a model that samples synthetic records. Every random choice that touches the real data
// (noise, selections) comes from a ChaCha20 generator seeded by the secret `noiseSeed`; the rows drawn
// from the fitted model use the generator the caller passes to `sample`.
import { usageError } from '../errors.js';
import type { Progress } from '../progress.js';
import { createNoiseRng, type Rng, type Seed } from '../random.js';
import { Accountant, type Measurement } from './accounting.js';
import { runAIM } from './aim.js';
import type { Domain, EncodedData } from './domain.js';
import type { GraphicalModel } from './graphical-model.js';
import { runMST } from './mst.js';
import type { ModelRules } from './structure.js';

export interface EngineOptions {
  /** Whole budget of the engine, in zCDP ρ; the ledger ends with exactly this spent. */
  rho: number;
  /** Secret seed of the DP noise and selections. */
  noiseSeed: Seed;
  /** Seed of non-private choices. Fitting makes none today (estimation is deterministic); kept so
   * callers pass one seed convention to every engine. */
  seed: Seed;
  progress?: Progress;
  /** Mirror-descent iterations of the final estimation (default 1000; stops earlier on convergence). */
  iterations?: number;
  /** AIM: largest junction tree, in MiB of float64 tables (default 80). */
  maxModelSizeMiB?: number;
  /** Cliques and structural zeros from the rules (public: they cost no budget to use). */
  rules?: ModelRules;
}

export interface FittedModel {
  domain: Domain;
  /** `rows` independent synthetic records; call repeatedly with one generator to stream chunks. */
  sample(rows: number, rng: Rng): EncodedData;
  /** Attribute sets of the model (the measured sets not contained in another), by name. */
  cliques: string[][];
  /** Every spend of the budget, in order, with the noise scale of each measurement. */
  measurements: Measurement[];
}

function checkInput(data: EncodedData, options: EngineOptions): void {
  if (!(options.rho > 0) || !Number.isFinite(options.rho))
    throw usageError(`the privacy budget rho must be a positive number, got ${options.rho}`);
  const { attributes, sizes } = data.domain;
  if (attributes.length === 0) throw usageError('there are no columns to synthesise');
  if (sizes.length !== attributes.length || data.columns.length !== attributes.length)
    throw new RangeError('encoded data: attributes, sizes and columns differ in number');
  if (options.iterations !== undefined && !(options.iterations >= 1 && Number.isInteger(options.iterations)))
    throw usageError(`iterations must be a whole number ≥ 1, got ${options.iterations}`);
  if (options.maxModelSizeMiB !== undefined && !(options.maxModelSizeMiB > 0))
    throw usageError(`the model size limit must be > 0 MiB, got ${options.maxModelSizeMiB}`);
  for (let a = 0; a < attributes.length; a++) {
    const size = sizes[a];
    if (!(size >= 1) || !Number.isInteger(size))
      throw new RangeError(`attribute '${attributes[a]}' has size ${size}`);
    const col = data.columns[a];
    if (col.length < data.rows)
      throw new RangeError(`attribute '${attributes[a]}' has ${col.length} codes for ${data.rows} rows`);
    for (let i = 0; i < data.rows; i++)
      if (col[i] < 0 || col[i] >= size)
        throw new RangeError(
          `attribute '${attributes[a]}': code ${col[i]} at row ${i} is outside 0..${size - 1}`,
        );
  }
}

function fitted(model: GraphicalModel, accountant: Accountant): FittedModel {
  const sampler = model.sampler();
  const names = model.domain.attributes;
  return {
    domain: model.domain,
    sample: (rows, rng) => {
      if (!(rows >= 0) || !Number.isInteger(rows))
        throw usageError(`rows must be a whole number ≥ 0, got ${rows}`);
      return sampler.sample(rows, rng);
    },
    cliques: model.modelCliques.map((q) => q.map((a) => names[a])),
    measurements: accountant.ledger.map((m) => ({ ...m })),
  };
}

/** MST: one-way marginals, a private maximum spanning tree of pairs, its pair marginals. */
export function fitMST(data: EncodedData, options: EngineOptions): FittedModel {
  checkInput(data, options);
  const accountant = new Accountant(options.rho);
  const noise = createNoiseRng(options.noiseSeed, 'synth/mst');
  const run = runMST(
    data,
    options.rho,
    accountant,
    noise,
    options.iterations ?? 1000,
    options.progress,
    options.rules,
  );
  return fitted(run.model, accountant);
}

/** AIM: adaptive selection of workload marginals under a model-size limit. */
export function fitAIM(data: EncodedData, options: EngineOptions & { workload?: string[][] }): FittedModel {
  checkInput(data, options);
  const names = data.domain.attributes;
  let workload: number[][] | undefined;
  if (options.workload) {
    workload = options.workload.map((set) =>
      set.map((name) => {
        const i = names.indexOf(name);
        if (i < 0) throw usageError(`workload: unknown column '${name}'`, { column: name });
        return i;
      }),
    );
    if (workload.length === 0 || workload.some((s) => s.length === 0))
      throw usageError('workload: empty set of columns');
  }
  const accountant = new Accountant(options.rho);
  const noise = createNoiseRng(options.noiseSeed, 'synth/aim');
  const run = runAIM(data, options.rho, accountant, noise, {
    workload,
    maxModelSizeMiB: options.maxModelSizeMiB,
    iterations: options.iterations,
    progress: options.progress,
    rules: options.rules,
  });
  return fitted(run.model, accountant);
}
