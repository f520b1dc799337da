/**
 * The markers read as missing (compared after trimming, case-insensitively): the empty string, NA, N/A,
 * NULL, NaN, #N/A. A lone "-" is missing only in number and date columns (a spreadsheet's "nothing"),
 * and stays a value in text columns.
 */
export declare function isMissingText(s: string): boolean;
/** Space, tab, non-breaking space, narrow non-breaking space, thin space. */
export declare function isSpace(c: number): boolean;
export declare const DASH = "-";
/** What a number's text looked like, to choose integer vs numeric and the decimal separator. */
export interface NumberShape {
    value: number;
    /** Had a decimal separator or an exponent. */
    fractional: boolean;
    /** The decimal separator used, when one appeared ('.' or ','), else ''. */
    decimal: '' | '.' | ',';
    /** Digits with a leading zero ("007", "01000"): a code, not a number. */
    leadingZero: boolean;
}
/**
 * Parse a number written with `decimal` as decimal separator ('.' or ','). Thousands separators are
 * spaces (also non-breaking and narrow non-breaking) or the other one of '.' / ',' in groups of three
 * ("1 234,56", "1.234,56", "1,234.56"). Returns NaN when the text is not such a number.
 * With decimal '' either separator is accepted as decimal when it is not a thousands grouping.
 */
export declare function parseNumber(s: string, decimal: '.' | ','): number;
/** Like parseNumber, also telling the shape (for inference). Returns null when not a number. */
export declare function numberShape(s: string, decimal: '.' | ','): NumberShape | null;
/** 1 for true/vrai/oui/yes, 0 for false/faux/non/no (any case), -1 otherwise. 0/1 with `digits`. */
export declare function parseBoolean(s: string, digits?: boolean): number;
/** The pair of words a boolean column used, to write it back the same way ('oui/non'). */
export declare function booleanFormat(s: string): string;
/** The date patterns read: the order of the parts and their separator. */
export declare const DATE_PATTERNS: string[];
/** Day number of `s` read with `pattern`; NaN if it does not fit. */
export declare function parseDate(s: string, pattern: string): number;
/** The date patterns `s` fits (for inference), e.g. ['dd/mm/yyyy', 'mm/dd/yyyy'] for "03/04/2020". */
export declare function datePatternsOf(s: string): string[];
/** Datetime patterns: ISO 8601 (with 'T' or a space, optional seconds, fraction and zone), and a
 * dd/mm/yyyy date followed by a time. Without a zone the time is read as UTC. */
export declare const DATETIME_PATTERNS: string[];
/** Milliseconds since the epoch of `s` read with `pattern`; NaN if it does not fit. */
export declare function parseDatetime(s: string, pattern: string): number;
/** The datetime patterns `s` fits. */
export declare function datetimePatternsOf(s: string): string[];
