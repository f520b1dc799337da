// The demo file's columns, filled row by row from drawn households into typed arrays.
import { GIRONDE_COMMUNES } from '../data/communes-gironde.js';
import {
  booleanColumn,
  type Column,
  categoricalColumn,
  type NumberKind,
  numberColumn,
  type StringKind,
  stringColumn,
} from '../table/column.js';
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

const months = Array.from({ length: 12 }, (_, m) => `m${String(m + 1).padStart(2, '0')}`);
const POSTAL_CODES = [...new Set(GIRONDE_COMMUNES.flatMap((c) => c.postalCodes))].sort();
const POSTAL_INDEX = new Map(POSTAL_CODES.map((p, i) => [p, i]));
const COMMUNE_CODES = GIRONDE_COMMUNES.map((c) => c.code);
const COMMUNE_NAMES = GIRONDE_COMMUNES.map((c) => c.name);
const ZONES = ['II', 'III'];
const SERIES = MONTHLY_BENEFITS.length;
// Family benefits counted in the quotient familial.
const FAMILY_SERIES = MONTHLY_BENEFITS.map((b) => ['af', 'cf', 'paje', 'asf', 'aeeh'].includes(b));

interface NumSlot {
  kind: NumberKind;
  v: Float64Array;
}
interface CatSlot {
  categories: readonly string[];
  v: Int32Array;
}
interface BoolSlot {
  v: Uint8Array;
}
interface StrSlot {
  kind: StringKind;
  v: string[];
  m: Uint8Array;
}
type Slot = { name: string } & (
  | ({ t: 'num' } & NumSlot)
  | ({ t: 'cat' } & CatSlot)
  | ({ t: 'bool' } & BoolSlot)
  | ({ t: 'str' } & StrSlot)
);

/** Typed buffers for n rows, one per column, in file order. */
export function createDemoColumns(n: number) {
  const slots: Slot[] = [];
  const num = (name: string, kind: NumberKind = 'numeric') => {
    const s = { name, t: 'num' as const, kind, v: new Float64Array(n) };
    slots.push(s);
    return s.v;
  };
  const cat = (name: string, categories: readonly string[]) => {
    const s = { name, t: 'cat' as const, categories, v: new Int32Array(n) };
    slots.push(s);
    return s.v;
  };
  const bool = (name: string) => {
    const s = { name, t: 'bool' as const, v: new Uint8Array(n) };
    slots.push(s);
    return s.v;
  };
  const str = (name: string, kind: StringKind) => {
    const s = { name, t: 'str' as const, kind, v: new Array<string>(n).fill(''), m: new Uint8Array(n) };
    slots.push(s);
    return s;
  };
  // Object literal properties are evaluated in order, so the slots keep the file's column order.
  return {
    n,
    slots,
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
    series: MONTHLY_BENEFITS.map((b) => ({
      current: num(`${b}_montant_mensuel`),
      months: months.map((m) => num(`${b}_montant_${m}`)),
    })),
    ars: num('ars_montant'),
    total: months.map((m) => num(`total_prestations_${m}`)),
    totalYear: num('total_prestations_annuel'),
  };
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
  c.id.v[i] = allocataire;
  c.nir.v[i] = h.nir;
  if (h.phone) c.phone.v[i] = h.phone;
  else c.phone.m[i] = 1;
  if (h.email) c.email.v[i] = h.email;
  else c.email.m[i] = 1;
  c.opened[i] = h.openedDay;
  c.streetNumber[i] = h.streetNumber;
  c.streetSuffix[i] = h.streetSuffix === 'bis' ? 0 : h.streetSuffix === 'ter' ? 1 : -1;
  c.street.v[i] = h.street;
  c.postal[i] = POSTAL_INDEX.get(h.postalCode) ?? -1;
  c.commune[i] = h.commune;
  c.communeName[i] = h.commune;
  c.housingType[i] = h.housingType;
  c.aSex[i] = a.sex;
  c.aBirth[i] = a.birth;
  c.aNationality[i] = a.nationality;
  c.aActivity[i] = a.activity;
  c.aOccupation[i] = a.occupation;
  c.marital[i] = h.marital;
  c.hasPartner[i] = p.present ? 1 : 0;
  if (p.present) {
    c.pNir.v[i] = h.partnerNir;
    c.pSex[i] = p.sex;
    c.pBirth[i] = p.birth;
    c.pNationality[i] = p.nationality;
    c.pActivity[i] = p.activity;
    c.pOccupation[i] = p.occupation;
    c.pEarned[i] = p.earned[3];
  } else {
    c.pNir.m[i] = 1;
    c.pSex[i] = -1;
    c.pBirth[i] = Number.NaN;
    c.pNationality[i] = -1;
    c.pActivity[i] = -1;
    c.pOccupation[i] = -1;
    c.pEarned[i] = Number.NaN;
  }
  let under3 = 0;
  let under6 = 0;
  let aeeh = 0;
  for (let k = 0; k < h.nChildren; k++) {
    const c = h.children[k];
    const age = (REF_DAY - c.birth) / YEAR;
    if (age < 3) under3++;
    if (age < 6) under6++;
    if (c.disabled) aeeh++;
  }
  const dependants = h.nChildren + h.otherDependants;
  c.adults[i] = h.adults;
  c.children[i] = h.nChildren;
  c.under3[i] = under3;
  c.under6[i] = under6;
  c.others[i] = h.otherDependants;
  c.dependants[i] = dependants;
  c.persons[i] = h.adults + dependants;
  c.singleParent[i] = h.kind === 2 ? 1 : 0;
  for (let k = 0; k < LISTED_CHILDREN; k++) {
    const slot = c.child[k];
    if (k < h.nChildren) {
      const c = h.children[k];
      slot.birth[i] = c.birth;
      slot.sex[i] = c.sex;
      slot.joint[i] = c.jointCustody ? 1 : 0;
    } else {
      slot.birth[i] = Number.NaN;
      slot.sex[i] = -1;
      slot.joint[i] = 0;
    }
  }
  const pe = p.present ? p.earned : null;
  const earned = a.earned[3] + (pe ? pe[3] : 0);
  const other = a.other + (p.present ? p.other : 0);
  let earnedYear = 3 * (a.earned[0] + a.earned[1] + a.earned[2] + a.earned[3]);
  if (pe) earnedYear += 3 * (pe[0] + pe[1] + pe[2] + pe[3]);
  c.aEarned[i] = a.earned[3];
  c.earned[i] = round2(earned);
  c.other[i] = round2(other);
  c.earnedYear[i] = round2(earnedYear);
  c.otherYear[i] = round2(12 * other);
  c.rfr[i] = h.rfr;
  c.tenure[i] = h.tenure;
  c.social[i] = h.socialHousing ? 1 : 0;
  c.surface[i] = h.surface;
  c.rent[i] = h.rent;
  c.loan[i] = h.loan;
  c.zone[i] = GIRONDE_COMMUNES[h.commune].zone === 2 ? 0 : 1;
  c.disability[i] = a.disability; // NaN (missing) when no disability is recognised
  c.aeehChildren[i] = aeeh;
  c.rsaForfait[i] = b.rsaForfait;
  c.alType[i] = b.housingAidType;
  let family = 0;
  for (let j = 0; j < SERIES; j++) {
    const src = b.series[j];
    const dst = c.series[j];
    for (let m = 0; m < 12; m++) dst.months[m][i] = src[m];
    dst.current[i] = src[11];
    if (FAMILY_SERIES[j]) family += src[11];
  }
  c.ars[i] = b.ars;
  for (let m = 0; m < 12; m++) c.total[m][i] = b.total[m];
  c.totalYear[i] = b.annual;
  // CAF quotient familial: (monthly taxable income + family benefits) / parts.
  let parts = 2;
  for (let k = 0; k < dependants; k++) parts += k < 2 ? 0.5 : 1;
  parts += 0.5 * aeeh;
  c.qf[i] = Math.floor((h.rfr / 12 + family) / parts);
}

/** The columns (views over the first `rows` rows). */
export function demoColumnList(c: DemoColumns, rows = c.n): Column[] {
  return c.slots.map((s) => {
    switch (s.t) {
      case 'num':
        return numberColumn(s.name, s.kind, s.v.subarray(0, rows));
      case 'cat':
        return categoricalColumn(s.name, s.categories, s.v.subarray(0, rows));
      case 'bool':
        return booleanColumn(s.name, s.v.subarray(0, rows));
      default:
        return stringColumn(s.name, s.kind, rows === c.n ? s.v : s.v.slice(0, rows), s.m.subarray(0, rows));
    }
  });
}

const round2 = (x: number) => Math.round(x * 100) / 100;
