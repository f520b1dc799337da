export type NumberKind = 'numeric' | 'integer' | 'date' | 'datetime';
export type StringKind = 'text' | 'identifier';
export type ColumnKind = NumberKind | 'categorical' | 'boolean' | StringKind;
export declare const COLUMN_KINDS: readonly ColumnKind[];
/** A cell value as the outside world sees it. Dates are ISO strings 'yyyy-mm-dd'; missing is null. */
export type Value = number | string | boolean | null;
interface ColumnBase {
    readonly name: string;
    readonly length: number;
    /** 1 where the value is missing. */
    readonly missing: Uint8Array;
    /**
     * How the values were written in the source, so a writer can give them back the same way:
     * a date pattern ('dd/mm/yyyy', 'yyyy-mm-dd', 'mm/dd/yyyy'), or 'decimal-comma' for numbers.
     */
    readonly format?: string;
}
export interface NumberColumn extends ColumnBase {
    readonly kind: NumberKind;
    readonly values: Float64Array;
}
export interface CategoricalColumn extends ColumnBase {
    readonly kind: 'categorical';
    readonly categories: readonly string[];
    readonly codes: Int32Array;
}
export interface BooleanColumn extends ColumnBase {
    readonly kind: 'boolean';
    readonly values: Uint8Array;
}
export interface StringColumn extends ColumnBase {
    readonly kind: StringKind;
    readonly values: readonly string[];
}
export type Column = NumberColumn | CategoricalColumn | BooleanColumn | StringColumn;
export declare function isNumberKind(kind: ColumnKind): kind is NumberKind;
export declare function isStringKind(kind: ColumnKind): kind is StringKind;
/** A numeric-like column. NaN values are marked missing. */
export declare function numberColumn(name: string, kind: NumberKind, values: Float64Array, missing?: Uint8Array, format?: string): NumberColumn;
/** A categorical column; codes of -1 are missing. */
export declare function categoricalColumn(name: string, categories: readonly string[], codes: Int32Array, missing?: Uint8Array): CategoricalColumn;
export declare function booleanColumn(name: string, values: Uint8Array, missing?: Uint8Array): BooleanColumn;
export declare function stringColumn(name: string, kind: StringKind, values: readonly string[], missing?: Uint8Array): StringColumn;
/** A categorical column from strings; null is missing. Categories keep first-seen order. */
export declare function categoricalFromStrings(name: string, values: readonly (string | null)[]): CategoricalColumn;
/** A column of any kind from plain values (tests, small tables). Dates may be ISO strings or day numbers. */
export declare function columnFromValues(name: string, kind: ColumnKind, values: readonly Value[]): Column;
/** The value at row i (dates as 'yyyy-mm-dd', datetimes as ISO strings). Not for hot loops. */
export declare function valueAt(col: Column, i: number): Value;
/** Number of missing values. */
export declare function missingCount(col: Column): number;
/** Rows [start, end): typed arrays are views (no copy). */
export declare function sliceColumn(col: Column, start: number, end: number): Column;
/** The rows at the given indices, in that order (a copy). */
export declare function takeColumn(col: Column, rows: ArrayLike<number>): Column;
export declare function renameColumn<C extends Column>(col: C, name: string): C;
/** Days since 1970-01-01 for a proleptic Gregorian date (UTC); NaN if the date does not exist. */
export declare function dateToDays(year: number, month: number, day: number): number;
export declare function isoToDays(iso: string): number;
export declare function daysToIso(days: number): string;
/** [year, month (1-12), day] of a day number. */
export declare function daysToParts(days: number): [number, number, number];
export {};
