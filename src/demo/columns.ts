// The demo file's columns, filled row by row from drawn households into typed arrays.
import { GIRONDE_COMMUNES } from '../data/communes-gironde.js';
import {
  booleanColumn,
  type Column,
  categoricalColumn,
  type NumberColumn,
  type NumberKind,
  type StringKind,
  stringColumn,
} from '../table/column.js';
import type { RecordSlot } from '../table/record.js';
import { type Benefits, HOUSING_AID_TYPES, MONTHLY_BENEFITS } from './benefits.js';
import * as household from './household.js';
import {
  ACTIVITIES,
  HOUSING_TYPES,
  type Household,
  MARITAL,
  NATIONALITIES,
  OCCUPATIONS,
  SEXES,
  TENURES,
} from './household.js';

// Local bindings of constants read for every row (namespace lookups are slow under some loaders).
const { LISTED_CHILDREN, REF_DAY, YEAR } = household;
const THREE_YEARS = 3 * YEAR;
const SIX_YEARS = 6 * YEAR;

const months = Array.from({ length: 12 }, (_, m) => `m${String(m + 1).padStart(2, '0')}`);
const POSTAL_CODES = [...new Set(GIRONDE_COMMUNES.flatMap((c) => c.postalCodes))].sort();
const POSTAL_INDEX = new Map(POSTAL_CODES.map((p, i) => [p, i]));
// Each commune's postal codes as codes of the code_postal column.
const POSTAL_OF_COMMUNE = GIRONDE_COMMUNES.map((c) => c.postalCodes.map((p) => POSTAL_INDEX.get(p) ?? -1));
const COMMUNE_CODES = GIRONDE_COMMUNES.map((c) => c.code);
const COMMUNE_NAMES = GIRONDE_COMMUNES.map((c) => c.name);
const ZONES = ['II', 'III'];
// Family benefits counted in the quotient familial.
const FAMILY_SERIES = MONTHLY_BENEFITS.map((b) => ['af', 'cf', 'paje', 'asf', 'aeeh'].includes(b));

// The file's columns, in order. Numbers, category codes and flags of a chunk live in one flat
// column-major buffer per storage type (column c at [c * n, (c + 1) * n)), so that filling a row is
// stores at computed offsets into three typed arrays rather than through ~200 array objects.
type Slot = { name: string; at: number } & (
  | { t: 'num'; kind: NumberKind }
  | { t: 'cat'; categories: readonly string[] }
  | { t: 'bool' }
  | { t: 'str'; kind: StringKind }
);

function layout() {
  const slots: Slot[] = [];
  const count = { num: 0, cat: 0, bool: 0, str: 0 };
  const num = (name: string, kind: NumberKind = 'numeric') => {
    const at = count.num++;
    slots.push({ name, t: 'num', kind, at });
    return at;
  };
  const cat = (name: string, categories: readonly string[]) => {
    const at = count.cat++;
    slots.push({ name, t: 'cat', categories, at });
    return at;
  };
  const bool = (name: string) => {
    const at = count.bool++;
    slots.push({ name, t: 'bool', at });
    return at;
  };
  const str = (name: string, kind: StringKind) => {
    const at = count.str++;
    slots.push({ name, t: 'str', kind, at });
    return at;
  };
  // Object literal properties are evaluated in order, so the slots keep the file's column order.
  const at = {
    id: str('numero_allocataire', 'identifier'),
    nir: str('nir_demandeur', 'identifier'),
    phone: str('telephone', 'identifier'),
    email: str('email', 'identifier'),
    opened: num('date_ouverture_droits', 'date'),
    streetNumber: num('adresse_numero', 'integer'),
    streetSuffix: cat('adresse_complement', ['bis', 'ter']),
    street: str('adresse_voie', 'text'),
    postal: cat('code_postal', POSTAL_CODES),
    commune: cat('commune_code', COMMUNE_CODES),
    communeName: cat('commune_nom', COMMUNE_NAMES),
    housingType: cat('type_logement', HOUSING_TYPES),
    aSex: cat('sexe_demandeur', SEXES),
    aBirth: num('date_naissance_demandeur', 'date'),
    aNationality: cat('nationalite_demandeur', NATIONALITIES),
    aActivity: cat('activite_demandeur', ACTIVITIES),
    aOccupation: cat('csp_demandeur', OCCUPATIONS),
    marital: cat('situation_familiale', MARITAL),
    hasPartner: bool('presence_conjoint'),
    pNir: str('nir_conjoint', 'identifier'),
    pSex: cat('sexe_conjoint', SEXES),
    pBirth: num('date_naissance_conjoint', 'date'),
    pNationality: cat('nationalite_conjoint', NATIONALITIES),
    pActivity: cat('activite_conjoint', ACTIVITIES),
    pOccupation: cat('csp_conjoint', OCCUPATIONS),
    adults: num('nb_adultes', 'integer'),
    children: num('nb_enfants', 'integer'),
    under3: num('nb_enfants_moins_3_ans', 'integer'),
    under6: num('nb_enfants_moins_6_ans', 'integer'),
    others: num('nb_autres_personnes_a_charge', 'integer'),
    dependants: num('nb_personnes_a_charge', 'integer'),
    persons: num('nb_personnes_foyer', 'integer'),
    singleParent: bool('parent_isole'),
    child: Array.from({ length: LISTED_CHILDREN }, (_, k) => ({
      birth: num(`date_naissance_enfant_${k + 1}`, 'date'),
      sex: cat(`sexe_enfant_${k + 1}`, SEXES),
      joint: bool(`garde_alternee_enfant_${k + 1}`),
    })),
    aEarned: num('revenu_activite_mensuel_demandeur'),
    pEarned: num('revenu_activite_mensuel_conjoint'),
    earned: num('revenu_activite_mensuel_foyer'),
    other: num('autres_revenus_mensuels_foyer'),
    earnedYear: num('revenu_activite_annuel_foyer'),
    otherYear: num('autres_revenus_annuels_foyer'),
    rfr: num('revenu_fiscal_reference', 'integer'),
    qf: num('quotient_familial', 'integer'),
    tenure: cat('statut_occupation', TENURES),
    social: bool('logement_social'),
    surface: num('surface_logement', 'integer'),
    rent: num('loyer_mensuel'),
    loan: num('mensualite_pret'),
    zone: cat('zone_logement', ZONES),
    disability: num('aah_taux_incapacite', 'integer'),
    aeehChildren: num('aeeh_nb_enfants', 'integer'),
    rsaForfait: num('rsa_montant_forfaitaire'),
    alType: cat('aide_logement_type', HOUSING_AID_TYPES),
    // Each benefit's December amount, then its 12 months: column series[j] + 1 + m.
    series: MONTHLY_BENEFITS.map((b) => {
      const current = num(`${b}_montant_mensuel`);
      for (const m of months) num(`${b}_montant_${m}`);
      return current;
    }),
    ars: num('ars_montant'),
    // total + m is month m's column.
    total: months.map((m) => num(`total_prestations_${m}`))[0],
    totalYear: num('total_prestations_annuel'),
  };
  return { slots, count, at };
}

const LAYOUT = layout();
const { slots: SLOTS, count: COUNT } = LAYOUT;
/** Column numbers within each storage block. */
const AT = LAYOUT.at;
const CHILD_AT = AT.child;
const SERIES_AT = AT.series;

/**
 * Typed buffers for n rows: one flat block per storage type, plus the string columns and the
 * missing masks. Every cell of a row is written by putHousehold but benefit series that are zero
 * there already (masks: cleared by resetDemoColumns, set where a value is missing: NaN numbers, -1
 * codes), so the buffers, and the columns over them, can be reused from chunk to chunk.
 */
export function createDemoColumns(n: number) {
  // Columns start w = n + 8 values apart, not n: with n a power of two, the cells of one row in
  // every column would fall in the same cache set and evict each other as the row is written. A
  // one-row record (n = 1) is packed: column c of a kind at index c.
  const w = n === 1 ? 1 : n + 8;
  return {
    n,
    w,
    nums: new Float64Array(COUNT.num * w),
    /** 1 where a number is NaN (missing): set as the NaN is written, not found by a scan. */
    numMissing: new Uint8Array(COUNT.num * w),
    cats: new Int32Array(COUNT.cat * w),
    catMissing: new Uint8Array(COUNT.cat * w),
    bools: new Uint8Array(COUNT.bool * w),
    boolMissing: new Uint8Array(COUNT.bool * w),
    str: new Array<string>(COUNT.str * w).fill(''),
    strMissing: new Uint8Array(COUNT.str * w),
    /**
     * Per row, the benefit series written non-zero there last (Benefits.used): the others are zero.
     * Starts as if all were: the first rows clear zeros (harmless), so that putHousehold's clearing
     * code has run before it is optimised (else the optimised code is dropped at the next chunk).
     */
    seriesUsed: new Uint16Array(n).fill((1 << MONTHLY_BENEFITS.length) - 1),
  };
}

/** Clear the masks of reused buffers before they are filled again. */
export function resetDemoColumns(c: DemoColumns): void {
  c.numMissing.fill(0);
  c.catMissing.fill(0);
  c.boolMissing.fill(0);
}

export type DemoColumns = ReturnType<typeof createDemoColumns>;

/** Write household `h` with benefits `b` at buffer row i. */
export function putHousehold(
  c: DemoColumns,
  i: number,
  h: Household,
  b: Benefits,
  allocataire: string,
): void {
  const a = h.applicant;
  const p = h.partner;
  const n = c.w; // the column stride
  const F = c.nums;
  const C = c.cats;
  const B = c.bools;
  const S = c.str;
  const SM = c.strMissing;
  const NM = c.numMissing;
  const CM = c.catMissing;
  S[AT.id * n + i] = allocataire;
  S[AT.nir * n + i] = h.nir;
  // '' is missing (phone, e-mail, partner's NIR); the cell is written either way (reused buffers).
  S[AT.phone * n + i] = h.phone;
  SM[AT.phone * n + i] = h.phone ? 0 : 1;
  S[AT.email * n + i] = h.email;
  SM[AT.email * n + i] = h.email ? 0 : 1;
  F[AT.opened * n + i] = h.openedDay;
  F[AT.streetNumber * n + i] = h.streetNumber;
  const suffix = h.streetSuffix === 'bis' ? 0 : h.streetSuffix === 'ter' ? 1 : -1;
  C[AT.streetSuffix * n + i] = suffix;
  if (suffix < 0) CM[AT.streetSuffix * n + i] = 1;
  S[AT.street * n + i] = h.street;
  C[AT.postal * n + i] = POSTAL_OF_COMMUNE[h.commune][h.postalSlot];
  C[AT.commune * n + i] = h.commune;
  C[AT.communeName * n + i] = h.commune;
  C[AT.housingType * n + i] = h.housingType;
  C[AT.aSex * n + i] = a.sex;
  F[AT.aBirth * n + i] = a.birth;
  C[AT.aNationality * n + i] = a.nationality;
  C[AT.aActivity * n + i] = a.activity;
  C[AT.aOccupation * n + i] = a.occupation;
  C[AT.marital * n + i] = h.marital;
  B[AT.hasPartner * n + i] = p.present ? 1 : 0;
  if (p.present) {
    S[AT.pNir * n + i] = h.partnerNir;
    SM[AT.pNir * n + i] = 0;
    C[AT.pSex * n + i] = p.sex;
    F[AT.pBirth * n + i] = p.birth;
    C[AT.pNationality * n + i] = p.nationality;
    C[AT.pActivity * n + i] = p.activity;
    C[AT.pOccupation * n + i] = p.occupation;
    F[AT.pEarned * n + i] = p.earned[3];
  } else {
    S[AT.pNir * n + i] = '';
    SM[AT.pNir * n + i] = 1;
    C[AT.pSex * n + i] = -1;
    CM[AT.pSex * n + i] = 1;
    F[AT.pBirth * n + i] = Number.NaN;
    NM[AT.pBirth * n + i] = 1;
    C[AT.pNationality * n + i] = -1;
    CM[AT.pNationality * n + i] = 1;
    C[AT.pActivity * n + i] = -1;
    CM[AT.pActivity * n + i] = 1;
    C[AT.pOccupation * n + i] = -1;
    CM[AT.pOccupation * n + i] = 1;
    F[AT.pEarned * n + i] = Number.NaN;
    NM[AT.pEarned * n + i] = 1;
  }
  let under3 = 0;
  let under6 = 0;
  let aeeh = 0;
  for (let k = 0; k < h.nChildren; k++) {
    const c = h.children[k];
    // Birth days are whole numbers: (REF_DAY - birth) / YEAR < 3 exactly when REF_DAY - birth < 3 · YEAR
    // (no quotient of whole days is within rounding of 3 or 6), without the division.
    const d = REF_DAY - c.birth;
    if (d < THREE_YEARS) under3++;
    if (d < SIX_YEARS) under6++;
    if (c.disabled) aeeh++;
  }
  const dependants = h.nChildren + h.otherDependants;
  F[AT.adults * n + i] = h.adults;
  F[AT.children * n + i] = h.nChildren;
  F[AT.under3 * n + i] = under3;
  F[AT.under6 * n + i] = under6;
  F[AT.others * n + i] = h.otherDependants;
  F[AT.dependants * n + i] = dependants;
  F[AT.persons * n + i] = h.adults + dependants;
  B[AT.singleParent * n + i] = h.kind === 2 ? 1 : 0;
  for (let k = 0; k < LISTED_CHILDREN; k++) {
    const slot = CHILD_AT[k];
    if (k < h.nChildren) {
      const c = h.children[k];
      F[slot.birth * n + i] = c.birth;
      C[slot.sex * n + i] = c.sex;
      B[slot.joint * n + i] = c.jointCustody ? 1 : 0;
    } else {
      F[slot.birth * n + i] = Number.NaN;
      NM[slot.birth * n + i] = 1;
      C[slot.sex * n + i] = -1;
      CM[slot.sex * n + i] = 1;
      B[slot.joint * n + i] = 0;
    }
  }
  const pe = p.present ? p.earned : null;
  const earned = a.earned[3] + (pe ? pe[3] : 0);
  const other = a.other + (p.present ? p.other : 0);
  let earnedYear = 3 * (a.earned[0] + a.earned[1] + a.earned[2] + a.earned[3]);
  if (pe) earnedYear += 3 * (pe[0] + pe[1] + pe[2] + pe[3]);
  F[AT.aEarned * n + i] = a.earned[3];
  F[AT.earned * n + i] = round2(earned);
  F[AT.other * n + i] = round2(other);
  F[AT.earnedYear * n + i] = round2(earnedYear);
  F[AT.otherYear * n + i] = round2(12 * other);
  F[AT.rfr * n + i] = h.rfr;
  C[AT.tenure * n + i] = h.tenure;
  B[AT.social * n + i] = h.socialHousing ? 1 : 0;
  F[AT.surface * n + i] = h.surface;
  F[AT.rent * n + i] = h.rent;
  F[AT.loan * n + i] = h.loan;
  C[AT.zone * n + i] = GIRONDE_COMMUNES[h.commune].zone === 2 ? 0 : 1;
  F[AT.disability * n + i] = a.disability; // NaN (missing) when no disability is recognised
  if (Number.isNaN(a.disability)) NM[AT.disability * n + i] = 1;
  F[AT.aeehChildren * n + i] = aeeh;
  F[AT.rsaForfait * n + i] = b.rsaForfait;
  C[AT.alType * n + i] = b.housingAidType;
  let family = 0;
  const flat = b.flat;
  // Only the series with something (most are zero all year): the others are zero in the row already,
  // but for those the row's previous household had, which are cleared.
  const used = b.used;
  for (let u = c.seriesUsed[i] & ~used; u !== 0; u &= u - 1) {
    let o = SERIES_AT[31 - Math.clz32(u & -u)] * n + i;
    for (let m = 0; m < 13; m++, o += n) F[o] = 0;
  }
  c.seriesUsed[i] = used;
  for (let u = used; u !== 0; u &= u - 1) {
    const j = 31 - Math.clz32(u & -u);
    const from = 12 * j;
    let o = SERIES_AT[j] * n + i;
    F[o] = flat[from + 11];
    for (let m = 0; m < 12; m++) {
      o += n;
      F[o] = flat[from + m];
    }
    if (FAMILY_SERIES[j]) family += flat[from + 11];
  }
  F[AT.ars * n + i] = b.ars;
  const total = b.total;
  for (let m = 0, o = AT.total * n + i; m < 12; m++, o += n) F[o] = total[m];
  F[AT.totalYear * n + i] = b.annual;
  // CAF quotient familial: (monthly taxable income + family benefits) / parts.
  // 2 parts, + 0.5 for each of the first two dependants, + 1 for each further one (sums of halves:
  // exact, the same as adding them one by one).
  let parts = dependants <= 2 ? 2 + 0.5 * dependants : dependants + 1;
  parts += 0.5 * aeeh;
  F[AT.qf * n + i] = Math.floor((h.rfr / 12 + family) / parts);
}

const STORES = { num: 'num', cat: 'code', bool: 'flag', str: 'text' } as const;

/** Where each column's cell is in a one-row DemoColumns (createDemoColumns(1)) seen as a row record. */
export function demoRecordSlots(): RecordSlot[] {
  return SLOTS.map((s) => ({ store: STORES[s.t], at: s.at }));
}

/** The columns (views over the first `rows` rows). */
export function demoColumnList(c: DemoColumns, rows = c.n): Column[] {
  return SLOTS.map((s) => {
    const from = s.at * c.w;
    const to = from + rows;
    switch (s.t) {
      case 'num':
        return numbers(s.name, s.kind, c.nums.subarray(from, to), c.numMissing.subarray(from, to));
      case 'cat':
        return categoricalColumn(
          s.name,
          s.categories,
          c.cats.subarray(from, to),
          c.catMissing.subarray(from, to),
        );
      case 'bool':
        return booleanColumn(s.name, c.bools.subarray(from, to), c.boolMissing.subarray(from, to));
      default: {
        return stringColumn(s.name, s.kind, c.str.slice(from, to), c.strMissing.subarray(from, to));
      }
    }
  });
}

/**
 * What numberColumn gives (same fields, in the same order), with the mask putHousehold set as it
 * wrote each NaN: no scan of the values for NaN.
 */
function numbers(name: string, kind: NumberKind, values: Float64Array, missing: Uint8Array): NumberColumn {
  return { name, kind, length: values.length, values, missing, format: undefined };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
