import type { Command } from 'commander';
import type { ReadOptions } from '../io/index.js';
import type { CommonOptions } from './common.js';
export interface ReadCliOptions {
    sheet?: string;
    entry?: string;
    delimiter?: string;
    encoding?: string;
    header?: boolean;
    inputFormat?: string;
}
export declare function withReadOptions(cmd: Command): Command;
/** A delimiter given on the command line ('tab', '\t', ';', ...) as the character. */
export declare function parseDelimiter(value: string | undefined, option?: string): string | undefined;
/**
 * What loadInput needs, from a command's parsed options: the common ones and the reader's, and only
 * those (so that a command's own --format is not taken for the input's). Notes go to standard error.
 */
export declare function inputOptions(opts: CommonOptions & ReadCliOptions): CommonOptions & Omit<ReadOptions, 'schema' | 'progress'>;
