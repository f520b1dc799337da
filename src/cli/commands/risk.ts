// `fictif risk [FILE]`: re-identification risk on the quasi-identifiers. Thin: options → assessRisk → print.
import { Command, Option } from 'commander';
import { usageError } from '../../errors.js';
import { writeFileAtomic } from '../../io/atomic.js';
import { readTable, writeTable } from '../../io/index.js';
import { assessRisk, formatRisk, type RiskOptions, recordRisks } from '../../risk/index.js';
import { numberColumn } from '../../table/column.js';
import { Table } from '../../table/table.js';
import {
  type CommonOptions,
  emit,
  note,
  parseList,
  parseNumber,
  parsePositiveInt,
  parseSeed,
  progressBar,
  withCommonOptions,
} from '../common.js';
import { loadInput, loadSchema } from '../input.js';
import { inputOptions, type ReadCliOptions, withReadOptions } from '../read-options.js';

interface RiskCliOptions extends CommonOptions, ReadCliOptions {
  qi?: string;
  sensitive?: string;
  samplingFraction?: string;
  weights?: string;
  missing?: 'value' | 'wildcard';
  threshold?: string;
  directory?: string;
  linkOn?: string;
  truth?: string;
  unit?: string;
  html?: string;
  recordsOut?: string;
  maxCombination?: string;
  drivers?: boolean;
}

/** "a=b,c=d" → [["a","b"],["c","d"]]; "a" alone links a column to the same name. */
function parsePairs(value: string, option: string): [string, string][] {
  return (parseList(value) ?? []).map((item) => {
    const parts = item.split('=').map((s) => s.trim());
    if (parts.length === 1 && parts[0]) return [parts[0], parts[0]];
    if (parts.length !== 2 || !parts[0] || !parts[1])
      throw usageError(`${option} takes fileColumn=directoryColumn pairs separated by commas, got '${item}'`);
    return [parts[0], parts[1]];
  });
}

export function riskCommand(): Command {
  return withReadOptions(
    withCommonOptions(
      new Command('risk')
        .description('Re-identification risk on the quasi-identifiers, with a verdict in plain words.')
        .addHelpText(
          'after',
          '\nReports k-anonymity and class sizes, prosecutor / journalist / marketer risk, population uniqueness,\n' +
            'ℓ-diversity and t-closeness of sensitive attributes, the QI combinations that drive the risk, and with\n' +
            '--directory a simulated linkage attack. Example: fictif risk --unit households --directory dir.csv',
        )
        .argument('[FILE]', 'table to assess; default: the demo population')
        .option(
          '--qi <cols>',
          'quasi-identifiers, comma-separated (default: the schema roles, else what scan finds)',
        )
        .option(
          '--sensitive <cols>',
          'sensitive attributes for ℓ-diversity / t-closeness (default: from schema or scan)',
        )
        .option(
          '--sampling-fraction <x>',
          'share of the population the file holds, in (0, 1] (default 1: the whole population)',
        )
        .option(
          '--weights <col>',
          'column of sampling weights (people each record stands for); overrides --sampling-fraction',
        )
        .addOption(
          new Option(
            '--missing <how>',
            'missing QI values: a value of their own (ARX default) or wildcards matching anything',
          )
            .choices(['value', 'wildcard'])
            .default('value'),
        )
        .option(
          '--threshold <risk>',
          'record risk above which a record is "at risk" (default 0.09: EMA / Health Canada)',
        )
        .option(
          '--directory <file>',
          'a second table playing the public directory, for a simulated linkage attack',
        )
        .option(
          '--link-on <pairs>',
          'link columns fileCol=dirCol,... (default: columns both have; a date meets a year)',
        )
        .option(
          '--truth <pair>',
          'ground-truth key fileCol=dirCol, never used to match (default numero_allocataire)',
        )
        .option('--unit <word>', 'what a row is, for the verdict (e.g. households)', 'records')
        .option('--max-combination <n>', 'largest QI combination searched for the risk drivers (default 4)')
        .option('--no-drivers', 'skip the search for the QI combinations that drive the risk')
        .option('--html <file>', 'also write the report as a self-contained HTML page')
        .option(
          '--records-out <file>',
          "write each record's class size and risks (row, class_size, risk_prosecutor, risk_journalist)",
        ),
    ),
  ).action(async (file: string | undefined, opts: RiskCliOptions) => {
    const schema = await loadSchema(opts.schema);
    const table = await loadInput(file, inputOptions(opts));
    const options: RiskOptions = {
      qi: parseList(opts.qi),
      sensitive: parseList(opts.sensitive),
      schema,
      missing: opts.missing,
      unit: opts.unit,
      seed: parseSeed(opts.seed),
      weights: opts.weights,
    };
    if (opts.samplingFraction !== undefined)
      options.samplingFraction = parseNumber(
        opts.samplingFraction,
        '--sampling-fraction',
        Number.MIN_VALUE,
        1,
      );
    if (opts.threshold !== undefined) options.threshold = parseNumber(opts.threshold, '--threshold', 0, 1);
    if (opts.drivers === false) options.drivers = false;
    else if (opts.maxCombination)
      options.drivers = { maxSize: parsePositiveInt(opts.maxCombination, '--max-combination') };
    if (opts.directory) {
      options.directory = await readTable(opts.directory);
      options.linkage = {
        linkOn: opts.linkOn ? parsePairs(opts.linkOn, '--link-on') : undefined,
        truth: opts.truth ? parsePairs(opts.truth, '--truth')[0] : undefined,
      };
    } else if (opts.linkOn || opts.truth) {
      throw usageError('--link-on and --truth need --directory FILE');
    }
    const bar = progressBar(opts, 'risk');
    let report: ReturnType<typeof assessRisk>;
    try {
      report = assessRisk(table, { ...options, progress: bar.progress });
    } finally {
      bar.stop();
    }
    if (opts.html) {
      const { renderRiskReport } = await import('../../report/risk.js');
      await writeFileAtomic(opts.html, renderRiskReport(report));
      note(opts, `fictif: HTML report written to ${opts.html}`);
    }
    if (opts.recordsOut) {
      const r = recordRisks(table, { ...options, qi: report.quasiIdentifiers.map((q) => q.name) });
      const rows = new Float64Array(table.nRows);
      for (let i = 0; i < rows.length; i++) rows[i] = i + 1;
      const out = new Table(
        [
          numberColumn('row', 'integer', rows),
          numberColumn('class_size', 'numeric', r.classSize),
          numberColumn('risk_prosecutor', 'numeric', r.prosecutor),
          numberColumn('risk_journalist', 'numeric', r.journalist),
        ],
        { source: table.meta.source },
      );
      await writeTable(out, opts.recordsOut);
      note(opts, `fictif: record risks written to ${opts.recordsOut}`);
    }
    emit(opts, report, () => formatRisk(report));
  });
}
