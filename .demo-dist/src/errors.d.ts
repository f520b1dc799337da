export type ErrorKind = 'usage' | 'data';
export interface ErrorPlace {
    file?: string;
    /** 1-based line number in the file. */
    line?: number;
    /** Column name or 1-based field number. */
    column?: string | number;
}
export declare class FictifError extends Error {
    readonly kind: ErrorKind;
    readonly place: ErrorPlace;
    constructor(kind: ErrorKind, message: string, place?: ErrorPlace);
    /** Exit code: 2 for usage errors (bad options, unknown column), 1 for data errors (bad file). */
    get exitCode(): number;
    /** "file.csv:12: column 'age': message" */
    describe(): string;
}
export declare const usageError: (message: string, place?: ErrorPlace) => FictifError;
export declare const dataError: (message: string, place?: ErrorPlace) => FictifError;
