import { type Command } from 'commander';
import type { Progress } from '../progress.js';
export interface CommonOptions {
    json?: boolean;
    seed?: string;
    debug?: boolean;
    quiet?: boolean;
    schema?: string;
}
/** Add the options every command takes. */
export declare function withCommonOptions(cmd: Command): Command;
/** The seed as given: a number when it looks like one, else the string. */
export declare function parseSeed(seed: string | undefined, fallback?: number | string): number | string;
export declare function parsePositiveInt(value: string, option: string): number;
export declare function parseNumber(value: string, option: string, min?: number, max?: number): number;
/** A comma-separated list option. */
export declare function parseList(value: string | undefined): string[] | undefined;
/** Print a result: JSON when --json, else the text. */
export declare function emit(opts: CommonOptions, json: unknown, text: () => string): void;
/** A note for a person on standard error (silent with --quiet or --json). */
export declare function note(opts: CommonOptions, message: string): void;
/** A warning: always printed on standard error, even with --json (it goes to stderr, not stdout). */
export declare function warn(message: string): void;
/**
 * A progress callback drawing a bar on standard error when it is a terminal; a no-op when piped,
 * in CI, or with --quiet/--json.
 */
export declare function progressBar(opts: CommonOptions, label: string): {
    progress: Progress;
    stop: () => void;
};
/** Turn any error into the line to print and the exit code. */
export declare function reportError(e: unknown, debug: boolean): {
    line: string;
    code: number;
};
