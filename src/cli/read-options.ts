// The options of every command that reads a table file, and their translation into ReadOptions.
// Use: `withReadOptions(withCommonOptions(new Command('x')))`, then `loadInput(file, inputOptions(opts))`.
import type { Command } from 'commander';
import { usageError } from '../errors.js';
import type { ReadOptions } from '../io/index.js';
import { FORMATS, type TableFormat } from '../io/parse.js';
import type { CommonOptions } from './common.js';
import { note } from './common.js';

export interface ReadCliOptions {
  sheet?: string;
  entry?: string;
  delimiter?: string;
  encoding?: string;
  header?: boolean;
  inputFormat?: string;
}

export function withReadOptions(cmd: Command): Command {
  return cmd
    .option('--sheet <name>', 'XLSX: the sheet to read (default: the first)')
    .option('--entry <name>', 'ZIP: the file inside the archive to read (default: the only table in it)')
    .option('--delimiter <char>', "CSV: field delimiter: ',' ';' tab '|' (default: sniffed)")
    .option('--encoding <name>', 'CSV: utf-8 or windows-1252 (alias latin1, cp1252) (default: detected)')
    .option('--header', 'CSV/XLSX: the first row names the columns (default: detected)')
    .option('--no-header', 'CSV/XLSX: the first row is data; columns are named col_1, col_2, …')
    .option('--input-format <format>', `read the file as ${FORMATS.join(', ')} whatever its extension`);
}

const DELIMITER_NAMES: Record<string, string> = {
  tab: '\t',
  '\\t': '\t',
  comma: ',',
  semicolon: ';',
  pipe: '|',
  space: ' ',
};

/** A delimiter given on the command line ('tab', '\t', ';', ...) as the character. */
export function parseDelimiter(value: string | undefined, option = '--delimiter'): string | undefined {
  if (value === undefined) return undefined;
  const d = DELIMITER_NAMES[value.toLowerCase()] ?? value;
  if (d.length !== 1 || d === '"' || d === '\n' || d === '\r')
    throw usageError(`${option} takes one character (or tab, comma, semicolon, pipe), got '${value}'`);
  return d;
}

/**
 * What loadInput needs, from a command's parsed options: the common ones and the reader's, and only
 * those (so that a command's own --format is not taken for the input's). Notes go to standard error.
 */
export function inputOptions(
  opts: CommonOptions & ReadCliOptions,
): CommonOptions & Omit<ReadOptions, 'schema' | 'progress'> {
  if (opts.inputFormat !== undefined && !(FORMATS as readonly string[]).includes(opts.inputFormat))
    throw usageError(`--input-format takes one of ${FORMATS.join(', ')}, got '${opts.inputFormat}'`);
  return {
    json: opts.json,
    seed: opts.seed,
    debug: opts.debug,
    quiet: opts.quiet,
    schema: opts.schema,
    sheet: opts.sheet,
    entry: opts.entry,
    delimiter: parseDelimiter(opts.delimiter),
    encoding: opts.encoding,
    header: opts.header,
    format: opts.inputFormat as TableFormat | undefined,
    onNote: (m: string) => note(opts, m),
  };
}
