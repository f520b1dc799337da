export interface BirthDateEvidence {
    /** Values between 1900-01-01 and the reference date. */
    plausible: number;
    tested: number;
    /** Spread between the 10th and 90th percentiles, in years. */
    spreadYears: number;
    /** Share of values not on the first day of a month. */
    notFirstOfMonth: number;
    looksLikeBirthDates: boolean;
}
/** Judge a sample of day numbers (days since 1970-01-01) against a reference date (a day number). */
export declare function birthDateEvidence(days: Float64Array, referenceDay: number): BirthDateEvidence;
/** Years of birth (integers): plausible range and a spread of decades. */
export declare function birthYearEvidence(years: Float64Array, referenceYear: number): BirthDateEvidence;
/** Day number of a 'dd/mm/yyyy', 'yyyy-mm-dd' or 'dd-mm-yyyy' string, or NaN. */
export declare function parseDateText(s: string): number;
