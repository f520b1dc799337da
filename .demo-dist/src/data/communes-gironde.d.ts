export interface Commune {
    /** INSEE commune code (5 characters, kept as a string). */
    code: string;
    name: string;
    /** Postal codes; the first is the main one. */
    postalCodes: string[];
    /** Rounded legal population (sampling weight). */
    population: number;
    /** Housing-aid zone (1 = Paris area, 2 = large agglomerations, 3 = elsewhere). */
    zone: 2 | 3;
}
export declare const GIRONDE_COMMUNES: Commune[];
