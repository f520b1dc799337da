// The coherence rules of the demo population, as data (the expression language of src/table/rules.ts).
// The tests check that every generated file satisfies them; `fictif demo --rules rules.json` writes
// them so that synthesis and evaluation can reuse them as constraints.
import type { Rule } from '../table/rules.js';
import { MONTHLY_BENEFITS } from './benefits.js';
import { LISTED_CHILDREN, MAX_CHILDREN } from './household.js';
import { AAH_MAX, REF_YEAR } from './scales.js';

const REF = `date('${REF_YEAR}-12-31')`;
const months = Array.from({ length: 12 }, (_, m) => `m${String(m + 1).padStart(2, '0')}`);
const children = Array.from({ length: LISTED_CHILDREN }, (_, k) => k + 1);
const TENANTS = "('locataire_prive', 'locataire_social', 'foyer')";
const CSS = 'Code de la sécurité sociale';

const rule = (id: string, description: string, expr: string, source?: string): Rule =>
  source ? { id, description, expr, source } : { id, description, expr };

export const DEMO_RULES: Rule[] = [
  // People and dates.
  rule(
    'demandeur_majeur',
    'The applicant is 18 to 105 years old on the reference date',
    `date_naissance_demandeur <= ${REF} - 18 * 365.25 and date_naissance_demandeur > ${REF} - 105 * 365.25`,
  ),
  rule(
    'conjoint_majeur',
    'The partner is 18 to 105 years old on the reference date',
    `date_naissance_conjoint <= ${REF} - 18 * 365.25 and date_naissance_conjoint > ${REF} - 105 * 365.25`,
  ),
  ...children.map((k) =>
    rule(
      `enfant_${k}_apres_16_ans_demandeur`,
      `Child ${k} was born after the applicant turned 16`,
      `date_naissance_enfant_${k} >= date_naissance_demandeur + 16 * 365.25`,
    ),
  ),
  ...children.map((k) =>
    rule(
      `enfant_${k}_apres_16_ans_conjoint`,
      `Child ${k} was born after the partner turned 16`,
      `date_naissance_enfant_${k} >= date_naissance_conjoint + 16 * 365.25`,
    ),
  ),
  ...children.map((k) =>
    rule(
      `enfant_${k}_a_charge`,
      `Child ${k} is born by the reference date and under 20 (a dependent child)`,
      `date_naissance_enfant_${k} <= ${REF} and date_naissance_enfant_${k} > ${REF} - 20 * 365.25`,
    ),
  ),
  ...children
    .slice(1)
    .map((k) =>
      rule(
        `enfant_${k}_ordre_naissance`,
        `Children are listed in birth order (child ${k} not older than child ${k - 1})`,
        `date_naissance_enfant_${k} >= date_naissance_enfant_${k - 1}`,
      ),
    ),
  ...children.map((k) =>
    rule(
      `enfant_${k}_renseigne`,
      `Child ${k} is described exactly when the household has at least ${k} children`,
      `nb_enfants >= ${k} <=> date_naissance_enfant_${k} is not missing`,
    ),
  ),
  rule(
    'ouverture_droits',
    'Rights were opened when the applicant was an adult, before the reference date',
    `date_ouverture_droits >= date_naissance_demandeur + 18 * 365.25 and date_ouverture_droits <= ${REF}`,
  ),

  // Household composition.
  rule(
    'conjoint_renseigne',
    'A partner is described exactly when present',
    'presence_conjoint <=> date_naissance_conjoint is not missing',
  ),
  rule(
    'nb_adultes',
    'Adults are the applicant and the partner if any',
    'nb_adultes == 1 + presence_conjoint',
  ),
  rule(
    'nb_personnes_a_charge',
    'Dependants are the children plus other dependants',
    'nb_personnes_a_charge == nb_enfants + nb_autres_personnes_a_charge',
  ),
  rule(
    'nb_personnes_foyer',
    'The household is its adults and its dependants',
    'nb_personnes_foyer == nb_adultes + nb_personnes_a_charge',
  ),
  rule(
    'nb_enfants_borne',
    `A household counts 0 to ${MAX_CHILDREN} children`,
    `nb_enfants >= 0 and nb_enfants <= ${MAX_CHILDREN}`,
  ),
  rule(
    'enfants_par_age',
    'Children under 3 are among those under 6, who are among all children',
    'nb_enfants_moins_3_ans <= nb_enfants_moins_6_ans and nb_enfants_moins_6_ans <= nb_enfants',
  ),
  rule(
    'parent_isole',
    'A single parent has no partner and at least one child',
    'parent_isole => not presence_conjoint and nb_enfants >= 1',
  ),

  // Income.
  rule(
    'revenu_foyer_couple',
    "The household's earnings are the applicant's plus the partner's",
    'presence_conjoint => abs(revenu_activite_mensuel_foyer - (revenu_activite_mensuel_demandeur + revenu_activite_mensuel_conjoint)) <= 0.01',
  ),
  rule(
    'revenu_foyer_seul',
    "Without a partner the household's earnings are the applicant's",
    'not presence_conjoint => abs(revenu_activite_mensuel_foyer - revenu_activite_mensuel_demandeur) <= 0.01',
  ),
  rule(
    'revenus_positifs',
    'Incomes are not negative',
    'min(revenu_activite_mensuel_foyer, autres_revenus_mensuels_foyer, revenu_activite_annuel_foyer, revenu_fiscal_reference) >= 0',
  ),

  // Housing.
  rule(
    'loyer_locataire',
    'Rent is paid exactly by tenants and hostel residents',
    `loyer_mensuel > 0 <=> statut_occupation in ${TENANTS}`,
  ),
  rule(
    'pret_accedant',
    'A loan is repaid exactly by owners still paying',
    "mensualite_pret > 0 <=> statut_occupation == 'proprietaire_accedant'",
  ),
  rule(
    'foyer_sans_enfant',
    'Hostels and student residences house people without children',
    "statut_occupation == 'foyer' => nb_enfants == 0",
  ),
  rule(
    'logement_social',
    'Social housing flag matches social tenancy',
    "logement_social <=> statut_occupation == 'locataire_social'",
  ),

  // Benefits.
  rule(
    'af_deux_enfants',
    'Allocations familiales from the 2nd child',
    'af_montant_mensuel > 0 => nb_enfants >= 2',
    `${CSS}, art. L521-1 (simplified)`,
  ),
  rule(
    'cf_trois_enfants',
    'Complément familial from the 3rd child',
    'cf_montant_mensuel > 0 => nb_enfants >= 3',
    `${CSS}, art. L522-1 (simplified)`,
  ),
  rule(
    'paje_moins_3_ans',
    'PAJE allocation de base needs a child under 3',
    'paje_montant_mensuel > 0 => nb_enfants_moins_3_ans >= 1',
    `${CSS}, art. L531-1 (simplified)`,
  ),
  rule(
    'asf_parent_isole',
    'ASF only for single parents',
    'asf_montant_mensuel > 0 => parent_isole',
    `${CSS}, art. L523-1 (simplified)`,
  ),
  rule(
    'ars_enfant',
    'ARS needs a school-age child',
    'ars_montant > 0 => nb_enfants >= 1',
    `${CSS}, art. L543-1 (simplified)`,
  ),
  rule(
    'rsa_plafond',
    'No RSA when earnings and other income reach the RSA amount for the household',
    'rsa_montant_mensuel > 0 => revenu_activite_mensuel_foyer + autres_revenus_mensuels_foyer < rsa_montant_forfaitaire',
    "Code de l'action sociale et des familles, art. L262-2 (simplified)",
  ),
  rule(
    'rsa_maximum',
    'RSA never exceeds the montant forfaitaire',
    'rsa_montant_mensuel <= rsa_montant_forfaitaire',
  ),
  rule(
    'rsa_25_ans',
    'RSA before 25 only for parents (simplified)',
    `rsa_montant_mensuel > 0 => date_naissance_demandeur <= ${REF} - 25 * 365.25 or nb_enfants >= 1`,
  ),
  rule(
    'ppa_activite',
    "Prime d'activité needs earnings",
    'ppa_montant_mensuel > 0 => revenu_activite_mensuel_foyer > 0',
    `${CSS}, art. L841-1 (simplified)`,
  ),
  rule(
    'aah_taux',
    'AAH needs a disability rate of at least 50 %',
    'aah_montant_mensuel > 0 => aah_taux_incapacite >= 50',
    `${CSS}, art. L821-1 (simplified)`,
  ),
  rule('aah_maximum', `AAH never exceeds the full rate (${AAH_MAX} €)`, `aah_montant_mensuel <= ${AAH_MAX}`),
  rule(
    'aeeh_enfant',
    'AEEH needs a disabled child',
    'aeeh_montant_mensuel > 0 => aeeh_nb_enfants >= 1',
    `${CSS}, art. L541-1 (simplified)`,
  ),
  rule(
    'aide_logement_locataire',
    'Housing aid only for tenants and hostel residents (simplified)',
    `aide_logement_montant_mensuel > 0 => statut_occupation in ${TENANTS}`,
    'Code de la construction et de l’habitation, art. L821-1 (simplified)',
  ),
  rule(
    'aide_logement_type',
    'A housing aid type is given exactly when housing aid is paid',
    "aide_logement_montant_mensuel > 0 <=> aide_logement_type != 'aucune'",
  ),
  rule(
    'apl_conventionne',
    'APL is paid for social housing and hostels',
    "aide_logement_type == 'APL' => statut_occupation in ('locataire_social', 'foyer')",
  ),
  ...MONTHLY_BENEFITS.map((b) =>
    rule(
      `${b}_mensuel_decembre`,
      `The current ${b} amount is December's`,
      `${b}_montant_mensuel == ${b}_montant_m12`,
    ),
  ),
  ...MONTHLY_BENEFITS.map((b) =>
    rule(
      `${b}_positif`,
      `${b} amounts are not negative`,
      `min(${months.map((m) => `${b}_montant_${m}`).join(', ')}) >= 0`,
    ),
  ),
  ...months.map((m) =>
    rule(
      `total_${m}`,
      `Total paid in ${m} is the sum of the benefits${m === 'm08' ? ' (and the ARS, paid in August)' : ''}`,
      `abs(total_prestations_${m} - (${MONTHLY_BENEFITS.map((b) => `${b}_montant_${m}`).join(' + ')}${m === 'm08' ? ' + ars_montant' : ''})) <= 0.005`,
    ),
  ),
  rule(
    'total_annuel',
    'The annual total is the sum of the monthly totals',
    `abs(total_prestations_annuel - (${months.map((m) => `total_prestations_${m}`).join(' + ')})) <= 0.005`,
  ),
];
