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
  MAX_CHILDREN,
  OWNER,
  OWNER_LOAN,
  REF_DAY,
  TENANT_PRIVATE,
  TENANT_SOCIAL,
  YEAR,
} from './household.js';

import * as Scales from './scales.js';

// Plain module constants: module namespace lookups are slow under some loaders, and a property of a
// copied object costs a map check at every use in the month loop.
const {
  AAH_EARNINGS_COUNTED,
  AAH_MAX,
  AEEH_BASE,
  AEEH_COMPLEMENTS,
  AF_AGE_MAJORATION,
  AF_CEILING_1,
  AF_CEILING_2,
  AF_CEILING_PER_CHILD,
  AF_MAX_AGE,
  AF_PER_EXTRA_CHILD,
  AF_THREE_CHILDREN,
  AF_TWO_CHILDREN,
  AL_CHARGES_BASE,
  AL_CHARGES_PER_PERSON,
  AL_MIN_PAID,
  AL_P0_MIN,
  AL_P0_RATE,
  AL_REDUCTION,
  AL_RENT_CEILING,
  APRIL_REVALUATION,
  ARS_11_14,
  ARS_15_18,
  ARS_6_10,
  ARS_CEILING_BASE,
  ARS_CEILING_PER_CHILD,
  ASF_PER_CHILD,
  BMAF,
  CF_AMOUNT,
  CF_CEILING_3_CHILDREN,
  CF_CEILING_PER_CHILD,
  CF_MAJORE_AMOUNT,
  CF_MAJORE_CEILING_FACTOR,
  OCTOBER_HOUSING_REVALUATION,
  PAJE_AB_FULL,
  PAJE_AB_PARTIAL,
  PAJE_CEILING_FULL_1_CHILD,
  PAJE_CEILING_PARTIAL_1_CHILD,
  PAJE_CEILING_PER_CHILD,
  PAJE_CEILING_TWO_INCOMES,
  PPA_BASE,
  PPA_BONUS_MAX,
  PPA_EARNINGS_SHARE,
  PPA_MIN_PAID,
  REF_YEAR,
  RSA_BASE,
  RSA_FROM_THIRD_CHILD,
  RSA_HOUSING_FORFAIT,
  RSA_MIN_PAID,
  RSA_PER_CHILD,
  RSA_SECOND_PERSON,
  SMIC_NET_MONTHLY,
} = Scales;
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
  /** Bit j: series j is non-zero in some month (the others are all zero). */
  used = 0;
}

// (A typed array: read in the month loop, where an array of numbers has its map checked at each read.)
const FIRST_DAY = Float64Array.from({ length: 13 }, (_, m) =>
  m < 12 ? dateToDays(REF_YEAR, m + 1, 1) : dateToDays(REF_YEAR + 1, 1, 1),
);
const ARS_DAY = dateToDays(REF_YEAR, 9, 15);
const ARS_LAST_BIRTH = dateToDays(REF_YEAR - 6, 12, 31);

const INV_YEAR = 1 / YEAR;
const INV_APRIL = 1 / APRIL_REVALUATION;
const INV_OCTOBER = 1 / OCTOBER_HOUSING_REVALUATION;

/**
 * Age in whole years on `day` (calendar-exact enough for eligibility). A product by 1 / YEAR floors
 * as the quotient would: a whole number of days is never within rounding of a multiple of YEAR.
 */
function ageOn(birth: number, day: number): number {
  return Math.floor((day - birth) * INV_YEAR);
}

/** RSA / prime d'activité scale multiplier for a household of `adults` and `dependants`. */
function scaleMultiplier(adults: number, dependants: number): number {
  let m = adults === 2 ? 1 + RSA_SECOND_PERSON : 1;
  for (let r = 1; r <= dependants; r++) {
    if (adults === 1 && r === 1) m += RSA_SECOND_PERSON;
    else m += r <= 2 ? RSA_PER_CHILD : RSA_FROM_THIRD_CHILD;
  }
  return m;
}

const SCALE_1_2_3 = [1, 1.5, 1.8];

/** Forfait logement as a multiple of the one-person amount: 12 % of 1, 16 % of 1.5, 16.5 % of 1.8. */
function housingForfait(persons: number): number {
  const k = Math.min(persons, 3) - 1;
  return RSA_HOUSING_FORFAIT[k] * SCALE_1_2_3[k];
}

// The same figures as tables over the counts a household can have (up to 8 children and an other
// dependant): looked up in the month loop instead of recomputed.
const MAX_DEPENDANTS = MAX_CHILDREN + 1;
const MULTIPLIER = [1, 2].map((adults) =>
  Float64Array.from({ length: MAX_DEPENDANTS + 1 }, (_, d) => scaleMultiplier(adults, d)),
);
const HOUSING_FORFAIT = Float64Array.from({ length: MAX_DEPENDANTS + 3 }, (_, persons) =>
  persons === 0 ? 0 : housingForfait(persons),
);
const PAJE_RATIO = Float64Array.from(
  { length: MAX_CHILDREN + 1 },
  (_, n) => (1 + PAJE_CEILING_PER_CHILD) ** (n - 1),
);

function ppaBonus(earned: number): number {
  const half = 0.5 * SMIC_NET_MONTHLY;
  if (earned <= half) return 0;
  if (earned >= SMIC_NET_MONTHLY) return PPA_BONUS_MAX;
  return (PPA_BONUS_MAX * (earned - half)) / (SMIC_NET_MONTHLY - half);
}

/** s[from + k] = 0 for k < 12, written out (a loop checks the array again at every turn). */
export function zero12(s: Float64Array, from: number): void {
  s[from] = 0;
  s[from + 1] = 0;
  s[from + 2] = 0;
  s[from + 3] = 0;
  s[from + 4] = 0;
  s[from + 5] = 0;
  s[from + 6] = 0;
  s[from + 7] = 0;
  s[from + 8] = 0;
  s[from + 9] = 0;
  s[from + 10] = 0;
  s[from + 11] = 0;
}

/** Each month m of `months` (bit m, m ≥ 1) takes the value of month m - 1, in month order; written out. */
function carry(s: Float64Array, from: number, months: number): void {
  if (months & (1 << 1)) s[from + 1] = s[from];
  if (months & (1 << 2)) s[from + 2] = s[from + 1];
  if (months & (1 << 3)) s[from + 3] = s[from + 2];
  if (months & (1 << 4)) s[from + 4] = s[from + 3];
  if (months & (1 << 5)) s[from + 5] = s[from + 4];
  if (months & (1 << 6)) s[from + 6] = s[from + 5];
  if (months & (1 << 7)) s[from + 7] = s[from + 6];
  if (months & (1 << 8)) s[from + 8] = s[from + 7];
  if (months & (1 << 9)) s[from + 9] = s[from + 8];
  if (months & (1 << 10)) s[from + 10] = s[from + 9];
  if (months & (1 << 11)) s[from + 11] = s[from + 10];
}

/** Compute every benefit of `h` into `b`. */
export function computeBenefits(h: Household, b: Benefits): void {
  const adults = h.adults;
  const twoIncomes = h.partner.present && h.applicant.earned[3] > 0 && h.partner.earned[3] > 0;
  const annualIncome = annualHouseholdIncome(h);
  const youngApplicant = h.applicant.age() < 25;
  const hostedOrOwner = h.tenure === OWNER || h.tenure === OWNER_LOAN || h.tenure === HOSTED;

  // Housing aid: one formula on the last 12 months of income, revalued in October.
  const alBase = housingAid(h, annualIncome);
  b.housingAidType = alBase > 0 ? housingAidType(h) : 0;

  // Most series of most households are zero all year: the buffer starts at zero, a month writes only
  // its non-zero amounts, and `used` (bit j: series j was non-zero in some month) limits the copies
  // and the totals to the series that have anything.
  const flat = b.flat;
  // Only the series of the previous household can be non-zero.
  for (let u = b.used; u !== 0; u &= u - 1) zero12(flat, 12 * (31 - Math.clz32(u & -u)));
  let used = 0;
  // Within a quarter only the children counted can change the amounts (the quarter's earnings, the
  // revaluations and housing aid are the same): a month with the same counts as the one before
  // repeats its amounts, which is most months of most households.
  let prevN = -1;
  let prevUnder3 = 0;
  let prevOver14 = 0;
  let prevAeeh = 0;
  let lastForfait = 0;
  const a = h.applicant;
  const p = h.partner;
  const other = a.other + (p.present ? p.other : 0);
  const nChildren = h.nChildren;
  const children = h.children;
  // What the month loop reads of the household, read once.
  const pPresent = p.present;
  const aEarnedQ = a.earned;
  const pEarnedQ = p.earned;
  const rfr = h.rfr;
  const otherDependants = h.otherDependants;
  const asfFamily = h.kind === 2 && h.noAlimony;
  const student = a.activity === ETUDIANT;
  const multipliers = MULTIPLIER[adults - 1];
  const cfFactor = twoIncomes ? 1.25 : 1;
  const pajeFactor = twoIncomes || adults === 1 ? PAJE_CEILING_TWO_INCOMES : 1;
  const aahEligible =
    a.present &&
    !Number.isNaN(a.disability) &&
    (a.disability >= 80 || (a.disability >= 50 && a.aahRestriction));
  const alEarly = alBase * INV_OCTOBER;
  // Months where the children counted may change (bit m): a birth in the month before, or a child
  // turning 3, 14 or 20. Other months keep the counts of the month before.
  let events = 0;
  for (let k = 0; k < nChildren; k++) {
    const birth = children[k].birth;
    if (birth >= FIRST_DAY[0]) {
      let m = 1;
      while (m < 12 && birth >= FIRST_DAY[m]) m++;
      if (m < 12) events |= 1 << m;
      continue;
    }
    // (ageOn written out: the compiler leaves some of its calls out of line in this large function.)
    const late = Math.floor((FIRST_DAY[12] - 1 - birth) * INV_YEAR);
    if (
      (late === 3 || late === 14 || late === AF_MAX_AGE) &&
      Math.floor((FIRST_DAY[1] - 1 - birth) * INV_YEAR) !== late
    ) {
      let m = 1;
      while (ageOn(birth, FIRST_DAY[m + 1] - 1) !== late) m++;
      events |= 1 << m;
    }
  }
  // Months that do not repeat the month before whatever the children (bit m): January, April (its
  // revaluation), and July and October unless nothing of their quarter changes: the same earnings
  // (most people without a job) and, for October, no housing aid (revalued then). The other months
  // of a quarter repeat the one before but where the children counted may change.
  let newQuarter = 1 | (1 << 3);
  if (aEarnedQ[2] !== aEarnedQ[1] || (pPresent && pEarnedQ[2] !== pEarnedQ[1])) newQuarter |= 1 << 6;
  if (alBase !== 0 || aEarnedQ[3] !== aEarnedQ[2] || (pPresent && pEarnedQ[3] !== pEarnedQ[2]))
    newQuarter |= 1 << 9;
  const computed = newQuarter | events;
  // Months whose amounts repeat the month before (bit m): the others, and those found so below.
  let repeated = ~computed & 0xfff;
  // Only those months are computed, in order (the others repeat the month before).
  for (let r = computed; r !== 0; r &= r - 1) {
    const m = 31 - Math.clz32(r & -r);
    const q = (m / 3) | 0;
    const sameQuarter = (newQuarter & (1 << m)) === 0;
    const first = FIRST_DAY[m];
    const last = FIRST_DAY[m + 1] - 1;
    // Children counted this month: born in an earlier month and not yet 20 at the month's end.
    let n = 0;
    let under3 = 0;
    let over14 = 0;
    let disabledAeeh = 0;
    for (let k = 0; k < nChildren; k++) {
      const c = children[k];
      if (c.birth >= first) continue;
      const age = Math.floor((last - c.birth) * INV_YEAR); // ageOn(c.birth, last), written out
      if (age >= AF_MAX_AGE) continue;
      n++;
      if (age < 3) under3++;
      if (age >= 14) over14++;
      if (c.disabled) disabledAeeh += AEEH_BASE + AEEH_COMPLEMENTS[c.aeehComplement];
    }
    if (
      sameQuarter &&
      n === prevN &&
      under3 === prevUnder3 &&
      over14 === prevOver14 &&
      disabledAeeh === prevAeeh
    ) {
      repeated |= 1 << m;
      continue;
    }
    prevN = n;
    prevUnder3 = under3;
    prevOver14 = over14;
    prevAeeh = disabledAeeh;
    const reval = m < 3 ? INV_APRIL : 1;

    // Allocations familiales.
    let af = 0;
    if (n >= 2) {
      let share = n === 2 ? AF_TWO_CHILDREN : AF_THREE_CHILDREN + AF_PER_EXTRA_CHILD * (n - 3);
      share += AF_AGE_MAJORATION * (n === 2 && over14 === 2 ? 1 : over14);
      const extra = (n - 2) * AF_CEILING_PER_CHILD;
      const modulation = rfr <= AF_CEILING_1 + extra ? 1 : rfr <= AF_CEILING_2 + extra ? 0.5 : 0.25;
      af = share * BMAF * modulation;
    }
    // Complément familial: three children or more, none under 3.
    let cf = 0;
    if (n >= 3 && under3 === 0) {
      const ceiling = (CF_CEILING_3_CHILDREN + (n - 3) * CF_CEILING_PER_CHILD) * cfFactor;
      if (rfr <= ceiling) cf = rfr <= CF_MAJORE_CEILING_FACTOR * ceiling ? CF_MAJORE_AMOUNT : CF_AMOUNT;
    }
    // PAJE allocation de base: a child under 3.
    let paje = 0;
    if (under3 > 0) {
      const ratio = PAJE_RATIO[n] * pajeFactor;
      if (rfr <= PAJE_CEILING_FULL_1_CHILD * ratio) paje = PAJE_AB_FULL;
      else if (rfr <= PAJE_CEILING_PARTIAL_1_CHILD * ratio) paje = PAJE_AB_PARTIAL;
    }
    // Allocation de soutien familial: single parent without alimony, per child.
    const asf = asfFamily ? ASF_PER_CHILD * n : 0;
    const aEarned = aEarnedQ[q];
    const aah = aahEligible ? Math.max(0, AAH_MAX - (a.other + AAH_EARNINGS_COUNTED * aEarned)) : 0;
    const aeeh = disabledAeeh;
    const al = m < 9 ? alEarly : alBase;

    // RSA and prime d'activité on this quarter's resources.
    const dependants = n + otherDependants;
    const persons = adults + dependants;
    const mult = multipliers[dependants];
    const pEarned = pPresent ? pEarnedQ[q] : 0;
    const earned = aEarned + pEarned;
    const familyIncome = (af + cf + asf) * reval + aah * reval;
    const housed = al > 0 || hostedOrOwner;
    const rsaForfait = RSA_BASE * mult * reval;
    const forfaitShare = housed ? HOUSING_FORFAIT[persons] : 0;
    const rsaLogement = housed ? forfaitShare * RSA_BASE * reval : 0;
    let rsa = rsaForfait - earned - other - familyIncome - Math.min(rsaLogement, rsaForfait);
    if (youngApplicant && n === 0) rsa = 0; // RSA before 25 only for parents (simplified)
    if (rsa < RSA_MIN_PAID) rsa = 0;
    let ppa = 0;
    // Students and apprentices qualify only with earnings of at least 0.78 SMIC (simplified).
    const studentTooLow = student && aEarned < 0.78 * SMIC_NET_MONTHLY;
    if (earned > 0 && !studentTooLow) {
      const forfait = PPA_BASE * mult * reval;
      const bonus = ppaBonus(aEarned) + (pPresent ? ppaBonus(pEarned) : 0);
      const resources = earned + other + familyIncome + (housed ? forfaitShare * PPA_BASE * reval : 0);
      ppa = forfait + PPA_EARNINGS_SHARE * earned + bonus * reval - Math.max(forfait, resources) - rsa;
      if (ppa < PPA_MIN_PAID) ppa = 0;
    }
    lastForfait = rsaForfait;

    // Amounts in cents; a zero needs no rounding nor writing. (Written out rather than by a helper:
    // the calls the compiler leaves out of line pass each amount as a boxed number.)
    let c = 0;
    if (af !== 0) {
      c = cents(af * reval);
      flat[m] = c;
      if (c !== 0) used |= 1;
    }
    if (cf !== 0) {
      c = cents(cf * reval);
      flat[12 + m] = c;
      if (c !== 0) used |= 2;
    }
    if (paje !== 0) {
      c = cents(paje * reval);
      flat[24 + m] = c;
      if (c !== 0) used |= 4;
    }
    if (asf !== 0) {
      c = cents(asf * reval);
      flat[36 + m] = c;
      if (c !== 0) used |= 8;
    }
    if (rsa !== 0) {
      c = cents(rsa);
      flat[48 + m] = c;
      if (c !== 0) used |= 16;
    }
    if (ppa !== 0) {
      c = cents(ppa);
      flat[60 + m] = c;
      if (c !== 0) used |= 32;
    }
    if (al !== 0) {
      c = cents(al);
      flat[72 + m] = c;
      if (c !== 0) used |= 64;
    }
    if (aah !== 0) {
      c = cents(aah * reval);
      flat[84 + m] = c;
      if (c !== 0) used |= 128;
    }
    if (aeeh !== 0) {
      c = cents(aeeh * reval);
      flat[96 + m] = c;
      if (c !== 0) used |= 256;
    }
  }
  totals(h, b, used, repeated, lastForfait);
}

/**
 * The end of computeBenefits: the repeated months, the totals and the fields of `b` but the series.
 * (A function of its own: inlined helpers count against a budget per compiled function, and
 * computeBenefits would run out of it for the small ones its month loop calls.)
 */
function totals(h: Household, b: Benefits, used: number, repeated: number, lastForfait: number): void {
  const flat = b.flat;
  // Repeated months copy the month before, in each series that has something.
  if (repeated !== 0)
    for (let u = used; u !== 0; u &= u - 1) carry(flat, 12 * (31 - Math.clz32(u & -u)), repeated);
  b.used = used;
  b.rsaForfait = cents(lastForfait);
  // (Without children there is no school allowance: cents(0) is 0.)
  b.ars = h.nChildren === 0 ? 0 : cents(schoolAllowance(h));
  const total = b.total;
  if (used === 0 && b.ars === 0) {
    // Nothing at all (about a quarter of drawn households, which are drawn again).
    zero12(total, 0);
    b.annual = 0;
    return;
  }
  const ars = b.ars;
  // Months with the same amounts as the month before have its total, but for August and September
  // with a school allowance (paid in August): the others are summed, then copied forward in order.
  let summed = ~repeated & 0xfff;
  if (ars !== 0) summed |= (1 << 7) | (1 << 8);
  // One series alone: its amounts are already in cents, and cents(cents(x)) is cents(x) (the sum
  // starts at 0 all the same, so that a -0 amount totals +0 as before).
  const single = used !== 0 && (used & (used - 1)) === 0;
  const one = 12 * (31 - Math.clz32(used));
  // Two series, the next most common case: added in the same order, without the loop over the series.
  const low = used & -used;
  const high = used ^ low;
  const two = high !== 0 && (high & (high - 1)) === 0;
  const first = 12 * (31 - Math.clz32(low));
  const second = 12 * (31 - Math.clz32(high));
  for (let r = summed; r !== 0; r &= r - 1) {
    const m = 31 - Math.clz32(r & -r);
    if (single && (m !== 7 || ars === 0)) {
      total[m] = 0 + flat[one + m];
      continue;
    }
    let t = 0;
    if (two) t = t + flat[first + m] + flat[second + m];
    else for (let u = used; u !== 0; u &= u - 1) t += flat[12 * (31 - Math.clz32(u & -u)) + m];
    if (m === 7) t += ars;
    total[m] = cents(t);
  }
  carry(total, 0, ~summed & 0xffe);
  // Summed in month order, as written out.
  const annual =
    0 +
    total[0] +
    total[1] +
    total[2] +
    total[3] +
    total[4] +
    total[5] +
    total[6] +
    total[7] +
    total[8] +
    total[9] +
    total[10] +
    total[11];
  b.annual = cents(annual);
}

/**
 * True when a household without children is sure to get nothing whatever its housing, judged from its
 * members alone (earnings, other income, disability, age) with bounds that can only over-estimate
 * each benefit; false: compute. Most households the office would not hold are such, and they can be
 * dropped before their housing is drawn and their year computed.
 */
export function surelyNothing(h: Household): boolean {
  if (h.nChildren !== 0) return false;
  const a = h.applicant;
  const p = h.partner;
  // AAH: eligible at all, compute.
  if (a.disability >= 80 || (a.disability >= 50 && a.aahRestriction)) return false;
  const adults = h.adults;
  const dependants = h.otherDependants;
  const persons = adults + dependants;
  // Housing aid grows with the rent: at the highest ceiling (zone II), is it still under the minimum?
  const ceilings = AL_RENT_CEILING[2];
  const single = ceilings[0];
  const couple = ceilings[1];
  const plusOne = ceilings[2];
  const perExtra = ceilings[3];
  const ceiling = dependants === 0 ? (adults === 1 ? single : couple) : plusOne + (dependants - 1) * perExtra;
  const rc = ceiling + AL_CHARGES_BASE + AL_CHARGES_PER_PERSON * dependants;
  const r0 = 3500 + 2200 * (persons - 1);
  const rate = 0.36 / (1 + 0.25 * (persons - 1));
  const alMax =
    rc -
    Math.max(AL_P0_MIN, AL_P0_RATE * rc) -
    (rate * Math.max(0, annualHouseholdIncome(h) - r0)) / 12 -
    AL_REDUCTION;
  // Margins of a euro or so: the bounds must hold whatever the rounding.
  if (alMax > AL_MIN_PAID - 1) return false;
  const mult = MULTIPLIER[adults - 1][dependants]; // scaleMultiplier(adults, dependants), tabulated
  const rsaMax = RSA_BASE * mult;
  const ppaMax = PPA_BASE * mult;
  const other = a.other + (p.present ? p.other : 0);
  const young = a.age() < 25;
  for (let q = 0; q < 4; q++) {
    const aEarned = a.earned[q];
    const pEarned = p.present ? p.earned[q] : 0;
    const earned = aEarned + pEarned;
    // RSA ≤ its forfait − resources (the other deductions are ≥ 0).
    if (!young && rsaMax - earned - other > RSA_MIN_PAID - 1) return false;
    if (earned > 0 && !(a.activity === ETUDIANT && aEarned < 0.78 * SMIC_NET_MONTHLY)) {
      // PPA ≤ 0.61 · earnings + bonuses + min(0, forfait − resources), the forfait at its highest.
      const bonus = ppaBonus(aEarned) + (p.present ? ppaBonus(pEarned) : 0);
      const ppa = PPA_EARNINGS_SHARE * earned + bonus + Math.min(0, ppaMax - earned - other);
      if (ppa > PPA_MIN_PAID - 1) return false;
    }
  }
  return true;
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
    if (ageOn(c.birth, REF_DAY) < AF_MAX_AGE) dependants++;
    if (c.birth > ARS_LAST_BIRTH) continue;
    const age = ageOn(c.birth, ARS_DAY);
    if (age < 6 || age > 18) continue;
    amount += age <= 10 ? ARS_6_10 : age <= 14 ? ARS_11_14 : ARS_15_18;
  }
  return h.rfr <= ARS_CEILING_BASE + ARS_CEILING_PER_CHILD * dependants ? amount : 0;
}

function housingAid(h: Household, annualIncome: number): number {
  if (h.tenure !== TENANT_PRIVATE && h.tenure !== TENANT_SOCIAL && h.tenure !== HOSTEL) return 0;
  const zone = GIRONDE_COMMUNES[h.commune].zone;
  const dependants = h.nChildren + h.otherDependants;
  const persons = h.adults + dependants;
  const ceilings = AL_RENT_CEILING[zone];
  const single = ceilings[0];
  const couple = ceilings[1];
  const plusOne = ceilings[2];
  const perExtra = ceilings[3];
  const ceiling =
    dependants === 0 ? (h.adults === 1 ? single : couple) : plusOne + (dependants - 1) * perExtra;
  const rent = Math.min(h.tenure === HOSTEL ? 0.7 * h.rent : h.rent, ceiling);
  const charges = AL_CHARGES_BASE + AL_CHARGES_PER_PERSON * dependants;
  const p0 = Math.max(AL_P0_MIN, AL_P0_RATE * (rent + charges));
  const r0 = 3500 + 2200 * (persons - 1);
  const rate = 0.36 / (1 + 0.25 * (persons - 1));
  const participation = p0 + (rate * Math.max(0, annualIncome - r0)) / 12;
  const aid = rent + charges - participation - AL_REDUCTION;
  return aid >= AL_MIN_PAID ? aid : 0;
}

function housingAidType(h: Household): number {
  if (h.tenure === TENANT_SOCIAL || h.tenure === HOSTEL) return 1;
  const young = h.marital === 1 && h.applicant.age() < 40;
  return h.nChildren + h.otherDependants > 0 || young ? 2 : 3;
}
