export interface FirstName {
    name: string;
    sex: 'F' | 'M';
    /** Rough relative frequency (arbitrary unit, comparable within one sex). */
    weight: number;
}
export interface Surname {
    name: string;
    /** Rough relative frequency (arbitrary unit). */
    weight: number;
}
/** French first names by sex, with rough weights (see the header for the source). */
export declare const FIRST_NAMES: FirstName[];
/** Frequent French surnames, with rough weights (Martin first; see the header for the source). */
export declare const SURNAMES: Surname[];
