import type { Rng } from '../random.js';
import type { Person } from './household.js';
/** Unique allocataire numbers: 7 digits for the first 9 million rows, 8 digits beyond. */
export declare class AllocataireNumbers {
    private readonly small;
    private readonly large;
    constructor(rng: Rng);
    at(row: number): string;
}
/** NIR (numéro d'inscription au répertoire) with a valid key: 13 digits + 2-digit key, as text. */
export declare function nir(rng: Rng, person: Person): string;
/** Key of a 13-digit NIR: 97 − (number mod 97). */
export declare function nirKey(body: string): number;
export declare function phone(rng: Rng): string;
export declare function email(rng: Rng, person: Person): string;
