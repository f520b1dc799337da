/** Reference year of the file: benefits for January–December 2024, situation on 31 December 2024. */
export declare const REF_YEAR = 2024;
/**
 * Revaluation: most amounts rise on 1 April 2024 (+4.6 %), housing aid on 1 October 2024 (+3.26 %).
 * Amounts below are those in force after the revaluation; earlier months are divided by the factor.
 */
export declare const APRIL_REVALUATION = 1.046;
export declare const OCTOBER_HOUSING_REVALUATION = 1.0326;
/** Base mensuelle des allocations familiales (BMAF) from April 2024. */
export declare const BMAF = 462.8;
export declare const AF_TWO_CHILDREN = 0.32;
export declare const AF_THREE_CHILDREN = 0.73;
export declare const AF_PER_EXTRA_CHILD = 0.41;
/** Majoration for each child aged 14 or more (not the eldest of a family of two). */
export declare const AF_AGE_MAJORATION = 0.16;
/** Annual income ceilings (revenu fiscal de référence) for 2 children; + per extra child. */
export declare const AF_CEILING_1 = 74966;
export declare const AF_CEILING_2 = 99922;
export declare const AF_CEILING_PER_CHILD = 6247;
/** Children count for AF up to this age (exclusive). */
export declare const AF_MAX_AGE = 20;
export declare const CF_AMOUNT: number;
export declare const CF_MAJORE_AMOUNT: number;
export declare const CF_CEILING_3_CHILDREN = 45000;
export declare const CF_CEILING_PER_CHILD = 7000;
export declare const CF_MAJORE_CEILING_FACTOR = 0.5;
export declare const ARS_6_10 = 416.4;
export declare const ARS_11_14 = 439.38;
export declare const ARS_15_18 = 454.6;
export declare const ARS_CEILING_BASE = 25775;
export declare const ARS_CEILING_PER_CHILD = 5948;
export declare const PAJE_AB_FULL = 184.81;
export declare const PAJE_AB_PARTIAL = 92.41;
export declare const PAJE_CEILING_FULL_1_CHILD = 34000;
export declare const PAJE_CEILING_PARTIAL_1_CHILD = 40500;
export declare const PAJE_CEILING_PER_CHILD = 0.2;
/** Ceilings are about 30 % higher for two-income couples and single parents. */
export declare const PAJE_CEILING_TWO_INCOMES = 1.3;
export declare const ASF_PER_CHILD = 195.85;
export declare const RSA_BASE = 635.71;
/** +50 % for the second person, +30 % per child or dependent, +40 % from the third child on. */
export declare const RSA_SECOND_PERSON = 0.5;
export declare const RSA_PER_CHILD = 0.3;
export declare const RSA_FROM_THIRD_CHILD = 0.4;
/** Forfait logement deducted when housing costs are covered (aid, owner, hosted): 12 %, 16 %, 16.5 %. */
export declare const RSA_HOUSING_FORFAIT: number[];
export declare const RSA_MIN_PAID = 6;
export declare const PPA_BASE = 622.63;
/** Share of earned income added to the forfait. */
export declare const PPA_EARNINGS_SHARE = 0.61;
/** Individual bonus per worker, rising from 0.5 to 1 SMIC of monthly earnings. */
export declare const PPA_BONUS_MAX = 184.27;
export declare const SMIC_NET_MONTHLY = 1398.7;
export declare const PPA_MIN_PAID = 15;
/** Rent ceilings [single, couple, +1 person] and per extra person, by zone (2 and 3). */
export declare const AL_RENT_CEILING: Record<2 | 3, [number, number, number, number]>;
export declare const AL_CHARGES_BASE = 58.08;
export declare const AL_CHARGES_PER_PERSON = 13.17;
export declare const AL_P0_MIN = 38.03;
export declare const AL_P0_RATE = 0.085;
export declare const AL_MIN_PAID = 10;
/** The flat 5 € reduction applied since 2017. */
export declare const AL_REDUCTION = 5;
export declare const AAH_MAX = 1016.05;
/** Earned income of the beneficiary counted after this abatement (simplified). */
export declare const AAH_EARNINGS_COUNTED = 0.2;
export declare const AEEH_BASE: number;
export declare const AEEH_COMPLEMENTS: number[];
