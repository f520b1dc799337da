export declare const DELIMITERS: readonly [",", ";", "\t", "|"];
export type Newline = '\n' | '\r\n' | '\r';
export declare function sniffNewline(text: string): Newline;
/**
 * The delimiter that splits the first lines into the same number of fields, most often and into the
 * most fields; ',' when none splits anything (a one-column file).
 */
export declare function sniffDelimiter(text: string, newline: Newline, complete: boolean): string;
/**
 * Leading lines starting with '#' are comments. Returns them (without the '#' and one space) and where
 * the data starts, or null when the text ends inside the comments and more text is needed.
 */
export declare function leadingComments(text: string, newline: Newline, complete: boolean): {
    comments: string[];
    start: number;
    lines: number;
} | null;
