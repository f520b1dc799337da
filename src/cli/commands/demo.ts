// `fictif demo`: the built-in FICTITIOUS family-benefits population, written to a file (streamed in
// chunks, bounded memory for any number of rows), with its coherence rules and a fictitious public
// directory of the same people for linkage-attack tests.
import { Command, Option } from 'commander';
import { usageError } from '../../errors.js';
import { writeFileAtomic } from '../../io/atomic.js';
import { type TableSink, writeTable, writeTableStream } from '../../io/index.js';
import { formatOf } from '../../io/parse.js';
import {
  BLOCK,
  DEFAULT_CHUNK_ROWS,
  DEMO_ROWS,
  DEMO_RULES,
  DemoRecords,
  demoChunks,
  demoSchema,
  generateDemoRange,
  generateDirectory,
  MAX_DEMO_ROWS,
} from '../../demo/index.js';
import type { Seed } from '../../random.js';
import { checkRules, formatRules } from '../../table/rules.js';
import { applySchema } from '../../table/infer.js';
import type { Table } from '../../table/table.js';
import {
  type CommonOptions,
  emit,
  note,
  parseNumber,
  parsePositiveInt,
  parseSeed,
  progressBar,
  withCommonOptions,
} from '../common.js';
import { loadSchema } from '../input.js';

interface DemoCliOptions extends CommonOptions {
  out?: string;
  rows?: string;
  format?: string;
  comment?: boolean;
  rules?: string;
  directory?: string;
  coverage?: string;
  check?: boolean;
  chunkRows?: string;
  writeSchema?: string;
}

const FORMATS = ['csv', 'tsv', 'parquet', 'xlsx', 'jsonl'] as const;
const MAX_DIRECTORY_ROWS = 2_000_000;
/** Excel's 1,048,576 rows less the header. */
const XLSX_MAX_ROWS = 1_048_575;
type OutFormat = (typeof FORMATS)[number];

export function demoCommand(): Command {
  const cmd = new Command('demo')
    .description(
      'The built-in FICTITIOUS family-benefits population (CAF-like, Gironde, 2024): write it, its rules, or a directory.',
    )
    .option('-o, --out <file>', 'write the population (.csv, .tsv, .parquet, .xlsx, .jsonl)')
    .option(
      '--rows <n>',
      `households (default ${DEMO_ROWS.toLocaleString('en')}, up to ${MAX_DEMO_ROWS.toLocaleString('en')})`,
    )
    .addOption(
      new Option('--format <format>', 'output format (default: from the extension)').choices([...FORMATS]),
    )
    .option('--no-comment', "CSV: leave out the leading '# FICTITIOUS DATA …' comment lines")
    .option(
      '--rules <file>',
      'write the demo\'s coherence rules (JSON: {"rules": [{id, description, expr}]})',
    )
    .option('--directory <file>', 'write a fictitious public directory of the same people (linkage attacks)')
    .option('--coverage <share>', 'share of households listed in the directory (default 0.8)')
    .option(
      '--write-schema <file>',
      'write the schema (kinds and privacy roles) to read the file back with --schema',
    )
    .option('--check', 'check every coherence rule on the generated rows and report violations')
    .addOption(new Option('--chunk-rows <n>', 'rows generated and written at a time').hideHelp());
  cmd.addHelpText(
    'after',
    `
Every row is fictitious: no real person is described; identifiers have the shape of real ones only.
Same --seed, same bytes. With no FILE, every other command uses this population (10,204 households).

Examples:
  fictif demo --out demo.csv
  fictif demo --rows 1000000 --seed 7 --out big.parquet
  fictif demo --rules rules.json --directory directory.csv
  fictif demo --out demo.csv --write-schema demo-schema.json && fictif risk demo.csv --schema demo-schema.json`,
  );
  return withCommonOptions(cmd).action(async (opts: DemoCliOptions) => {
    const rows = opts.rows === undefined ? DEMO_ROWS : parsePositiveInt(opts.rows, '--rows');
    if (rows > MAX_DEMO_ROWS) throw usageError(`--rows is at most ${MAX_DEMO_ROWS.toLocaleString('en')}`);
    const seed = parseSeed(opts.seed);
    const chunkRows = opts.chunkRows ? parsePositiveInt(opts.chunkRows, '--chunk-rows') : undefined;
    const coverage = opts.coverage === undefined ? undefined : parseNumber(opts.coverage, '--coverage', 0, 1);
    if (coverage !== undefined && !opts.directory) throw usageError('--coverage applies to --directory');
    if (opts.directory && rows > MAX_DIRECTORY_ROWS)
      throw usageError(
        `--directory is built in memory: at most ${MAX_DIRECTORY_ROWS.toLocaleString('en')} rows`,
      );
    // --schema overrides the kinds of the written file (e.g. commune codes as text).
    const schema = await loadSchema(opts.schema);
    const shaped = (t: Table) => (schema ? applySchema(t, schema) : t);
    const started = performance.now();
    const result: Record<string, unknown> = { rows, seed, fictitious: true };

    if (opts.rules) {
      await writeFileAtomic(opts.rules, formatRules(DEMO_RULES));
      result.rules = { file: opts.rules, count: DEMO_RULES.length };
      note(opts, `fictif: wrote ${DEMO_RULES.length} coherence rules to ${opts.rules}`);
    }

    if (opts.writeSchema) {
      const schema = demoSchema(generateDemoRange({ seed }, 0, Math.min(rows, 2048)));
      await writeFileAtomic(opts.writeSchema, `${JSON.stringify(schema, null, 2)}\n`);
      result.schema = { file: opts.writeSchema };
      note(opts, `fictif: wrote the demo's schema to ${opts.writeSchema}`);
    }

    let violations: Record<string, number> | undefined;
    if (opts.out) {
      const format = outFormat(opts.out, opts.format);
      if (format === 'xlsx' && rows > XLSX_MAX_ROWS)
        throw usageError(
          `an Excel sheet holds at most ${XLSX_MAX_ROWS.toLocaleString('en')} rows; write .csv or .parquet`,
        );
      const bar = progressBar(opts, 'demo');
      let columns = 0;
      let done = 0;
      try {
        // Formats whose writer is done with a chunk once written take small chunks in reused
        // buffers (they stay in cache from generation to formatting); Parquet keeps one row group
        // per chunk and XLSX keeps every chunk, so they get the library's chunks.
        const streamed = format === 'csv' || format === 'tsv' || format === 'jsonl';
        const size = chunkRows ?? (streamed ? STREAM_CHUNK_ROWS : DEFAULT_CHUNK_ROWS);
        await writeTableStream(opts.out, { format, comment: opts.comment !== false }, async (sink) => {
          // CSV and TSV take the households one at a time, with no table in between, unless the
          // rows are reshaped by --schema or checked by --check (both work on tables).
          if (!schema && !opts.check) {
            columns = await writeRecords(sink, { rows, seed }, bar);
            if (columns > 0) return;
          }
          for (const chunk of demoChunks({ rows, seed }, size, { reuse: streamed })) {
            columns = chunk.nCols;
            if (opts.check) violations = addViolations(violations, chunk);
            await writeInSlices(sink, shaped(chunk));
            done += chunk.nRows;
            bar.progress(done, rows, 'households');
          }
        });
      } finally {
        bar.stop();
      }
      result.output = { file: opts.out, format, columns };
      note(
        opts,
        `fictif: wrote ${rows.toLocaleString('en')} fictitious households × ${columns} columns to ${opts.out}`,
      );
    } else if (opts.check) {
      for (const chunk of demoChunks({ rows, seed }, chunkRows ?? STREAM_CHUNK_ROWS, { reuse: true }))
        violations = addViolations(violations, chunk);
    }
    if (violations) result.violations = violations;

    if (opts.directory) {
      const directory = generateDirectory({ rows, seed, coverage });
      await writeTable(directory, opts.directory, { comment: true });
      result.directory = { file: opts.directory, rows: directory.nRows };
      note(
        opts,
        `fictif: wrote a fictitious directory of ${directory.nRows.toLocaleString('en')} people to ${opts.directory} ` +
          '(numero_allocataire is the ground truth, for scoring attacks only)',
      );
    }

    result.seconds = Math.round((performance.now() - started) / 10) / 100;
    if (!opts.out && !opts.rules && !opts.directory && !opts.check && !opts.writeSchema) {
      const sample = generateDemoRange({ seed }, 0, 1);
      emit(
        opts,
        { ...result, columns: sample.columns.map((c) => ({ name: c.name, kind: c.kind })) },
        () =>
          `The demo population: ${rows.toLocaleString('en')} fictitious households × ${sample.nCols} columns (seed ${seed}).\n` +
          'Write it with --out FILE, its rules with --rules FILE, a directory with --directory FILE.',
      );
      return;
    }
    if (opts.json) emit(opts, result, () => '');
    else if (violations) {
      const bad = Object.entries(violations).filter(([, v]) => v > 0);
      process.stdout.write(
        bad.length
          ? `${bad.map(([id, v]) => `rule ${id}: ${v} violating row(s)`).join('\n')}\n`
          : `all ${DEMO_RULES.length} coherence rules hold on ${rows.toLocaleString('en')} households\n`,
      );
    }
  });
}

/** Rows handed to the writer at a time: its text for a slice stays small (memory flat in N). */
export const WRITE_SLICE_ROWS = 4096;

/**
 * Rows per chunk when the demo is streamed to CSV, TSV or JSON Lines, in reused buffers: one random
 * block, so that a chunk's columns (about 1.3 MB) stay in cache between generation and writing.
 */
export const STREAM_CHUNK_ROWS = BLOCK;

/**
 * The demo's households written to `sink` one at a time from a row record, flushed every
 * STREAM_CHUNK_ROWS rows: the number of columns, or 0 (nothing written) where the sink cannot take
 * records.
 */
export async function writeRecords(
  sink: TableSink,
  options: { rows: number; seed: Seed },
  bar?: { progress(done: number, total: number, unit: string): void },
): Promise<number> {
  const demo = new DemoRecords(options);
  const rows = await sink.records(demo.template, demo.slots);
  if (!rows) return 0;
  const { record } = demo;
  for (let done = 0; done < demo.rows; ) {
    const n = Math.min(STREAM_CHUNK_ROWS, demo.rows - done);
    for (let i = 0; i < n; i++) {
      demo.next();
      rows.row(record);
    }
    await rows.flush();
    done += n;
    bar?.progress(done, demo.rows, 'households');
  }
  return demo.template.nCols;
}

/** Write a chunk in slices of WRITE_SLICE_ROWS rows (views, no copy of the numbers). */
export async function writeInSlices(sink: TableSink, chunk: Table): Promise<void> {
  if (chunk.nRows <= WRITE_SLICE_ROWS) {
    await sink.write(chunk);
    return;
  }
  for (let start = 0; start < chunk.nRows; start += WRITE_SLICE_ROWS)
    await sink.write(chunk.slice(start, start + WRITE_SLICE_ROWS));
}

function outFormat(path: string, format: string | undefined): OutFormat {
  const f = formatOf(path, format as OutFormat | undefined);
  if (!(FORMATS as readonly string[]).includes(f))
    throw usageError(`cannot write the demo as ${f}; use .csv, .tsv, .parquet, .xlsx or .jsonl`);
  return f as OutFormat;
}

function addViolations(acc: Record<string, number> | undefined, chunk: Table): Record<string, number> {
  const out = acc ?? Object.fromEntries(DEMO_RULES.map((r) => [r.id, 0]));
  for (const r of checkRules(chunk, DEMO_RULES).rules) out[r.id] += r.violations;
  return out;
}
