import { type Household } from './household.js';
/** The benefits with a monthly series in the file, in column order. */
export declare const MONTHLY_BENEFITS: readonly ["af", "cf", "paje", "asf", "rsa", "ppa", "aide_logement", "aah", "aeeh"];
export type MonthlyBenefit = (typeof MONTHLY_BENEFITS)[number];
export declare const HOUSING_AID_TYPES: readonly ["aucune", "APL", "ALF", "ALS"];
export declare class Benefits {
    /** One 12-month series per benefit, in MONTHLY_BENEFITS order. */
    readonly series: Float64Array[];
    readonly total: Float64Array<ArrayBuffer>;
    ars: number;
    rsaForfait: number;
    housingAidType: number;
    annual: number;
}
/** Compute every benefit of `h` into `b`. */
export declare function computeBenefits(h: Household, b: Benefits): void;
export declare function annualHouseholdIncome(h: Household): number;
