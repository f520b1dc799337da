// `fictif evaluate REAL SYNTHETIC`: fidelity and privacy of a synthetic file, with a verdict per
// criterion. Thin: options → evaluate() → terminal summary, --json, --html.
import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import { usageError } from '../../errors.js';
import { type Evaluation, evaluate, type EvaluateOptions } from '../../evaluate/index.js';
import { writeFileAtomic } from '../../io/atomic.js';
import { renderEvaluationReport } from '../../report/index.js';
import { parseRules } from '../../table/rules.js';
import type { ColumnRole } from '../../table/schema.js';
import {
  type CommonOptions,
  emit,
  note,
  parseList,
  parsePositiveInt,
  parseSeed,
  progressBar,
  withCommonOptions,
} from '../common.js';
import { loadInput, loadSchema } from '../input.js';

interface EvaluateCliOptions extends CommonOptions {
  holdout?: string;
  target?: string;
  html?: string;
  rules?: string;
  columns?: string;
  attacks?: string;
  sampleRows?: string;
}

const MARK = { pass: '✓', fail: '✗', uncertain: '?', 'not judged': '–' } as const;

/** The short terminal summary. */
export function formatEvaluation(e: Evaluation, htmlPath?: string): string {
  const lines: string[] = [];
  lines.push(
    `fictif evaluate: ${e.synthetic.rows.toLocaleString('en')} synthetic rows vs ${e.real.rows.toLocaleString('en')} real rows` +
      (e.holdout ? ` (holdout: ${e.holdout.rows.toLocaleString('en')} rows)` : ' (no holdout)'),
  );
  lines.push(
    `fidelity score ${e.fidelity.score.toFixed(1)} / 100` +
      (e.fidelity.holdoutScore !== undefined
        ? ` (holdout vs real: ${e.fidelity.holdoutScore.toFixed(1)})`
        : ''),
  );
  lines.push('');
  const width = Math.max(...e.verdicts.map((v) => v.criterion.length));
  for (const area of ['fidelity', 'privacy'] as const) {
    lines.push(area === 'fidelity' ? 'Fidelity' : 'Privacy');
    for (const v of e.verdicts.filter((x) => x.area === area))
      lines.push(`  ${MARK[v.outcome]} ${v.criterion.padEnd(width)}  ${v.outcome.padEnd(10)}  ${v.text}`);
  }
  if (e.cannotJudge.length) {
    lines.push('', 'Without a holdout, fictif cannot judge:');
    for (const c of e.cannotJudge) lines.push(`  - ${c}`);
  }
  if (e.notes.length) lines.push('', `Notes: ${e.notes.join('; ')}.`);
  if (htmlPath) lines.push('', `Report: ${htmlPath}`);
  return lines.join('\n');
}

export function evaluateCommand(): Command {
  return withCommonOptions(
    new Command('evaluate')
      .description(
        'How faithful a synthetic file is and how well it protects the people in the real one: per-column and ' +
          'pairwise fidelity, 3-way marginals, ML utility, coherence, exact copies, distance to closest record, ' +
          'membership inference, and the singling-out, linkability and inference attacks of the Article 29 WP ' +
          'criteria (as Anonymeter measures them), each with a plain verdict. Give a holdout: it is the yardstick.',
      )
      .argument('<REAL>', 'the real table the synthetic file was made from')
      .argument('<SYNTHETIC>', 'the synthetic table (same columns)')
      .option(
        '--holdout <file>',
        'real rows of the same population that the synthesiser never saw (the yardstick)',
      )
      .option('--columns <cols>', 'evaluate only these columns, comma-separated (wide files)')
      .option('--target <col>', 'column predicted in the ML-utility test (default: chosen and said)')
      .option(
        '--rules <file>',
        'coherence rules (JSON, as `fictif demo --rules` writes); default: the demo rules when the columns match',
      )
      .option('--html <file>', 'write the full report as one self-contained HTML page')
      .option(
        '--attacks <n>',
        'attacks per privacy evaluation (default 500, as Anonymeter; more narrows the intervals)',
      )
      .option('--sample-rows <n>', 'sample tables larger than this (default 100000)'),
  ).action(async (realFile: string, syntheticFile: string, opts: EvaluateCliOptions) => {
    const schema = await loadSchema(opts.schema);
    const real = await loadInput(realFile, opts);
    const synthetic = await loadInput(syntheticFile, opts);
    const holdout = opts.holdout ? await loadInput(opts.holdout, opts) : undefined;
    const roles: Record<string, ColumnRole> = {};
    for (const c of schema?.columns ?? []) if (c.role) roles[c.name] = c.role;
    let rules: EvaluateOptions['rules'];
    if (opts.rules) {
      let text: string;
      try {
        text = await readFile(opts.rules, 'utf8');
      } catch {
        throw usageError('cannot read the rules file', { file: opts.rules });
      }
      rules = parseRules(text, opts.rules);
    }
    const bar = progressBar(opts, 'evaluate');
    const options: EvaluateOptions = {
      holdout,
      target: opts.target,
      columns: parseList(opts.columns),
      rules,
      rulesSource: opts.rules,
      roles,
      seed: parseSeed(opts.seed),
      progress: bar.progress,
      attacks: opts.attacks ? parsePositiveInt(opts.attacks, '--attacks') : undefined,
      sampleRows: opts.sampleRows ? parsePositiveInt(opts.sampleRows, '--sample-rows') : undefined,
    };
    let e: Evaluation;
    try {
      e = evaluate(real, synthetic, options);
    } finally {
      bar.stop();
    }
    if (opts.html) {
      await writeFileAtomic(opts.html, renderEvaluationReport(e));
      note(opts, `fictif: report written to ${opts.html}`);
    }
    emit(opts, e, () => formatEvaluation(e, opts.html));
  });
}
