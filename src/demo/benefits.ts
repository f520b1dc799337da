// Simplified benefit rules applied to a drawn household, month by month over the reference year, so
// that amounts follow the household's own events (a birth, a child turning 3 or 20, a job found, the
// April revaluation). See scales.ts for the figures and their limits.
import { GIRONDE_COMMUNES } from '../data/communes-gironde.js';
import { dateToDays } from '../table/column.js';
import {
  ETUDIANT,
  HOSTED,
  HOSTEL,
  type Household,
  OWNER,
  OWNER_LOAN,
  type Person,
  REF_DAY,
  TENANT_PRIVATE,
  TENANT_SOCIAL,
  YEAR,
} from './household.js';

import * as Scales from './scales.js';

// A plain copy: module namespace lookups are slow under some loaders, and this runs 12 times a row.
const S = { ...Scales };
const cents = (x: number): number => Math.round(x * 100) / 100;

/** The benefits with a monthly series in the file, in column order. */
export const MONTHLY_BENEFITS = [
  'af',
  'cf',
  'paje',
  'asf',
  'rsa',
  'ppa',
  'aide_logement',
  'aah',
  'aeeh',
] as const;
const FLAT = 12 * MONTHLY_BENEFITS.length;
export type MonthlyBenefit = (typeof MONTHLY_BENEFITS)[number];
export const HOUSING_AID_TYPES = ['aucune', 'APL', 'ALF', 'ALS'] as const;

export class Benefits {
  /** Every series back to back: benefit j's month m at 12 * j + m. */
  readonly flat = new Float64Array(12 * MONTHLY_BENEFITS.length);
  /** One 12-month series per benefit, in MONTHLY_BENEFITS order (views of flat). */
  readonly series: Float64Array[] = MONTHLY_BENEFITS.map((_, j) => this.flat.subarray(12 * j, 12 * j + 12));
  readonly total = new Float64Array(12);
  ars = 0;
  rsaForfait = 0;
  housingAidType = 0;
  annual = 0;
}

const FIRST_DAY = Array.from({ length: 13 }, (_, m) =>
  m < 12 ? dateToDays(S.REF_YEAR, m + 1, 1) : dateToDays(S.REF_YEAR + 1, 1, 1),
);
const ARS_DAY = dateToDays(S.REF_YEAR, 9, 15);
const ARS_LAST_BIRTH = dateToDays(S.REF_YEAR - 6, 12, 31);

/** Age in whole years on `day` (calendar-exact enough for eligibility). */
function ageOn(birth: number, day: number): number {
  return Math.floor((day - birth) / YEAR);
}

/** RSA / prime d'activité scale multiplier for a household of `adults` and `dependants`. */
function scaleMultiplier(adults: number, dependants: number): number {
  let m = adults === 2 ? 1 + S.RSA_SECOND_PERSON : 1;
  for (let r = 1; r <= dependants; r++) {
    if (adults === 1 && r === 1) m += S.RSA_SECOND_PERSON;
    else m += r <= 2 ? S.RSA_PER_CHILD : S.RSA_FROM_THIRD_CHILD;
  }
  return m;
}

const SCALE_1_2_3 = [1, 1.5, 1.8];

/** Forfait logement as a multiple of the one-person amount: 12 % of 1, 16 % of 1.5, 16.5 % of 1.8. */
function housingForfait(persons: number): number {
  const k = Math.min(persons, 3) - 1;
  return S.RSA_HOUSING_FORFAIT[k] * SCALE_1_2_3[k];
}

function ppaBonus(earned: number): number {
  const half = 0.5 * S.SMIC_NET_MONTHLY;
  if (earned <= half) return 0;
  if (earned >= S.SMIC_NET_MONTHLY) return S.PPA_BONUS_MAX;
  return (S.PPA_BONUS_MAX * (earned - half)) / (S.SMIC_NET_MONTHLY - half);
}

function aahAmount(person: Person, quarter: number): number {
  if (!person.present || Number.isNaN(person.disability)) return 0;
  const eligible = person.disability >= 80 || (person.disability >= 50 && person.aahRestriction);
  if (!eligible) return 0;
  const own = person.other + S.AAH_EARNINGS_COUNTED * person.earned[quarter];
  return Math.max(0, S.AAH_MAX - own);
}

/** Compute every benefit of `h` into `b`. */
export function computeBenefits(h: Household, b: Benefits): void {
  const adults = h.adults;
  const twoIncomes = h.partner.present && h.applicant.earned[3] > 0 && h.partner.earned[3] > 0;
  const annualIncome = annualHouseholdIncome(h);
  const youngApplicant = h.applicant.age() < 25;
  b.ars = 0;
  b.annual = 0;
  const hostedOrOwner = h.tenure === OWNER || h.tenure === OWNER_LOAN || h.tenure === HOSTED;

  // Housing aid: one formula on the last 12 months of income, revalued in October.
  const alBase = housingAid(h, annualIncome);
  b.housingAidType = alBase > 0 ? housingAidType(h) : 0;

  // Within a quarter only the children counted can change the amounts (the quarter's earnings, the
  // revaluations and housing aid are the same): a month with the same counts as the one before
  // repeats its amounts, which is most months of most households.
  let prevN = -1;
  let prevUnder3 = 0;
  let prevOver14 = 0;
  let prevAeeh = 0;
  let lastForfait = 0;
  // Months whose amounts repeat the month before (bit m).
  let repeated = 0;
  const M = b.series;
  const flat = b.flat;
  for (let m = 0; m < 12; m++) {
    const first = FIRST_DAY[m];
    const last = FIRST_DAY[m + 1] - 1;
    const quarter = (m / 3) | 0;
    const reval = m < 3 ? 1 / S.APRIL_REVALUATION : 1;
    // Children counted this month: born in an earlier month and not yet 20 at the month's end.
    let n = 0;
    let under3 = 0;
    let over14 = 0;
    let under3Any = false;
    let disabledAeeh = 0;
    for (let k = 0; k < h.nChildren; k++) {
      const c = h.children[k];
      if (c.birth >= first) continue;
      const age = ageOn(c.birth, last);
      if (age >= S.AF_MAX_AGE) continue;
      n++;
      if (age < 3) {
        under3++;
        under3Any = true;
      }
      if (age >= 14) over14++;
      if (c.disabled) disabledAeeh += S.AEEH_BASE + S.AEEH_COMPLEMENTS[c.aeehComplement];
    }
    if (
      m % 3 !== 0 &&
      n === prevN &&
      under3 === prevUnder3 &&
      over14 === prevOver14 &&
      disabledAeeh === prevAeeh
    ) {
      for (let x = m; x < FLAT; x += 12) flat[x] = flat[x - 1];
      repeated |= 1 << m;
      if (m === 11) b.rsaForfait = cents(lastForfait);
      continue;
    }
    prevN = n;
    prevUnder3 = under3;
    prevOver14 = over14;
    prevAeeh = disabledAeeh;

    // Allocations familiales.
    let af = 0;
    if (n >= 2) {
      let share = n === 2 ? S.AF_TWO_CHILDREN : S.AF_THREE_CHILDREN + S.AF_PER_EXTRA_CHILD * (n - 3);
      share += S.AF_AGE_MAJORATION * (n === 2 && over14 === 2 ? 1 : over14);
      const extra = (n - 2) * S.AF_CEILING_PER_CHILD;
      const modulation = h.rfr <= S.AF_CEILING_1 + extra ? 1 : h.rfr <= S.AF_CEILING_2 + extra ? 0.5 : 0.25;
      af = share * S.BMAF * modulation;
    }
    // Complément familial: three children or more, none under 3.
    let cf = 0;
    if (n >= 3 && under3 === 0) {
      const ceiling = (S.CF_CEILING_3_CHILDREN + (n - 3) * S.CF_CEILING_PER_CHILD) * (twoIncomes ? 1.25 : 1);
      if (h.rfr <= ceiling)
        cf = h.rfr <= S.CF_MAJORE_CEILING_FACTOR * ceiling ? S.CF_MAJORE_AMOUNT : S.CF_AMOUNT;
    }
    // PAJE allocation de base: a child under 3.
    let paje = 0;
    if (under3Any) {
      const ratio =
        (1 + S.PAJE_CEILING_PER_CHILD) ** (n - 1) *
        (twoIncomes || adults === 1 ? S.PAJE_CEILING_TWO_INCOMES : 1);
      if (h.rfr <= S.PAJE_CEILING_FULL_1_CHILD * ratio) paje = S.PAJE_AB_FULL;
      else if (h.rfr <= S.PAJE_CEILING_PARTIAL_1_CHILD * ratio) paje = S.PAJE_AB_PARTIAL;
    }
    // Allocation de soutien familial: single parent without alimony, per child.
    const asf = h.kind === 2 && h.noAlimony ? S.ASF_PER_CHILD * n : 0;
    const aah = aahAmount(h.applicant, quarter);
    const aeeh = disabledAeeh;
    const al = alBase * (m < 9 ? 1 / S.OCTOBER_HOUSING_REVALUATION : 1);

    // RSA and prime d'activité on this quarter's resources.
    const dependants = n + h.otherDependants;
    const persons = adults + dependants;
    const mult = scaleMultiplier(adults, dependants);
    const earned = h.applicant.earned[quarter] + (h.partner.present ? h.partner.earned[quarter] : 0);
    const other = h.applicant.other + (h.partner.present ? h.partner.other : 0);
    const familyIncome = (af + cf + asf) * reval + aah * reval;
    const housed = al > 0 || hostedOrOwner;
    const rsaForfait = S.RSA_BASE * mult * reval;
    const rsaLogement = housed ? housingForfait(persons) * S.RSA_BASE * reval : 0;
    let rsa = rsaForfait - earned - other - familyIncome - Math.min(rsaLogement, rsaForfait);
    if (youngApplicant && n === 0) rsa = 0; // RSA before 25 only for parents (simplified)
    if (rsa < S.RSA_MIN_PAID) rsa = 0;
    let ppa = 0;
    // Students and apprentices qualify only with earnings of at least 0.78 SMIC (simplified).
    const studentTooLow =
      h.applicant.activity === ETUDIANT && h.applicant.earned[quarter] < 0.78 * S.SMIC_NET_MONTHLY;
    if (earned > 0 && !studentTooLow) {
      const forfait = S.PPA_BASE * mult * reval;
      const bonus =
        ppaBonus(h.applicant.earned[quarter]) + (h.partner.present ? ppaBonus(h.partner.earned[quarter]) : 0);
      const resources =
        earned + other + familyIncome + (housed ? housingForfait(persons) * S.PPA_BASE * reval : 0);
      ppa = forfait + S.PPA_EARNINGS_SHARE * earned + bonus * reval - Math.max(forfait, resources) - rsa;
      if (ppa < S.PPA_MIN_PAID) ppa = 0;
    }
    lastForfait = rsaForfait;
    if (m === 11) b.rsaForfait = cents(rsaForfait);

    M[0][m] = cents(af * reval);
    M[1][m] = cents(cf * reval);
    M[2][m] = cents(paje * reval);
    M[3][m] = cents(asf * reval);
    M[4][m] = cents(rsa);
    M[5][m] = cents(ppa);
    M[6][m] = cents(al);
    M[7][m] = cents(aah * reval);
    M[8][m] = cents(aeeh * reval);
  }
  b.ars = cents(schoolAllowance(h));
  for (let m = 0; m < 12; m++) {
    // Same amounts as the month before, and neither is August (school allowance): same total.
    if (repeated & (1 << m) && m !== 7 && m !== 8) {
      b.total[m] = b.total[m - 1];
      b.annual += b.total[m];
      continue;
    }
    let t = 0;
    for (let x = m; x < FLAT; x += 12) t += flat[x];
    if (m === 7) t += b.ars;
    b.total[m] = cents(t);
    b.annual += b.total[m];
  }
  b.annual = cents(b.annual);
}

export function annualHouseholdIncome(h: Household): number {
  let y = 0;
  const a = h.applicant;
  y += 3 * (a.earned[0] + a.earned[1] + a.earned[2] + a.earned[3]) + 12 * a.other;
  const p = h.partner;
  if (p.present) y += 3 * (p.earned[0] + p.earned[1] + p.earned[2] + p.earned[3]) + 12 * p.other;
  return y;
}

function schoolAllowance(h: Household): number {
  let amount = 0;
  let dependants = 0;
  for (let k = 0; k < h.nChildren; k++) {
    const c = h.children[k];
    if (ageOn(c.birth, REF_DAY) < S.AF_MAX_AGE) dependants++;
    if (c.birth > ARS_LAST_BIRTH) continue;
    const age = ageOn(c.birth, ARS_DAY);
    if (age < 6 || age > 18) continue;
    amount += age <= 10 ? S.ARS_6_10 : age <= 14 ? S.ARS_11_14 : S.ARS_15_18;
  }
  return h.rfr <= S.ARS_CEILING_BASE + S.ARS_CEILING_PER_CHILD * dependants ? amount : 0;
}

function housingAid(h: Household, annualIncome: number): number {
  if (h.tenure !== TENANT_PRIVATE && h.tenure !== TENANT_SOCIAL && h.tenure !== HOSTEL) return 0;
  const zone = GIRONDE_COMMUNES[h.commune].zone;
  const dependants = h.nChildren + h.otherDependants;
  const persons = h.adults + dependants;
  const [single, couple, plusOne, perExtra] = S.AL_RENT_CEILING[zone];
  const ceiling =
    dependants === 0 ? (h.adults === 1 ? single : couple) : plusOne + (dependants - 1) * perExtra;
  const rent = Math.min(h.tenure === HOSTEL ? 0.7 * h.rent : h.rent, ceiling);
  const charges = S.AL_CHARGES_BASE + S.AL_CHARGES_PER_PERSON * dependants;
  const p0 = Math.max(S.AL_P0_MIN, S.AL_P0_RATE * (rent + charges));
  const r0 = 3500 + 2200 * (persons - 1);
  const rate = 0.36 / (1 + 0.25 * (persons - 1));
  const participation = p0 + (rate * Math.max(0, annualIncome - r0)) / 12;
  const aid = rent + charges - participation - S.AL_REDUCTION;
  return aid >= S.AL_MIN_PAID ? aid : 0;
}

function housingAidType(h: Household): number {
  if (h.tenure === TENANT_SOCIAL || h.tenure === HOSTEL) return 1;
  const young = h.marital === 1 && h.applicant.age() < 40;
  return h.nChildren + h.otherDependants > 0 || young ? 2 : 3;
}
