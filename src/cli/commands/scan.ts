// `fictif scan [FILE]`: the personal-data inventory. Thin: options → scanTable → print.
import { Command } from 'commander';
import { writeFileAtomic } from '../../io/atomic.js';
import { DEFAULT_SCAN_SAMPLE, formatScan, scanTable, suggestSchema } from '../../scan/index.js';
import {
  type CommonOptions,
  emit,
  note,
  parsePositiveInt,
  parseSeed,
  progressBar,
  withCommonOptions,
} from '../common.js';
import { loadInput, loadSchema } from '../input.js';
import { inputOptions, type ReadCliOptions, withReadOptions } from '../read-options.js';

interface ScanCliOptions extends CommonOptions, ReadCliOptions {
  schemaOut?: string;
  sampleRows?: string;
  allRows?: boolean;
  referenceDate?: string;
}

export function scanCommand(): Command {
  return withReadOptions(
    withCommonOptions(
      new Command('scan')
        .description('Personal-data inventory: the role of every column, with a confidence and the evidence.')
        .addHelpText(
          'after',
          '\nRoles: direct identifier, quasi-identifier, sensitive, special category (GDPR art. 9), other. Detectors\n' +
            'read the header (French and English), the values (NIR, IBAN, phone, e-mail, postal and commune codes,\n' +
            'SIRET/SIREN, dates of birth, addresses, names, free text) and the structure (near-unique columns,\n' +
            'benefit amounts). Roles given in --schema win. Example: fictif scan data.csv --schema-out schema.json',
        )
        .argument(
          '[FILE]',
          'table to scan (CSV, TSV, XLSX, Parquet, JSONL, ZIP); default: the demo population',
        )
        .option(
          '--schema-out <file>',
          'write the suggested schema (roles filled in, evidence in `note`) for risk/synth --schema',
        )
        .option(
          '--sample-rows <n>',
          `rows to scan in large files, a seeded random sample (default ${DEFAULT_SCAN_SAMPLE})`,
        )
        .option('--all-rows', 'scan every row, however many')
        .option(
          '--reference-date <yyyy-mm-dd>',
          'dates of birth must be earlier (default: the latest date in the file)',
        ),
    ),
  ).action(async (file: string | undefined, opts: ScanCliOptions) => {
    const schema = await loadSchema(opts.schema);
    const table = await loadInput(file, inputOptions(opts));
    const sampleRows = opts.allRows
      ? Number.POSITIVE_INFINITY
      : opts.sampleRows
        ? parsePositiveInt(opts.sampleRows, '--sample-rows')
        : DEFAULT_SCAN_SAMPLE;
    const bar = progressBar(opts, 'scan');
    let result: ReturnType<typeof scanTable>;
    try {
      result = scanTable(table, {
        sampleRows,
        seed: parseSeed(opts.seed),
        schema,
        referenceDate: opts.referenceDate,
        progress: bar.progress,
      });
    } finally {
      bar.stop();
    }
    if (result.sampled)
      note(
        opts,
        `fictif: scanned a seeded random sample of ${result.scannedRows.toLocaleString('en-US')} of ${result.rows.toLocaleString('en-US')} rows.`,
      );
    if (opts.schemaOut) {
      const suggested = suggestSchema(table, result, schema);
      await writeFileAtomic(opts.schemaOut, `${JSON.stringify(suggested, null, 2)}\n`);
      note(
        opts,
        `fictif: suggested schema written to ${opts.schemaOut} (check the roles, then pass it with --schema).`,
      );
    }
    emit(opts, result, () => formatScan(result, process.stdout.columns || 110));
  });
}
