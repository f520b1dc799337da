import type { ColumnSchema } from '../table/schema.js';
export type StringsKind = 'categorical' | 'text' | 'identifier';
/** How to read the cells of one column. `forced` when a schema said so (a misfit is then an error). */
export type Plan = {
    kind: 'integer' | 'numeric';
    decimal: '.' | ',';
    forced?: boolean;
} | {
    kind: 'date' | 'datetime';
    pattern: string;
    forced?: boolean;
} | {
    kind: 'boolean';
    digits: boolean;
    format?: string;
    forced?: boolean;
} | {
    kind: 'strings';
    forced?: StringsKind;
};
/** Above this many distinct values a column is not categorical (unless a schema says so). */
export declare const MAX_CATEGORIES = 1000;
/** The reading plan for a column, from a sample of its cells. */
export declare function guessPlan(values: readonly string[]): Plan;
/** The plan a schema entry imposes, using the sample for what it does not say (decimal, date pattern). */
export declare function planFromSchema(col: ColumnSchema, sample: readonly string[]): Plan;
/** What is known of a strings column once read: its distinct values with their counts. */
export interface StringsStats {
    nonMissing: number;
    distinct: number;
    /** Distinct values (all of them, or a large sample when there are very many). */
    values: Iterable<string>;
}
/**
 * Categorical when there are few distinct values for the rows (at most MAX_CATEGORIES, and at most half
 * of the non-missing values, a fifth from 100 values on); identifier when the values are codes (digits
 * only, e.g. postal codes with a leading zero, that are not few) or near-unique (≥ 90% distinct) short strings of at most
 * two spaces; text otherwise.
 */
export declare function decideStringKind(stats: StringsStats): StringsKind;
