import type { Plan } from './guess.js';
export declare function looksLikeHeader(first: readonly string[], rest: readonly string[][], plans: readonly Plan[]): boolean;
/** Column names from a header row (blank names become col_i), or col_1..col_n. */
export declare function columnNames(first: readonly string[] | null, n: number, place?: {
    file?: string;
    line?: number;
}): string[];
