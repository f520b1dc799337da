// `fictif synth [FILE] --out FILE`: a fictitious dataset with the same columns, with a formal
// differential-privacy guarantee (MST, AIM) or none (CART, said loudly).
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Command, Option } from 'commander';
import { DEMO_RULES } from '../../demo/rules.js';
import { usageError } from '../../errors.js';
import { evaluate } from '../../evaluate/index.js';
import { writeFileAtomic } from '../../io/atomic.js';
import { renderEvaluationReport } from '../../report/index.js';
import { FORMATS, type WriteOptions, writeTableStream } from '../../io/index.js';
import { createRng, freshSeed, permutation } from '../../random.js';
import { fmt, NO_GUARANTEE, type Provenance, completeProvenance } from '../../synth/provenance.js';
import { synthesize, DEFAULT_DELTA, DEFAULT_EPSILON, type SynthOptions } from '../../synth/synthesize.js';
import { checkRules, parseRules, type Rule } from '../../table/rules.js';
import type { ColumnRole } from '../../table/schema.js';
import type { Table } from '../../table/table.js';
import { concatTables } from '../../table/concat.js';
import {
  type CommonOptions,
  emit,
  note,
  parseNumber,
  parsePositiveInt,
  parseSeed,
  progressBar,
  warn,
  withCommonOptions,
} from '../common.js';
import { loadInput, loadSchema } from '../input.js';
import { formatEvaluation } from './evaluate.js';

interface SynthCliOptions extends CommonOptions {
  out: string;
  method: string;
  epsilon?: string;
  delta?: string;
  rows?: string;
  rules?: string;
  format?: string;
  evaluate?: boolean;
  /** false with --no-input-hash. */
  inputHash?: boolean;
}

/** Share of the input held out (never used for synthesis) when --evaluate is given. */
const HOLDOUT_SHARE = 0.2;
/** Synthetic rows kept in memory for --evaluate (the evaluation samples larger tables anyway). */
const EVALUATE_ROWS = 100_000;

async function fileSha256(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path)) h.update(chunk as Buffer);
  return h.digest('hex');
}

async function loadRules(path: string): Promise<Rule[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw usageError('cannot read the rules file', { file: path });
  }
  return parseRules(text, path);
}

function split(table: Table, seed: number | string): { train: Table; holdout: Table } {
  const p = permutation(createRng(seed, 'synth/holdout'), table.nRows);
  const k = Math.round(table.nRows * HOLDOUT_SHARE);
  const hold = Array.from(p.subarray(0, k)).sort((a, b) => a - b);
  const train = Array.from(p.subarray(k)).sort((a, b) => a - b);
  return { train: table.take(train), holdout: table.take(hold) };
}

function privacyLines(p: Provenance): string[] {
  if (!p.privacy) return [`privacy: ${NO_GUARANTEE}`];
  const x = p.privacy;
  const ours = x.measurements.filter((m) => /^(rows|range:|histogram:|categories:)/.test(m.label));
  const oursRho = ours.reduce((s, m) => s + m.rho, 0);
  return [
    `privacy: (ε = ${fmt(x.epsilon)}, δ = ${fmt(x.delta)})-differential privacy, ρ = ${fmt(x.rho)} zCDP (${x.measurements.length} noisy measurements:`,
    `         ${ours.length} for discretisation, ρ = ${fmt(oursRho)}; ${x.measurements.length - ours.length} by ${p.method.toUpperCase()}, ρ = ${fmt(x.rhoSpent - oursRho)})`,
    `         ${p.guarantee}`,
  ];
}

export function synthCommand(): Command {
  const cmd = new Command('synth')
    .description(
      'Write a fictitious dataset with the same columns, with a differential-privacy guarantee (MST, AIM).\n' +
        'Identifier and text columns are regenerated as fresh values of the same shape; a provenance file\n' +
        '<out>.provenance.json records the method, the budget and every noisy measurement.',
    )
    .argument('[file]', 'input table (default: the built-in demo population)')
    .requiredOption('-o, --out <file>', 'output table (.csv, .tsv, .parquet, .xlsx, .jsonl)')
    .addOption(
      new Option('-m, --method <method>', 'mst, aim (differential privacy) or cart (NO formal guarantee)')
        .choices(['mst', 'aim', 'cart'])
        .default('mst'),
    )
    .option('-e, --epsilon <number>', `privacy budget ε (default ${DEFAULT_EPSILON})`)
    .option('-d, --delta <number>', `privacy parameter δ (default ${DEFAULT_DELTA})`)
    .option(
      '-n, --rows <count>',
      'rows to write (default: a noisy count of the input rows; CART: the input size)',
    )
    .option(
      '--rules <file>',
      'rules rows must satisfy (violating rows are resampled); default for the demo: its rules',
    )
    .addOption(
      new Option('--format <format>', 'output format (default: from the extension)').choices(
        FORMATS.filter((f) => f !== 'zip'),
      ),
    )
    .option('--no-input-hash', "leave the input file's SHA-256 out of the provenance file (see the docs)")
    .option(
      '--evaluate',
      `hold out ${HOLDOUT_SHARE * 100} % of the input (not used for synthesis) and evaluate the result`,
    );
  return withCommonOptions(cmd).action(async (file: string | undefined, opts: SynthCliOptions) => {
    const method = opts.method as SynthOptions['method'];
    const epsilon = opts.epsilon === undefined ? undefined : parseNumber(opts.epsilon, '--epsilon', 0);
    if (epsilon !== undefined && !(epsilon > 0)) throw usageError('--epsilon must be > 0');
    const delta = opts.delta === undefined ? undefined : parseNumber(opts.delta, '--delta', 0, 1);
    if (delta !== undefined && !(delta > 0 && delta < 1)) throw usageError('--delta must be in (0, 1)');
    const rows = opts.rows === undefined ? undefined : parsePositiveInt(opts.rows, '--rows');
    if (method === 'cart' && (epsilon !== undefined || delta !== undefined))
      throw usageError('--epsilon and --delta do not apply to --method cart, which has no privacy guarantee');

    // Seeds: with --seed everything derives from it (and it becomes a secret); else fresh ones.
    const seedGiven = opts.seed !== undefined;
    const seed = seedGiven ? parseSeed(opts.seed) : freshSeed();
    const noiseSeed = seedGiven ? `${String(seed)}/noise` : freshSeed();
    if (seedGiven && method !== 'cart')
      warn(
        'with --seed the DP noise derives from the seed: keep it secret (whoever knows it can remove the noise)' +
          ' and never reuse it for another release (two outputs with the same noise can be subtracted)' +
          (String(seed).length < 16
            ? '; a short seed can also be guessed from the hash in the provenance file'
            : ''),
      );

    const table = await loadInput(file, {
      json: opts.json,
      quiet: opts.quiet,
      seed: opts.seed,
      schema: opts.schema,
    });
    const schema = await loadSchema(opts.schema);
    const isDemo = file === undefined;
    let rules: Rule[] | undefined;
    if (opts.rules) rules = await loadRules(opts.rules);
    else if (isDemo) rules = [...DEMO_RULES];
    // Rules enter the model as certainties: say where the data itself breaks them (for the operator,
    // on standard error; nothing of this goes into the output).
    if (rules)
      for (const r of checkRules(table, rules).rules)
        if (r.violations > 0)
          warn(
            `rule '${r.id}' fails on ${r.violations.toLocaleString('en')} of ${table.nRows.toLocaleString('en')} input rows:` +
              ' the output follows the rule, so it departs from the data there (check the rule)',
          );
    const input = isDemo
      ? { name: 'demo (built-in fictitious population)' }
      : { name: basename(file), sha256: opts.inputHash === false ? undefined : await fileSha256(file) };

    let train = table;
    let holdout: Table | undefined;
    if (opts.evaluate) {
      ({ train, holdout } = split(table, seed));
      note(
        opts,
        `fictif: --evaluate: ${holdout.nRows} rows (${HOLDOUT_SHARE * 100} %) held out, not used for synthesis`,
      );
    }

    const bar = progressBar(opts, 'synth');
    let result: ReturnType<typeof synthesize>;
    try {
      result = synthesize(train, {
        method,
        epsilon,
        delta,
        seed,
        noiseSeed,
        rows,
        schema,
        publicCategories: isDemo,
        rules,
        progress: bar.progress,
        input,
        seedGiven,
      });
    } finally {
      bar.stop();
    }
    for (const w of result.warnings) warn(w);
    for (const c of result.provenance.columns.regenerated) note(opts, `fictif: ${c.name}: ${c.detail}`);
    for (const c of result.provenance.columns.dropped) note(opts, `fictif: ${c.name}: ${c.detail}`);

    // Stream the rows to disk chunk by chunk (bounded memory), atomically.
    const total = result.sampler.rows;
    // No leading comment line in CSV: R's read.csv and pandas would take it for the header.
    const writeOptions: WriteOptions = { format: opts.format as WriteOptions['format'], source: file };
    const kept: Table[] = [];
    let keptRows = 0;
    let written = 0;
    const wbar = progressBar(opts, 'writing');
    try {
      await writeTableStream(opts.out, writeOptions, async (sink) => {
        for (const chunk of result.sampler.chunks(total)) {
          await sink.write(chunk);
          written += chunk.nRows;
          if (opts.evaluate && keptRows < EVALUATE_ROWS) {
            kept.push(chunk.slice(0, EVALUATE_ROWS - keptRows));
            keptRows += Math.min(chunk.nRows, EVALUATE_ROWS - keptRows);
          }
          wbar.progress(written, total, 'rows');
        }
      });
    } finally {
      wbar.stop();
    }
    const constraints = result.sampler.constraintReport();
    const provenance = completeProvenance(result.provenance, {
      rows: written,
      file: basename(opts.out),
      constraints,
    });
    const provenancePath = `${opts.out}.provenance.json`;
    await writeFileAtomic(provenancePath, `${JSON.stringify(provenance, null, 2)}\n`);

    let evaluation: ReturnType<typeof evaluate> | undefined;
    let evaluationPath: string | undefined;
    let evaluationHtml: string | undefined;
    if (opts.evaluate && holdout) {
      const ebar = progressBar(opts, 'evaluating');
      try {
        const roles: Record<string, ColumnRole> = {};
        for (const c of schema?.columns ?? []) if (c.role) roles[c.name] = c.role;
        evaluation = evaluate(train, concatTables(kept), { holdout, roles, seed, progress: ebar.progress });
      } finally {
        ebar.stop();
      }
      warn(
        'the evaluation files hold exact figures computed on the real rows (not differentially private): ' +
          'keep them with the real data, do not hand them out with the synthetic file',
      );
      evaluationPath = `${opts.out}.evaluation.json`;
      await writeFileAtomic(evaluationPath, `${JSON.stringify(evaluation, null, 2)}\n`);
      evaluationHtml = `${opts.out}.evaluation.html`;
      await writeFileAtomic(evaluationHtml, renderEvaluationReport(evaluation));
    }

    emit(
      opts,
      {
        guarantee: provenance.guarantee,
        output: opts.out,
        provenanceFile: provenancePath,
        evaluationFile: evaluationPath,
        evaluationReport: evaluationHtml,
        provenance,
        evaluation,
      },
      () => {
        const lines = [
          `fictif synth: ${written.toLocaleString('en')} fictitious rows written to ${opts.out} (${method.toUpperCase()})`,
          ...privacyLines(provenance),
          `columns: ${provenance.columns.modelled.length} modelled, ${provenance.columns.regenerated.length} regenerated` +
            ` (fresh values), ${provenance.columns.dropped.length} dropped`,
        ];
        if (constraints) {
          lines.push(
            `rules: ${constraints.rules.length} checked; ${constraints.rowsResampled.toLocaleString('en')} rows resampled,` +
              ` ${constraints.rowsStillViolating.toLocaleString('en')} still violating (kept); no privacy cost`,
          );
          const model = provenance.model;
          if (model?.ruleCliques && model.structuralZeroRules !== undefined)
            lines.push(
              `  in the model: ${model.structuralZeroRules} rules rule out cells (structural zeros),` +
                ` ${model.ruleCliques.length} column sets held together for them (no privacy cost)`,
            );
          const cal = constraints.calibration;
          if (cal)
            lines.push(
              `  calibrated on a pool of ${cal.poolRows.toLocaleString('en')} compliant rows (${cal.rowsDrawn.toLocaleString('en')} drawn):` +
                ` largest gap of a column to the model ${cal.maxTvdBefore.toFixed(3)} → ${cal.maxTvdAfter.toFixed(3)} (TVD${cal.worstAttribute ? `, worst: ${cal.worstAttribute}` : ''})`,
            );
          const computed = constraints.derived?.filter((d) => d.how === 'computed') ?? [];
          const blanked = constraints.derived?.filter((d) => d.how === 'blanked') ?? [];
          if (computed.length)
            lines.push(
              `  ${computed.length} rules define a column from others; computed: ${computed.map((d) => d.column).join(', ')}`,
            );
          if (blanked.length)
            lines.push(
              `  ${blanked.length} rules say when a column is missing; blanked where it should be: ${blanked.map((d) => d.column).join(', ')}`,
            );
          for (const r of constraints.rules)
            if (r.violationsBefore > 0)
              lines.push(`  ${r.id}: ${r.violationsBefore} → ${r.violationsAfter}  ${r.description}`);
        }
        lines.push(`provenance: ${provenancePath}`);
        if (evaluation && evaluationPath) {
          lines.push(
            '',
            `evaluation against ${holdout!.nRows} held-out rows (not used for synthesis): ${evaluationPath}`,
          );
          lines.push(formatEvaluation(evaluation, evaluationHtml));
        }
        return lines.join('\n');
      },
    );
  });
}
