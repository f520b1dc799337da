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
import { type Benefits, HOUSING_AID_TYPES, MONTHLY_BENEFITS, zero12 } from './benefits.js';
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
 * missing masks. putHousehold writes every cell of a row and its mask, so the buffers, and the
 * columns over them, can be reused from chunk to chunk. A one-row record (n = 1) is filled by
 * putRecord, which leaves the masks alone.
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
    /** 1 where a number is missing (NaN). */
    numMissing: new Uint8Array(COUNT.num * w),
    cats: new Int32Array(COUNT.cat * w),
    catMissing: new Uint8Array(COUNT.cat * w),
    bools: new Uint8Array(COUNT.bool * w),
    boolMissing: new Uint8Array(COUNT.bool * w),
    str: new Array<string>(COUNT.str * w).fill(''),
    strMissing: new Uint8Array(COUNT.str * w),
    /**
     * putRecord: the benefit series the record's row has non-zero (Benefits.used; the others are
     * zero there), and the children it lists. At first as if it had all: all are written.
     */
    recordSeries: (1 << MONTHLY_BENEFITS.length) - 1,
    recordChildren: LISTED_CHILDREN,
  };
}

export type DemoColumns = ReturnType<typeof createDemoColumns>;

// Child k's cells in a one-row record: columns of each kind follow each other from child to child.
const CHILD_BIRTH = CHILD_AT[0].birth;
const CHILD_SEX = CHILD_AT[0].sex;
const CHILD_JOINT = CHILD_AT[0].joint;
if (
  !CHILD_AT.every(
    (s, k) => s.birth === CHILD_BIRTH + k && s.sex === CHILD_SEX + k && s.joint === CHILD_JOINT + k,
  )
)
  throw new Error('demo layout: the children columns are not in sequence');

/** dst[o + k] = src[from + k] for k < 12, written out (a loop checks both arrays again at every turn). */
function copy12(dst: Float64Array, o: number, src: Float64Array, from: number): void {
  dst[o] = src[from];
  dst[o + 1] = src[from + 1];
  dst[o + 2] = src[from + 2];
  dst[o + 3] = src[from + 3];
  dst[o + 4] = src[from + 4];
  dst[o + 5] = src[from + 5];
  dst[o + 6] = src[from + 6];
  dst[o + 7] = src[from + 7];
  dst[o + 8] = src[from + 8];
  dst[o + 9] = src[from + 9];
  dst[o + 10] = src[from + 10];
  dst[o + 11] = src[from + 11];
}

/**
 * Write household `h` with benefits `b` into the one row of `c` (createDemoColumns(1)) as a row
 * record: no missing masks (in a record NaN, -1 and '' are the missing cells), each cell at a constant
 * index (column c at c). The cells of children and series the household does not have are written
 * only where the one before had them. Tables take their rows from such a record (putHousehold).
 */
export function putRecord(c: DemoColumns, h: Household, b: Benefits, allocataire: string): void {
  const a = h.applicant;
  const p = h.partner;
  const F = c.nums;
  const C = c.cats;
  const B = c.bools;
  const S = c.str;
  S[AT.id] = allocataire;
  S[AT.nir] = h.nir;
  S[AT.phone] = h.phone;
  S[AT.email] = h.email;
  F[AT.opened] = h.openedDay;
  F[AT.streetNumber] = h.streetNumber;
  C[AT.streetSuffix] = h.streetSuffix === 'bis' ? 0 : h.streetSuffix === 'ter' ? 1 : -1;
  S[AT.street] = h.street;
  C[AT.postal] = POSTAL_OF_COMMUNE[h.commune][h.postalSlot];
  C[AT.commune] = h.commune;
  C[AT.communeName] = h.commune;
  C[AT.housingType] = h.housingType;
  C[AT.aSex] = a.sex;
  F[AT.aBirth] = a.birth;
  C[AT.aNationality] = a.nationality;
  C[AT.aActivity] = a.activity;
  C[AT.aOccupation] = a.occupation;
  C[AT.marital] = h.marital;
  // The partner's cells, missing without one.
  const pp = p.present;
  B[AT.hasPartner] = pp ? 1 : 0;
  S[AT.pNir] = pp ? h.partnerNir : '';
  C[AT.pSex] = pp ? p.sex : -1;
  F[AT.pBirth] = pp ? p.birth : Number.NaN;
  C[AT.pNationality] = pp ? p.nationality : -1;
  C[AT.pActivity] = pp ? p.activity : -1;
  C[AT.pOccupation] = pp ? p.occupation : -1;
  F[AT.pEarned] = pp ? p.earned[3] : Number.NaN;
  let under3 = 0;
  let under6 = 0;
  let aeeh = 0;
  const nChildren = h.nChildren;
  for (let k = 0; k < nChildren; k++) {
    const ch = h.children[k];
    // Birth days are whole numbers: (REF_DAY - birth) / YEAR < 3 exactly when REF_DAY - birth < 3 · YEAR
    // (no quotient of whole days is within rounding of 3 or 6), without the division.
    const d = REF_DAY - ch.birth;
    if (d < THREE_YEARS) under3++;
    if (d < SIX_YEARS) under6++;
    if (ch.disabled) aeeh++;
    if (k < LISTED_CHILDREN) {
      F[CHILD_BIRTH + k] = ch.birth;
      C[CHILD_SEX + k] = ch.sex;
      B[CHILD_JOINT + k] = ch.jointCustody ? 1 : 0;
    }
  }
  const listed = Math.min(nChildren, LISTED_CHILDREN);
  for (let k = listed; k < c.recordChildren; k++) {
    F[CHILD_BIRTH + k] = Number.NaN;
    C[CHILD_SEX + k] = -1;
    B[CHILD_JOINT + k] = 0;
  }
  c.recordChildren = listed;
  const dependants = nChildren + h.otherDependants;
  F[AT.adults] = h.adults;
  F[AT.children] = nChildren;
  F[AT.under3] = under3;
  F[AT.under6] = under6;
  F[AT.others] = h.otherDependants;
  F[AT.dependants] = dependants;
  F[AT.persons] = h.adults + dependants;
  B[AT.singleParent] = h.kind === 2 ? 1 : 0;
  const pe = p.present ? p.earned : null;
  const ae = a.earned;
  const earned = ae[3] + (pe ? pe[3] : 0);
  const other = a.other + (p.present ? p.other : 0);
  let earnedYear = 3 * (ae[0] + ae[1] + ae[2] + ae[3]);
  if (pe) earnedYear += 3 * (pe[0] + pe[1] + pe[2] + pe[3]);
  F[AT.aEarned] = ae[3];
  F[AT.earned] = round2(earned);
  F[AT.other] = round2(other);
  F[AT.earnedYear] = round2(earnedYear);
  F[AT.otherYear] = round2(12 * other);
  F[AT.rfr] = h.rfr;
  C[AT.tenure] = h.tenure;
  B[AT.social] = h.socialHousing ? 1 : 0;
  F[AT.surface] = h.surface;
  F[AT.rent] = h.rent;
  F[AT.loan] = h.loan;
  C[AT.zone] = GIRONDE_COMMUNES[h.commune].zone === 2 ? 0 : 1;
  F[AT.disability] = a.disability;
  F[AT.aeehChildren] = aeeh;
  F[AT.rsaForfait] = b.rsaForfait;
  C[AT.alType] = b.housingAidType;
  let family = 0;
  const flat = b.flat;
  const used = b.used;
  for (let u = c.recordSeries & ~used; u !== 0; u &= u - 1) {
    // The series' current amount and its 12 months.
    const o = SERIES_AT[31 - Math.clz32(u & -u)];
    F[o] = 0;
    zero12(F, o + 1);
  }
  c.recordSeries = used;
  for (let u = used; u !== 0; u &= u - 1) {
    const j = 31 - Math.clz32(u & -u);
    const from = 12 * j;
    const o = SERIES_AT[j];
    F[o] = flat[from + 11];
    copy12(F, o + 1, flat, from);
    if (FAMILY_SERIES[j]) family += flat[from + 11];
  }
  F[AT.ars] = b.ars;
  copy12(F, AT.total, b.total, 0);
  F[AT.totalYear] = b.annual;
  let parts = dependants <= 2 ? 2 + 0.5 * dependants : dependants + 1;
  parts += 0.5 * aeeh;
  F[AT.qf] = Math.floor((h.rfr / 12 + family) / parts);
}

/** The record putHousehold fills before it copies it into a row of the columns. */
const ROW = createDemoColumns(1);

/**
 * Write household `h` with benefits `b` at row i of `c`: its record (putRecord), copied into the
 * columns, each missing cell (NaN, -1, '') marked in its column's mask.
 */
export function putHousehold(
  c: DemoColumns,
  i: number,
  h: Household,
  b: Benefits,
  allocataire: string,
): void {
  putRecord(ROW, h, b, allocataire);
  const w = c.w;
  const { nums, cats, bools, str } = ROW;
  for (let x = 0, o = i; x < nums.length; x++, o += w) {
    const v = nums[x];
    c.nums[o] = v;
    c.numMissing[o] = Number.isNaN(v) ? 1 : 0;
  }
  for (let x = 0, o = i; x < cats.length; x++, o += w) {
    const v = cats[x];
    c.cats[o] = v;
    c.catMissing[o] = v < 0 ? 1 : 0;
  }
  for (let x = 0, o = i; x < bools.length; x++, o += w) c.bools[o] = bools[x];
  for (let x = 0, o = i; x < str.length; x++, o += w) {
    const v = str[x];
    c.str[o] = v;
    c.strMissing[o] = v === '' ? 1 : 0;
  }
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
 * What numberColumn gives (same fields, in the same order), with the mask putHousehold wrote as it
 * copied each cell: no second scan of the values for NaN.
 */
function numbers(name: string, kind: NumberKind, values: Float64Array, missing: Uint8Array): NumberColumn {
  return { name, kind, length: values.length, values, missing, format: undefined };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
