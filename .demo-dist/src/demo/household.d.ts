import type { Rng } from '../random.js';
export declare const YEAR = 365.2425;
/** The situation date of the file: 31 December of the reference year. */
export declare const REF_DAY: number;
export declare const MAX_CHILDREN = 8;
/** Children described one by one in the file (the others only counted). */
export declare const LISTED_CHILDREN = 6;
export declare const KINDS: readonly ["isole", "couple", "parent_isole", "couple_enfants"];
export declare const SEXES: readonly ["F", "M"];
export declare const NATIONALITIES: readonly ["francaise", "ue", "hors_ue"];
export declare const ACTIVITIES: readonly ["salarie", "independant", "chomeur", "etudiant", "retraite", "inactif"];
export declare const OCCUPATIONS: readonly ["agriculteur", "artisan_commercant", "cadre", "profession_intermediaire", "employe", "ouvrier", "retraite", "sans_activite"];
export declare const MARITAL: readonly ["celibataire", "marie", "pacse", "concubinage", "divorce", "separe", "veuf"];
export declare const TENURES: readonly ["locataire_prive", "locataire_social", "proprietaire_accedant", "proprietaire", "heberge_gratuit", "foyer"];
export declare const HOUSING_TYPES: readonly ["appartement", "maison", "chambre"];
export declare const TENANT_PRIVATE = 0;
export declare const TENANT_SOCIAL = 1;
export declare const OWNER_LOAN = 2;
export declare const OWNER = 3;
export declare const HOSTED = 4;
export declare const HOSTEL = 5;
export declare class Person {
    present: boolean;
    sex: number;
    birth: number;
    nationality: number;
    activity: number;
    occupation: number;
    /** Monthly net earnings in each quarter of the year (Q4 is the reference). */
    readonly earned: Float64Array<ArrayBuffer>;
    /** Monthly other income (pensions, unemployment benefit, alimony). */
    other: number;
    /** Disability rate in % (NaN: none recognised); aahRestriction for the 50–79 % band. */
    disability: number;
    aahRestriction: boolean;
    firstName: string;
    lastName: string;
    /** Birth place for the NIR: département code and commune/country code. */
    birthDept: string;
    birthPlace: string;
    age(day?: number): number;
}
export declare class Child {
    birth: number;
    sex: number;
    jointCustody: boolean;
    disabled: boolean;
    aeehComplement: number;
}
export declare class Household {
    kind: number;
    readonly applicant: Person;
    readonly partner: Person;
    marital: number;
    nChildren: number;
    readonly children: Child[];
    /** Other dependants (an elderly parent, an adult disabled relative). */
    otherDependants: number;
    /** Single parent receiving no alimony (ASF condition). */
    noAlimony: boolean;
    commune: number;
    postalCode: string;
    streetNumber: number;
    streetSuffix: string;
    street: string;
    housingType: number;
    tenure: number;
    socialHousing: boolean;
    surface: number;
    rent: number;
    loan: number;
    /** Revenu fiscal de référence (income of year N-2, annual). */
    rfr: number;
    /** First month the household received anything from the office (day number). */
    openedDay: number;
    get adults(): number;
}
/** A street name plausible in the given commune (index into GIRONDE_COMMUNES). */
export declare function drawStreet(rng: Rng, commune: number): string;
export declare function drawCommune(rng: Rng): number;
export declare function drawFirstName(rng: Rng, sex: number): string;
export declare function drawSurname(rng: Rng): string;
/** Street number: mostly small, a long tail (route numbers run into the hundreds). */
export declare function drawStreetNumber(rng: Rng): number;
/** Fill `h` with a new household. */
export declare function drawHousehold(rng: Rng, h: Household): void;
export declare function monthlyIncome(h: Household, quarter?: number): number;
