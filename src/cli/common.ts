// What every command shares: common options, input loading, output, progress bars and error handling.

import cliProgress from 'cli-progress';
import { type Command, Option } from 'commander';
import { FictifError, usageError } from '../errors.js';
import type { Progress } from '../progress.js';

export interface CommonOptions {
  json?: boolean;
  seed?: string;
  debug?: boolean;
  quiet?: boolean;
  schema?: string;
}

/** Add the options every command takes. */
export function withCommonOptions(cmd: Command): Command {
  return cmd
    .option('--json', 'machine-readable JSON on standard output')
    .option('--seed <seed>', 'seed for every random choice (same seed, same output)')
    .option('--schema <file>', 'schema JSON overriding inferred kinds and roles (see `fictif schema`)')
    .option('-q, --quiet', 'no progress bars or notes on standard error')
    .addOption(new Option('--debug', 'show stack traces of internal errors').hideHelp());
}

/** The seed as given: a number when it looks like one, else the string. */
export function parseSeed(seed: string | undefined, fallback: number | string = 0): number | string {
  if (seed === undefined) return fallback;
  // Digits become a number only when exact: a long random seed must keep every digit (its entropy).
  return /^-?\d+$/.test(seed) && Number.isSafeInteger(Number(seed)) ? Number(seed) : seed;
}

export function parsePositiveInt(value: string, option: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw usageError(`${option} takes a whole number ≥ 1, got '${value}'`);
  return Number(value);
}

export function parseNumber(value: string, option: string, min = -Infinity, max = Infinity): number {
  const x = Number(value);
  if (value.trim() === '' || !Number.isFinite(x) || x < min || x > max) {
    const range =
      Number.isFinite(min) && Number.isFinite(max)
        ? ` in [${min}, ${max}]`
        : Number.isFinite(min)
          ? ` ≥ ${min}`
          : Number.isFinite(max)
            ? ` ≤ ${max}`
            : '';
    throw usageError(`${option} takes a number${range}, got '${value}'`);
  }
  return x;
}

/** A comma-separated list option. */
export function parseList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Print a result: JSON when --json, else the text. */
export function emit(opts: CommonOptions, json: unknown, text: () => string): void {
  if (opts.json) process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  else process.stdout.write(text().replace(/\n?$/, '\n'));
}

/** A note for a person on standard error (silent with --quiet or --json). */
export function note(opts: CommonOptions, message: string): void {
  if (!opts.quiet && !opts.json) process.stderr.write(`${message}\n`);
}

/** A warning: always printed on standard error, even with --json (it goes to stderr, not stdout). */
export function warn(message: string): void {
  process.stderr.write(`fictif: warning: ${message}\n`);
}

/**
 * A progress callback drawing a bar on standard error when it is a terminal; a no-op when piped,
 * in CI, or with --quiet/--json.
 */
export function progressBar(opts: CommonOptions, label: string): { progress: Progress; stop: () => void } {
  if (opts.quiet || opts.json || !process.stderr.isTTY || process.env.CI) {
    return { progress: () => {}, stop: () => {} };
  }
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {percentage}% | {value}/{total} {step} | {duration_formatted}`,
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    progress: (done, total, step) => {
      if (!started) {
        bar.start(total, done, { step: step ?? '' });
        started = true;
      } else {
        bar.setTotal(total);
        bar.update(done, { step: step ?? '' });
      }
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

/** Turn any error into the line to print and the exit code. */
export function reportError(e: unknown, debug: boolean): { line: string; code: number } {
  if (e instanceof FictifError) return { line: `fictif: ${e.describe()}`, code: e.exitCode };
  const err = e as NodeJS.ErrnoException;
  if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string') {
    const path = err.path ? `${err.path}: ` : '';
    const what: Record<string, string> = {
      ENOENT: 'no such file or directory',
      EACCES: 'permission denied',
      EISDIR: 'is a directory, expected a file',
      ENOTDIR: 'a part of the path is not a directory',
      ENOSPC: 'no space left on the device',
      EEXIST: 'already exists',
    };
    if (what[err.code]) return { line: `fictif: ${path}${what[err.code]}`, code: 1 };
  }
  const message = e instanceof Error ? e.message : String(e);
  return {
    line:
      debug && e instanceof Error && e.stack
        ? `fictif: internal error: ${e.stack}`
        : `fictif: internal error: ${message} (run with --debug for details)`,
    code: 70,
  };
}
