// One fictitious household, drawn as a whole so that its parts hang together: composition first,
// then ages and children's birth dates, then activity and income, then housing. Benefits are computed
// from that in benefits.ts. The object is reused from row to row (no allocation per row).
import { GIRONDE_COMMUNES } from '../data/communes-gironde.js';
import { FIRST_NAMES, SURNAMES } from '../data/names.js';
import { STREET_NAMES, STREET_TYPES } from '../data/streets.js';
import type { Rng } from '../random.js';
import { dateToDays } from '../table/column.js';
import { emailName } from './identifiers.js';
import * as sample from './sample.js';
import { Choice, Weighted } from './sample.js';
import { REF_YEAR } from './scales.js';

// Local bindings: called for every row, and some loaders make namespace lookups slow.
const { below, bernoulli, clippedNormal, gamma, lognormal, noise, uniform } = sample;

export const YEAR = 365.2425;
/** The situation date of the file: 31 December of the reference year. */
export const REF_DAY = dateToDays(REF_YEAR, 12, 31);
export const MAX_CHILDREN = 8;
/** Children described one by one in the file (the others only counted). */
export const LISTED_CHILDREN = 6;

export const KINDS = ['isole', 'couple', 'parent_isole', 'couple_enfants'] as const;
export const SEXES = ['F', 'M'] as const;
export const NATIONALITIES = ['francaise', 'ue', 'hors_ue'] as const;
export const ACTIVITIES = ['salarie', 'independant', 'chomeur', 'etudiant', 'retraite', 'inactif'] as const;
export const OCCUPATIONS = [
  'agriculteur',
  'artisan_commercant',
  'cadre',
  'profession_intermediaire',
  'employe',
  'ouvrier',
  'retraite',
  'sans_activite',
] as const;
export const MARITAL = ['celibataire', 'marie', 'pacse', 'concubinage', 'divorce', 'separe', 'veuf'] as const;
export const TENURES = [
  'locataire_prive',
  'locataire_social',
  'proprietaire_accedant',
  'proprietaire',
  'heberge_gratuit',
  'foyer',
] as const;
export const HOUSING_TYPES = ['appartement', 'maison', 'chambre'] as const;

// Index constants (codes into the category lists above).
const SALARIE = 0;
const INDEPENDANT = 1;
const CHOMEUR = 2;
export const ETUDIANT = 3;
const RETRAITE = 4;
const INACTIF = 5;
export const TENANT_PRIVATE = 0;
export const TENANT_SOCIAL = 1;
export const OWNER_LOAN = 2;
export const OWNER = 3;
export const HOSTED = 4;
export const HOSTEL = 5;

export class Person {
  present = false;
  sex = 0;
  birth = 0;
  nationality = 0;
  activity = 0;
  occupation = 0;
  /** Monthly net earnings in each quarter of the year (Q4 is the reference). */
  readonly earned = new Float64Array(4);
  /** Monthly other income (pensions, unemployment benefit, alimony). */
  other = 0;
  /** Disability rate in % (NaN: none recognised); aahRestriction for the 50–79 % band. */
  disability = Number.NaN;
  aahRestriction = false;
  firstName = '';
  lastName = '';
  /** The names as they appear in an e-mail address (no accents, lower case), and with a '.' after. */
  firstEmail = '';
  lastEmail = '';
  firstEmailDot = '';
  lastEmailDot = '';
  /** Birth place for the NIR: département code and commune/country code. */
  birthDept = '33';
  birthPlace = '063';

  age(day = REF_DAY): number {
    return (day - this.birth) / YEAR;
  }
}

export class Child {
  birth = 0;
  sex = 0;
  jointCustody = false;
  disabled = false;
  aeehComplement = 0;
}

export class Household {
  kind = 0;
  readonly applicant = new Person();
  readonly partner = new Person();
  marital = 0;
  nChildren = 0;
  readonly children: Child[] = Array.from({ length: MAX_CHILDREN }, () => new Child());
  /** Other dependants (an elderly parent, an adult disabled relative). */
  otherDependants = 0;
  /** Single parent receiving no alimony (ASF condition). */
  noAlimony = false;
  commune = 0;
  postalCode = '';
  /** Index of postalCode in the commune's list. */
  postalSlot = 0;
  streetNumber = 1;
  streetSuffix = '';
  street = '';
  housingType = 0;
  tenure = 0;
  socialHousing = false;
  surface = 0;
  rent = 0;
  loan = 0;
  /** Revenu fiscal de référence (income of year N-2, annual). */
  rfr = 0;
  /** First month the household received anything from the office (day number). */
  openedDay = 0;
  /** Synthetic identifiers (identifiers.ts); '' where the office has none. */
  nir = '';
  partnerNir = '';
  phone = '';
  email = '';

  get adults(): number {
    return this.partner.present ? 2 : 1;
  }
}

const communes = new Weighted(GIRONDE_COMMUNES, (c) => c.population);
const femaleNames = new Weighted(
  FIRST_NAMES.filter((n) => n.sex === 'F'),
  (n) => n.weight,
);
const maleNames = new Weighted(
  FIRST_NAMES.filter((n) => n.sex === 'M'),
  (n) => n.weight,
);
const surnames = new Weighted(SURNAMES, (n) => n.weight);
// Each name as a plain string array, and its e-mail form, computed once. (The first-name objects do
// not share a hidden class, so reading .name of one per draw is a megamorphic property look-up.)
const FEMALE_NAMES = femaleNames.items.map((n) => n.name);
const MALE_NAMES = maleNames.items.map((n) => n.name);
const SURNAME_NAMES = surnames.items.map((n) => n.name);
const FEMALE_EMAIL = FEMALE_NAMES.map(emailName);
const MALE_EMAIL = MALE_NAMES.map(emailName);
const SURNAME_EMAIL = SURNAME_NAMES.map(emailName);
// Joined (flat strings): pieces of the addresses, so that each is joined from three parts, not five.
const FEMALE_EMAIL_DOT = FEMALE_EMAIL.map((e) => [e, '.'].join(''));
const MALE_EMAIL_DOT = MALE_EMAIL.map((e) => [e, '.'].join(''));
const SURNAME_EMAIL_DOT = SURNAME_EMAIL.map((e) => [e, '.'].join(''));
const streetTypes = new Weighted(STREET_TYPES, (t) => t.weight);
// Each commune has its own fixed set of streets, more in larger communes (about √population / 2),
// so that households of a commune share street names as in a real file. Built once per commune.
const streetsOf: string[][] = [];
// A step coprime with the number of names, so that k * step visits every name before repeating.
const NAME_STEP = (() => {
  const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);
  let step = 7;
  while (gcd(step, STREET_NAMES.length) !== 1) step++;
  return step;
})();

function communeStreets(commune: number): string[] {
  let list = streetsOf[commune];
  if (!list) {
    const n = Math.min(400, Math.max(20, Math.round(Math.sqrt(GIRONDE_COMMUNES[commune].population) / 2)));
    list = [];
    for (let k = 0; k < n; k++) {
      // A fixed hash of (commune, k) picks the kind of way with its weight; names cycle through the list.
      const u = ((Math.imul(k + 1, 2654435761) ^ Math.imul(commune + 1, 40503)) >>> 0) / 4294967296;
      const type = streetTypes.items[streetTypes.indexOf(u)].name;
      // Joined: a flat string (the CSV writer reads its characters for every row that has it).
      list.push([type, STREET_NAMES[(k * NAME_STEP + commune * 13) % STREET_NAMES.length]].join(' '));
    }
    streetsOf[commune] = list;
  }
  return list;
}

/** A street of the given commune (index into GIRONDE_COMMUNES). */
export function drawStreet(rng: Rng, commune: number): string {
  const list = communeStreets(commune);
  return list[below(rng, list.length)];
}

export function drawCommune(rng: Rng): number {
  return communes.index(rng);
}

export function drawFirstName(rng: Rng, sex: number): string {
  return sex === 0 ? FEMALE_NAMES[femaleNames.index(rng)] : MALE_NAMES[maleNames.index(rng)];
}

export function drawSurname(rng: Rng): string {
  return SURNAME_NAMES[surnames.index(rng)];
}

/** Street number: mostly small, a long tail (route numbers run into the hundreds). */
export function drawStreetNumber(rng: Rng): number {
  return 1 + (Math.floor(lognormal(rng, 14, 1.0)) % 400);
}

const days = (years: number) => Math.round(years * YEAR);

/**
 * A new household in `h`, drawn in two parts: drawMembers (the people, their ages, activity and
 * income), then drawHome. Together they are everything its benefits depend on. The rest (names, birth
 * places, street, identifiers) is drawn by drawDetails only once the household is kept: about a
 * quarter of drawn households get no benefit and are drawn again.
 */
export function drawMembers(rng: Rng, h: Household): void {
  h.kind = HOUSEHOLD_KINDS.pick(rng);
  const a = h.applicant;
  const p = h.partner;
  a.present = true;
  p.present = h.kind === 1 || h.kind === 3;
  h.nChildren = 0;
  h.otherDependants = bernoulli(rng, 0.012) ? 1 : 0;
  a.disability = Number.NaN;
  p.disability = Number.NaN;

  if (h.kind >= 2) drawFamily(rng, h);
  else drawAdults(rng, h);

  const youngChild = h.nChildren > 0 && REF_DAY - h.children[h.nChildren - 1].birth < days(3);
  drawPerson(rng, h, a, youngChild);
  if (p.present) drawPerson(rng, h, p, youngChild);
}

/** The second part of a household: marital status, alimony, commune, housing, tax income. */
export function drawHome(rng: Rng, h: Household): void {
  drawMarital(rng, h);
  drawAlimony(rng, h);
  h.commune = drawCommune(rng);
  drawHousing(rng, h);
  drawTaxIncome(rng, h);
}

/** The parts of a kept household that no benefit depends on. */
export function drawDetails(rng: Rng, h: Household): void {
  const a = h.applicant;
  // One call site for both adults: each site is inlined, against the compiler's budget for this function.
  for (let k = 0; k < h.adults; k++) drawIdentity(rng, k === 0 ? a : h.partner);
  drawAddress(rng, h);
  // Rights opened at 18 at the earliest, often around the first child's birth, within the last 25 years.
  const adultAt = a.birth + Math.ceil(18 * 365.25);
  let earliest = Math.max(adultAt, REF_DAY - days(25));
  if (h.nChildren) earliest = Math.max(earliest, Math.min(h.children[0].birth - 200, REF_DAY - 60));
  const latest = REF_DAY - 30;
  // Computed whichever branch is taken: the first use of an operation in a branch never taken before
  // (one household in tens of thousands here) drops the optimised code of the whole draw.
  const lateOpening = Math.max(adultAt, latest);
  h.openedDay = earliest >= latest ? lateOpening : earliest + below(rng, latest - earliest);
}

function drawAdults(rng: Rng, h: Household): void {
  const a = h.applicant;
  let age: number;
  if (h.kind === 0) {
    const band = SINGLE_AGE_BANDS.pick(rng);
    age = band === 0 ? 18 + uniform(rng) * 7 : band === 1 ? 25 + uniform(rng) * 35 : 60 + gamma(rng, 1.5, 6);
    a.sex = bernoulli(rng, 0.5) ? 0 : 1;
  } else {
    const band = COUPLE_AGE_BANDS.pick(rng);
    age = band === 0 ? 20 + uniform(rng) * 15 : band === 1 ? 35 + uniform(rng) * 25 : 60 + gamma(rng, 1.5, 5);
    a.sex = bernoulli(rng, 0.45) ? 0 : 1;
  }
  a.birth = REF_DAY - days(Math.min(age, 95)) - below(rng, 365);
  if (h.partner.present) {
    const p = h.partner;
    p.sex = bernoulli(rng, 0.03) ? a.sex : 1 - a.sex;
    // Men are on average 2–3 years older than their female partner (INSEE, couples).
    const gap = clippedNormal(rng, 2.5, 4, -10, 15) * (a.sex === 0 ? 1 : -1);
    p.birth = Math.min(a.birth - days(gap), REF_DAY - days(18.1) - below(rng, 200));
  }
}

// Fixed probability tables and code lists (module constants: no allocation per row).
const HOUSEHOLD_KINDS = new Choice([0.47, 0.08, 0.14, 0.31]);
const SINGLE_AGE_BANDS = new Choice([0.28, 0.5, 0.22]);
const COUPLE_AGE_BANDS = new Choice([0.55, 0.25, 0.2]);
const AEEH_COMPLEMENT_LEVELS = new Choice([0.5, 0.2, 0.15, 0.1, 0.05]);
const NATIONALITY_SHARES = new Choice([0.86, 0.035, 0.105]);
const ACTIVITY_60_61 = new Choice([0.4, 0.05, 0.15, 0, 0.25, 0.15]);
const ACTIVITY_62_PLUS = new Choice([0.05, 0.02, 0.01, 0, 0.88, 0.04]);
const OCCUPATION_OF_EMPLOYEES = new Choice([0.14, 0.24, 0.37, 0.25]);
const OCCUPATION_OF_UNEMPLOYED = new Choice([0.05, 0.15, 0.45, 0.35]);
const COUPLE_MARITAL = new Choice([0.5, 0.2, 0.3]);
const SINGLE_PARENT_MARITAL = new Choice([0.45, 0.35, 0.18, 0.02]);
const ELDERLY_MARITAL = new Choice([0.2, 0.35, 0.45]);
const OCCUPATION_OF_SELF_EMPLOYED = [1, 1, 1, 1, 1, 1, 1, 0, 2, 2];
const SINGLE_PARENT_MARITAL_CODES = [0, 4, 5, 6];
const ELDERLY_MARITAL_CODES = [0, 4, 6];
const SINGLE_MARITAL_CODES = [0, 4, 5, 6];
const TENURE_YOUNG_SINGLE = new Choice([0.45, 0.15, 0.01, 0, 0.24, 0.15]);
const TENURE_65_PLUS = new Choice([0.25, 0.35, 0.02, 0.3, 0.05, 0.03]);
const TENURE_LOW_INCOME = new Choice([0.4, 0.38, 0.04, 0.06, 0.08, 0.04]);
const TENURE_MIDDLE_INCOME = new Choice([0.34, 0.28, 0.25, 0.08, 0.04, 0.01]);
const TENURE_HIGH_INCOME = new Choice([0.25, 0.1, 0.45, 0.17, 0.02, 0.01]);

// Tables that depend on the person: one per case (the inactive share is 0.08, + 0.12 for mothers of
// a child under 3).
const ACTIVITY_UNDER_25_SINGLE = new Choice([0.34, 0.01, 0.15, 0.45, 0, 0.08]);
const ACTIVITY_UNDER_25 = new Choice([0.34, 0.01, 0.15, 0.1, 0, 0.08]);
const ACTIVITY_25_59_MOTHER = new Choice([0.62, 0.07, 0.13, 0.01, 0, 0.08 + 0.12]);
const ACTIVITY_25_59 = new Choice([0.62, 0.07, 0.13, 0.01, 0, 0.08 + 0]);
const SINGLE_MARITAL_YOUNG = new Choice([0.9, 0.25, 0.08, 0.02]);
const SINGLE_MARITAL = new Choice([0.62, 0.25, 0.08, 0.02]);

const CHILDREN_COUPLE = new Choice([0.4, 0.36, 0.17, 0.05, 0.014, 0.004, 0.001, 0.001]);
const CHILDREN_SINGLE = new Choice([0.5, 0.32, 0.13, 0.04, 0.008, 0.002]);

// u^1.1 on [0, 1) by linear interpolation in a table (Math.pow is the costliest call of a family
// draw; the table is off by less than 2e-5, a fraction of a day of the youngest child's age).
const POW11_STEPS = 1024;
const POW11 = Float64Array.from({ length: POW11_STEPS + 1 }, (_, k) => (k / POW11_STEPS) ** 1.1);
function pow11(u: number): number {
  const x = u * POW11_STEPS;
  const k = Math.floor(x);
  return POW11[k] + (x - k) * (POW11[k + 1] - POW11[k]);
}

// Birth intervals of the family being drawn (reused: no array per household).
const GAPS = new Float64Array(MAX_CHILDREN);

function drawFamily(rng: Rng, h: Household): void {
  const n = 1 + (h.kind === 3 ? CHILDREN_COUPLE : CHILDREN_SINGLE).pick(rng);
  // Birth intervals: at least ~1 year, about 3 years on average.
  const gaps = GAPS;
  let span = 0;
  for (let k = 1; k < n; k++) {
    const g = 0.9 + gamma(rng, 2, 1);
    gaps[k - 1] = g;
    span += g;
  }
  // Scaled to 18 years in all, for the few families beyond: f is 1 for the others. (Computed for every
  // family: the first use of an operation in a branch never taken before drops the optimised code.)
  const f = Math.min(1, 18 / span);
  span = Math.min(span, 18);
  // Age of the youngest: families with young children are more common among allocataires.
  const youngest = (19.9 - span) * pow11(uniform(rng));
  h.nChildren = n;
  let age = youngest + span;
  for (let k = 0; k < n; k++) {
    const c = h.children[k];
    c.birth = Math.min(REF_DAY, REF_DAY - days(age) + below(rng, 60) - 30);
    c.sex = bernoulli(rng, 0.512) ? 1 : 0; // 105 boys for 100 girls at birth
    c.disabled = bernoulli(rng, 0.025);
    c.aeehComplement = c.disabled ? AEEH_COMPLEMENT_LEVELS.pick(rng) : 0;
    c.jointCustody = false;
    if (k < n - 1) age -= gaps[k] * f;
  }
  // Mother's age at the first birth (INSEE: about 29 years on average in the 2020s).
  let motherAtFirst = clippedNormal(rng, 28.5, 5, 17, 42);
  if (motherAtFirst + span > 45) motherAtFirst = Math.max(16.5, 45 - span);
  const motherBirth = h.children[0].birth - days(motherAtFirst) - below(rng, 200);
  const fatherGap = clippedNormal(rng, 2.5, 4.5, -8, 15);
  const fatherBirth = Math.min(motherBirth - days(fatherGap), h.children[0].birth - days(17.5));
  const a = h.applicant;
  const p = h.partner;
  // Allocataires are adults: a parent under 18 on the reference date is made older (still 16+ at births).
  const adult = REF_DAY - days(18.2);
  const mother = Math.min(motherBirth, adult - below(rng, 300));
  const father = Math.min(fatherBirth, adult - below(rng, 300));
  if (h.kind === 3) {
    // In couples the office's allocataire is most often the mother.
    const motherIsApplicant = bernoulli(rng, 0.8);
    a.sex = motherIsApplicant ? 0 : 1;
    a.birth = motherIsApplicant ? mother : father;
    p.sex = 1 - a.sex;
    p.birth = motherIsApplicant ? father : mother;
    // Step-families: a small share of children alternate between homes.
    for (let k = 0; k < n; k++) h.children[k].jointCustody = bernoulli(rng, 0.03);
  } else {
    // INSEE: about 82 % of single-parent families are a mother with her children.
    a.sex = bernoulli(rng, 0.83) ? 0 : 1;
    a.birth = a.sex === 0 ? mother : father;
    const jointProb = a.sex === 0 ? 0.12 : 0.35;
    for (let k = 0; k < n; k++) {
      const c = h.children[k];
      c.jointCustody = REF_DAY - c.birth > days(2.5) && bernoulli(rng, jointProb);
    }
  }
}

function drawPerson(rng: Rng, h: Household, person: Person, youngChild: boolean): void {
  const age = person.age();
  // Partners mostly share the applicant's nationality group.
  person.nationality =
    person === h.partner && bernoulli(rng, 0.8) ? h.applicant.nationality : NATIONALITY_SHARES.pick(rng);
  // Disability first: it shapes activity (AAH).
  const disabilityRisk = h.kind === 0 ? 0.13 : h.kind === 1 ? 0.06 : 0.035;
  if (age >= 20 && age < 64 && person === h.applicant && bernoulli(rng, disabilityRisk)) {
    const severe = bernoulli(rng, 0.6);
    person.disability = severe ? 80 + 5 * below(rng, 4) : 50 + 5 * below(rng, 6);
    person.aahRestriction = !severe && bernoulli(rng, 0.85);
  } else {
    person.disability = bernoulli(rng, 0.01) ? 50 + 5 * below(rng, 6) : Number.NaN;
    person.aahRestriction = false;
  }
  let act: number;
  if (!Number.isNaN(person.disability) && person.disability >= 50 && person === h.applicant && age < 64) {
    act = bernoulli(rng, 0.22) ? SALARIE : INACTIF;
  } else if (age < 25) {
    act = (h.kind === 0 ? ACTIVITY_UNDER_25_SINGLE : ACTIVITY_UNDER_25).pick(rng);
  } else if (age < 60) {
    act = (youngChild && person.sex === 0 ? ACTIVITY_25_59_MOTHER : ACTIVITY_25_59).pick(rng);
  } else if (age < 62) {
    act = ACTIVITY_60_61.pick(rng);
  } else {
    act = ACTIVITY_62_PLUS.pick(rng);
  }
  person.activity = act;
  person.occupation =
    act === SALARIE
      ? 2 + OCCUPATION_OF_EMPLOYEES.pick(rng)
      : act === INDEPENDANT
        ? OCCUPATION_OF_SELF_EMPLOYED[below(rng, 10)]
        : act === CHOMEUR
          ? 2 + OCCUPATION_OF_UNEMPLOYED.pick(rng)
          : act === RETRAITE
            ? 6
            : 7;
  drawIncome(rng, person, age, youngChild);
}

/**
 * A person's birth place and names. (One function for both adults: with its parts written twice in
 * drawDetails, the compiler ran out of its inlining budget there and called the smallest draws.)
 */
function drawIdentity(rng: Rng, person: Person): void {
  drawBirthPlace(rng, person);
  drawNames(rng, person);
}

function drawBirthPlace(rng: Rng, person: Person): void {
  if (person.nationality === 0) {
    const bornHere = uniform(rng);
    if (bornHere < 0.6) person.birthDept = '33';
    else {
      // (No département 20: Corsica is 2A / 2B.)
      const dept = 1 + below(rng, 95);
      person.birthDept = pad2(dept === 20 ? 24 : dept);
    }
    person.birthPlace = pad3(1 + below(rng, bornHere < 0.6 ? 560 : 300));
  } else {
    person.birthDept = '99';
    const countries = person.nationality === 1 ? EU_COUNTRIES : OTHER_COUNTRIES;
    person.birthPlace = countries[below(rng, countries.length)];
  }
}

function drawNames(rng: Rng, person: Person): void {
  const female = person.sex === 0;
  const f = (female ? femaleNames : maleNames).index(rng);
  person.firstName = (female ? FEMALE_NAMES : MALE_NAMES)[f];
  person.firstEmail = (female ? FEMALE_EMAIL : MALE_EMAIL)[f];
  person.firstEmailDot = (female ? FEMALE_EMAIL_DOT : MALE_EMAIL_DOT)[f];
  const l = surnames.index(rng);
  person.lastName = SURNAME_NAMES[l];
  person.lastEmail = SURNAME_EMAIL[l];
  person.lastEmailDot = SURNAME_EMAIL_DOT[l];
}

// INSEE country codes (after département 99) of common birth countries: Spain, Portugal, Italy,
// Germany; Morocco, Algeria, Tunisia, Turkey, Senegal.
const EU_COUNTRIES = ['134', '139', '127', '109'];
const OTHER_COUNTRIES = ['350', '352', '351', '208', '341'];

const SALARY_MEDIAN = [1750, 2200, 3800, 2600, 1800, 1900];

function drawIncome(rng: Rng, person: Person, age: number, youngChild: boolean): void {
  let monthly = 0;
  let other = 0;
  switch (person.activity) {
    case SALARIE: {
      const experience = 0.72 + 0.28 * Math.min(1, Math.max(0, (age - 20) / 25));
      monthly = lognormal(rng, SALARY_MEDIAN[person.occupation] * experience, 0.3);
      const partTime = age < 25 ? 0.3 : person.sex === 0 ? (youngChild ? 0.35 : 0.25) : 0.08;
      if (bernoulli(rng, partTime)) monthly *= 0.45 + 0.35 * uniform(rng);
      if (!Number.isNaN(person.disability)) monthly *= 0.6;
      monthly = Math.max(monthly, 250);
      break;
    }
    case INDEPENDANT:
      monthly = bernoulli(rng, 0.12) ? 50 + 300 * uniform(rng) : lognormal(rng, 1700, 0.75);
      break;
    case CHOMEUR:
      if (bernoulli(rng, 0.25)) monthly = lognormal(rng, 500, 0.5);
      if (bernoulli(rng, 0.6)) other = lognormal(rng, 1100, 0.35);
      break;
    case ETUDIANT:
      if (bernoulli(rng, 0.35)) monthly = lognormal(rng, 550, 0.5);
      break;
    case RETRAITE:
      other = lognormal(rng, 1250, 0.45);
      break;
    default:
      if (!Number.isNaN(person.disability)) {
        if (bernoulli(rng, 0.2)) other = lognormal(rng, 550, 0.4);
      } else if (bernoulli(rng, 0.1)) other = lognormal(rng, 400, 0.6);
  }
  person.earned[3] = Math.round(monthly * 100) / 100;
  // Earlier quarters: small variations, and some jobs started or lost during the year.
  const changed = uniform(rng);
  // (No noise is drawn for an amount that is zero or replaced anyway.)
  // (Each branch stores its own amount: a variable merging the amounts of the branches, one of them
  // returned by a call, was kept boxed, a heap number allocated per quarter.)
  const earned = person.earned;
  for (let q = 0; q < 3; q++) {
    if (person.activity === CHOMEUR && changed < 0.15 && q < 2) earned[q] = money(lognormal(rng, 1400, 0.3));
    else if (monthly !== 0 && !(person.activity === SALARIE && changed < 0.1 && q < 2))
      earned[q] = money(monthly * noise(rng, 0.12));
    else earned[q] = 0;
  }
  person.other = Math.round(other * 100) / 100;
}

/** An amount in cents (0 for 0, as for -0). */
function money(x: number): number {
  return x === 0 ? 0 : Math.round(x * 100) / 100;
}

function drawMarital(rng: Rng, h: Household): void {
  const age = h.applicant.age();
  if (h.partner.present) h.marital = 1 + COUPLE_MARITAL.pick(rng);
  else if (h.kind === 2) h.marital = SINGLE_PARENT_MARITAL_CODES[SINGLE_PARENT_MARITAL.pick(rng)];
  else if (age > 65) h.marital = ELDERLY_MARITAL_CODES[ELDERLY_MARITAL.pick(rng)];
  else h.marital = SINGLE_MARITAL_CODES[(age < 30 ? SINGLE_MARITAL_YOUNG : SINGLE_MARITAL).pick(rng)];
}

function drawAlimony(rng: Rng, h: Household): void {
  h.noAlimony = false;
  if (h.kind !== 2) return;
  // About a third of single parents get no (or no regular) alimony: the ASF case.
  h.noAlimony = h.marital === 6 || bernoulli(rng, 0.38);
  if (!h.noAlimony && !(h.applicant.sex === 1 && bernoulli(rng, 0.7))) {
    h.applicant.other += Math.round(lognormal(rng, 170, 0.4) * h.nChildren * 100) / 100;
  }
}

function drawAddress(rng: Rng, h: Household): void {
  const c = GIRONDE_COMMUNES[h.commune];
  h.postalSlot = below(rng, c.postalCodes.length);
  h.postalCode = c.postalCodes[h.postalSlot];
  h.street = drawStreet(rng, h.commune);
  h.streetNumber = drawStreetNumber(rng);
  h.streetSuffix = bernoulli(rng, 0.03) ? (bernoulli(rng, 0.8) ? 'bis' : 'ter') : '';
}

export function monthlyIncome(h: Household, quarter = 3): number {
  let y = h.applicant.earned[quarter] + h.applicant.other;
  if (h.partner.present) y += h.partner.earned[quarter] + h.partner.other;
  return y;
}

// Index of Bordeaux in the commune list (a number compared per household, not a code string).
const BORDEAUX = GIRONDE_COMMUNES.findIndex((c) => c.code === '33063');

function drawHousing(rng: Rng, h: Household): void {
  const y = monthlyIncome(h);
  const age = h.applicant.age();
  const persons = h.adults + h.nChildren + h.otherDependants;
  const commune = GIRONDE_COMMUNES[h.commune];
  let probs: Choice;
  if (h.kind === 0 && age < 25) probs = TENURE_YOUNG_SINGLE;
  else if (age >= 65) probs = TENURE_65_PLUS;
  else if (y < 1500) probs = TENURE_LOW_INCOME;
  else if (y < 3500) probs = TENURE_MIDDLE_INCOME;
  else probs = TENURE_HIGH_INCOME;
  h.tenure = probs.pick(rng);
  // Hostels and student residences house people without children: families rent privately instead.
  if (h.tenure === HOSTEL && h.nChildren > 0) h.tenure = TENANT_PRIVATE;
  h.socialHousing = h.tenure === TENANT_SOCIAL;
  const bordeaux = h.commune === BORDEAUX;
  if (h.tenure === HOSTEL) {
    h.housingType = 2;
    h.surface = 14 + below(rng, 8);
    h.rent = Math.round((330 + 170 * uniform(rng)) * 100) / 100;
    h.loan = 0;
    return;
  }
  let maison = bordeaux ? 0.12 : commune.zone === 2 ? 0.45 : 0.7;
  if (h.tenure === TENANT_SOCIAL) maison *= 0.4;
  if (h.tenure === OWNER || h.tenure === OWNER_LOAN) maison = Math.min(0.95, maison * 1.4);
  h.housingType = bernoulli(rng, maison) ? 1 : 0;
  // Larger homes for larger households, and somewhat larger for higher incomes.
  const means = Math.min(1.25, Math.max(0.75, 0.75 + (0.25 * y) / 2500));
  h.surface = Math.round(Math.max(12, (16 + 17 * Math.min(persons, 6)) * means * noise(rng, 0.2)));
  h.rent = 0;
  h.loan = 0;
  if (h.tenure === TENANT_PRIVATE) {
    const perM2 = bordeaux ? 15 : commune.zone === 2 ? 13 : 10.5;
    h.rent = Math.round(h.surface * perM2 * noise(rng, 0.15) * 100) / 100;
  } else if (h.tenure === TENANT_SOCIAL) {
    h.rent = Math.round(h.surface * 6.2 * noise(rng, 0.12) * 100) / 100;
  } else if (h.tenure === OWNER_LOAN) {
    h.loan = Math.round(Math.min(lognormal(rng, 850, 0.35), Math.max(300, 0.45 * y)) * 100) / 100;
  }
}

function drawTaxIncome(rng: Rng, h: Household): void {
  // Income of two years earlier, as declared: earnings and taxable other income, after the 10 % allowance.
  const a = h.applicant;
  let annual = 3 * (a.earned[0] + a.earned[1] + a.earned[2] + a.earned[3]) + 12 * a.other;
  const p = h.partner;
  if (p.present) annual += 3 * (p.earned[0] + p.earned[1] + p.earned[2] + p.earned[3]) + 12 * p.other;
  const rfr = 0.9 * 0.93 * annual * noise(rng, 0.2);
  h.rfr = rfr < 100 ? 0 : Math.round(rfr);
}

// Zero-padded codes from tables built once (no string per draw).
const PAD3 = Array.from({ length: 1000 }, (_, x) => String(x).padStart(3, '0'));
const PAD2 = PAD3.slice(0, 100).map((s) => s.slice(1));
const pad2 = (x: number) => PAD2[x];
const pad3 = (x: number) => PAD3[x];
