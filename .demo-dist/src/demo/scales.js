// Benefit scales of the demo, SIMPLIFIED, of the order of magnitude of 2024 (metropolitan France).
// They follow the public CAF/service-public.fr scales in shape (base amounts, majorations, ceilings),
// but many details are left out (transitional rules, neutralisations, abatements, overseas rules,
// differential amounts near ceilings). Good enough for a plausible test population, never for a
// real entitlement computation.
/** Reference year of the file: benefits for January–December 2024, situation on 31 December 2024. */
export const REF_YEAR = 2024;
/**
 * Revaluation: most amounts rise on 1 April 2024 (+4.6 %), housing aid on 1 October 2024 (+3.26 %).
 * Amounts below are those in force after the revaluation; earlier months are divided by the factor.
 */
export const APRIL_REVALUATION = 1.046;
export const OCTOBER_HOUSING_REVALUATION = 1.0326;
/** Base mensuelle des allocations familiales (BMAF) from April 2024. */
export const BMAF = 462.8;
// Allocations familiales (AF), in share of the BMAF, full rate.
export const AF_TWO_CHILDREN = 0.32;
export const AF_THREE_CHILDREN = 0.73;
export const AF_PER_EXTRA_CHILD = 0.41;
/** Majoration for each child aged 14 or more (not the eldest of a family of two). */
export const AF_AGE_MAJORATION = 0.16;
/** Annual income ceilings (revenu fiscal de référence) for 2 children; + per extra child. */
export const AF_CEILING_1 = 74966;
export const AF_CEILING_2 = 99922;
export const AF_CEILING_PER_CHILD = 6247;
/** Children count for AF up to this age (exclusive). */
export const AF_MAX_AGE = 20;
// Complément familial (CF): 3 or more children all aged 3 or more.
export const CF_AMOUNT = 0.4165 * BMAF;
export const CF_MAJORE_AMOUNT = 0.6247 * BMAF;
export const CF_CEILING_3_CHILDREN = 45000;
export const CF_CEILING_PER_CHILD = 7000;
export const CF_MAJORE_CEILING_FACTOR = 0.5;
// Allocation de rentrée scolaire (ARS), per child by age on 15 September, paid in August.
export const ARS_6_10 = 416.4;
export const ARS_11_14 = 439.38;
export const ARS_15_18 = 454.6;
export const ARS_CEILING_BASE = 25775;
export const ARS_CEILING_PER_CHILD = 5948;
// PAJE allocation de base, for a child under 3.
export const PAJE_AB_FULL = 184.81;
export const PAJE_AB_PARTIAL = 92.41;
export const PAJE_CEILING_FULL_1_CHILD = 34000;
export const PAJE_CEILING_PARTIAL_1_CHILD = 40500;
export const PAJE_CEILING_PER_CHILD = 0.2;
/** Ceilings are about 30 % higher for two-income couples and single parents. */
export const PAJE_CEILING_TWO_INCOMES = 1.3;
// Allocation de soutien familial (ASF), per child raised by a single parent without alimony.
export const ASF_PER_CHILD = 195.85;
// Revenu de solidarité active (RSA): montant forfaitaire for one person, majorations by household.
export const RSA_BASE = 635.71;
/** +50 % for the second person, +30 % per child or dependent, +40 % from the third child on. */
export const RSA_SECOND_PERSON = 0.5;
export const RSA_PER_CHILD = 0.3;
export const RSA_FROM_THIRD_CHILD = 0.4;
/** Forfait logement deducted when housing costs are covered (aid, owner, hosted): 12 %, 16 %, 16.5 %. */
export const RSA_HOUSING_FORFAIT = [0.12, 0.16, 0.165];
export const RSA_MIN_PAID = 6;
// Prime d'activité (PPA).
export const PPA_BASE = 622.63;
/** Share of earned income added to the forfait. */
export const PPA_EARNINGS_SHARE = 0.61;
/** Individual bonus per worker, rising from 0.5 to 1 SMIC of monthly earnings. */
export const PPA_BONUS_MAX = 184.27;
export const SMIC_NET_MONTHLY = 1398.7;
export const PPA_MIN_PAID = 15;
// Aides au logement (APL in social housing, ALF for families, ALS otherwise): simplified formula
// aid = min(rent, ceiling) + charges − participation, participation = P0 + rate × (income − R0).
/** Rent ceilings [single, couple, +1 person] and per extra person, by zone (2 and 3). */
export const AL_RENT_CEILING = {
    2: [264.19, 323.38, 364.04, 52.98],
    3: [247.62, 300.24, 336.34, 48.23],
};
export const AL_CHARGES_BASE = 58.08;
export const AL_CHARGES_PER_PERSON = 13.17;
export const AL_P0_MIN = 38.03;
export const AL_P0_RATE = 0.085;
export const AL_MIN_PAID = 10;
/** The flat 5 € reduction applied since 2017. */
export const AL_REDUCTION = 5;
// Allocation aux adultes handicapés (AAH), individual since October 2023 (partner's income ignored).
export const AAH_MAX = 1016.05;
/** Earned income of the beneficiary counted after this abatement (simplified). */
export const AAH_EARNINGS_COUNTED = 0.2;
// Allocation d'éducation de l'enfant handicapé (AEEH): base per child + optional complements.
export const AEEH_BASE = 0.32 * BMAF;
export const AEEH_COMPLEMENTS = [0, 112.34, 304.24, 430.62, 667.3];
//# sourceMappingURL=scales.js.map