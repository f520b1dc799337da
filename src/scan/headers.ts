// Header detectors: what a column's name says it holds, in French and English. Matching ignores case,
// accents and separators ("Date_de_Naissance" = "dateNaissance" = "DATE NAISSANCE").
import type { ColumnRole } from '../table/schema.js';
import { headerTokens } from './normalize.js';

export interface HeaderConcept {
  readonly id: string;
  readonly label: string;
  readonly role: ColumnRole;
  /** Each pattern is a sequence of words that must appear in a row in the header's words. */
  readonly patterns: readonly string[];
}

// Stop words dropped from headers before matching ("date de naissance" → "date naissance").
const STOP = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'of', 'the', 'en', 'a']);

export const HEADER_CONCEPTS: readonly HeaderConcept[] = [
  {
    id: 'nir',
    label: 'social-security number',
    role: 'identifier',
    patterns: [
      'nir',
      'nss',
      'numero insee',
      'num insee',
      'no insee',
      'secu',
      'numero secu',
      'securite sociale',
      'ssn',
      'social security',
      'matricule secu',
      'nirpp',
    ],
  },
  {
    id: 'surname',
    label: 'surname',
    role: 'identifier',
    patterns: [
      'nom',
      'surname',
      'last name',
      'lastname',
      'family name',
      'nom famille',
      'nom naissance',
      'nom usage',
      'nom marital',
      'nom jeune fille',
      'patronyme',
    ],
  },
  {
    id: 'first-name',
    label: 'first name',
    role: 'identifier',
    patterns: ['prenom', 'prenoms', 'first name', 'firstname', 'given name', 'forename'],
  },
  {
    id: 'full-name',
    label: 'full name',
    role: 'identifier',
    patterns: ['name', 'full name', 'nom complet', 'nom prenom', 'identite'],
  },
  {
    id: 'email',
    label: 'e-mail',
    role: 'identifier',
    patterns: ['email', 'e mail', 'mail', 'courriel', 'adresse mail', 'adresse electronique'],
  },
  {
    id: 'phone',
    label: 'phone number',
    role: 'identifier',
    patterns: ['telephone', 'tel', 'phone', 'portable', 'mobile', 'gsm', 'num tel', 'fixe', 'fax'],
  },
  {
    id: 'iban',
    label: 'bank account',
    role: 'identifier',
    patterns: ['iban', 'rib', 'bic', 'compte bancaire', 'bank account', 'account number'],
  },
  { id: 'siret', label: 'SIRET/SIREN', role: 'identifier', patterns: ['siret', 'siren'] },
  {
    id: 'record-id',
    label: 'record or file number',
    role: 'identifier',
    patterns: [
      'numero allocataire',
      'num allocataire',
      'no allocataire',
      'matricule',
      'identifiant',
      'id',
      'numero dossier',
      'num dossier',
      'dossier',
      'numero client',
      'customer id',
      'patient id',
      'ipp',
      'nip',
      'user id',
      'uuid',
      'login',
      'ip',
      'adresse ip',
      'ip address',
      'passeport',
      'passport',
      'numero permis',
      'immatriculation',
      'plaque',
    ],
  },
  {
    id: 'birth-date',
    label: 'date of birth',
    role: 'quasi-identifier',
    patterns: [
      'date naissance',
      'naissance',
      'ddn',
      'dob',
      'birth',
      'birthdate',
      'birthday',
      'date nais',
      'datenais',
      'date naiss',
      'dnais',
      'ne le',
      'born',
    ],
  },
  {
    id: 'birth-year',
    label: 'year of birth',
    role: 'quasi-identifier',
    patterns: ['annee naissance', 'an naissance', 'birth year', 'year birth', 'yob', 'annee nais'],
  },
  { id: 'age', label: 'age', role: 'quasi-identifier', patterns: ['age', 'tranche age', 'age group'] },
  {
    id: 'address',
    label: 'address',
    role: 'quasi-identifier',
    patterns: [
      'adresse',
      'address',
      'addr',
      'rue',
      'voie',
      'nom voie',
      'libelle voie',
      'street',
      'numero voie',
      'num voie',
      'complement adresse',
      'lieu dit',
      'batiment',
      'residence',
      'boite postale',
    ],
  },
  {
    id: 'postal-code',
    label: 'postal code',
    role: 'quasi-identifier',
    patterns: [
      'code postal',
      'codepostal',
      'cp',
      'postcode',
      'post code',
      'zip',
      'zipcode',
      'zip code',
      'postal code',
    ],
  },
  {
    id: 'commune',
    label: 'commune or place',
    role: 'quasi-identifier',
    patterns: [
      'commune',
      'code commune',
      'code insee',
      'insee commune',
      'cog',
      'ville',
      'city',
      'town',
      'municipality',
      'localite',
      'departement',
      'dept',
      'region',
      'iris',
      'canton',
      'arrondissement',
      'lieu naissance',
      'pays naissance',
      'country birth',
      'place birth',
    ],
  },
  {
    id: 'sex',
    label: 'sex',
    role: 'quasi-identifier',
    patterns: ['sexe', 'sex', 'gender', 'genre', 'civilite'],
  },
  {
    id: 'nationality',
    label: 'nationality',
    role: 'quasi-identifier',
    patterns: ['nationalite', 'nationality', 'citizenship'],
  },
  {
    id: 'household',
    label: 'household composition',
    role: 'quasi-identifier',
    patterns: [
      'situation familiale',
      'marital status',
      'etat civil',
      'statut marital',
      'nb enfants',
      'nombre enfants',
      'enfants',
      'children',
      'household size',
      'taille foyer',
      'composition familiale',
      'nb personnes',
      'nombre personnes',
      'personnes charge',
      'isolement',
      'monoparental',
      'conjoint',
      'nb adultes',
      'nombre adultes',
      'parent isole',
      'garde alternee',
    ],
  },
  {
    id: 'occupation',
    label: 'occupation',
    role: 'quasi-identifier',
    patterns: ['profession', 'csp', 'pcs', 'occupation', 'job', 'metier', 'employeur', 'employer', 'emploi'],
  },
  {
    // Housing descriptors: named so that "statut_occupation" is not read as an occupation.
    id: 'housing',
    label: 'housing',
    role: 'other',
    patterns: [
      'statut occupation',
      'type logement',
      'logement social',
      'surface logement',
      'zone logement',
      'nb pieces',
      'tenure',
    ],
  },
  {
    id: 'income',
    label: 'income or resources',
    role: 'sensitive',
    patterns: [
      'revenu',
      'revenus',
      'income',
      'salaire',
      'salary',
      'ressources',
      'quotient familial',
      'qf',
      'rfr',
      'revenu fiscal',
      'patrimoine',
      'wealth',
    ],
  },
  {
    id: 'benefit',
    label: 'benefit or amount',
    role: 'sensitive',
    patterns: [
      'montant',
      'prestation',
      'prestations',
      'allocation',
      'rsa',
      'apl',
      'als',
      'alf',
      'paje',
      'af',
      'prime activite',
      'ppa',
      'benefit',
      'amount',
      'aide',
      'aides',
      'cf',
      'ars',
      'asf',
      'indu',
      'dette',
      'debt',
      'impaye',
      'loyer',
      'rent',
      'css',
      'cmu',
      'minimum vieillesse',
      'aspa',
      'mensualite',
      'pret',
      'credit',
      'loan',
    ],
  },
  {
    id: 'health',
    label: 'health or disability (GDPR art. 9)',
    role: 'special-category',
    patterns: [
      'aah',
      'aeeh',
      'handicap',
      'handicape',
      'invalidite',
      'disability',
      'disabled',
      'pch',
      'sante',
      'health',
      'maladie',
      'diagnostic',
      'diagnosis',
      'medical',
      'taux incapacite',
      'incapacite',
      'mdph',
      'ald',
      'pathologie',
      'traitement',
      'cim',
      'icd',
      'grossesse',
      'pregnancy',
      'ajpp',
      'ajpa',
      'apa',
      'dependance',
    ],
  },
  {
    id: 'art9-other',
    label: 'other special category (GDPR art. 9/10)',
    role: 'special-category',
    patterns: [
      'religion',
      'confession',
      'ethnie',
      'ethnicity',
      'origine ethnique',
      'race',
      'opinion politique',
      'political',
      'syndicat',
      'union membership',
      'orientation sexuelle',
      'sexual orientation',
      'biometrie',
      'biometric',
      'genetique',
      'genetic',
      'casier judiciaire',
      'condamnation',
      'criminal',
    ],
  },
];

export interface HeaderMatch {
  concept: HeaderConcept;
  pattern: string;
  /** Words of the header the pattern covered (longer = more specific). */
  words: number;
  /** The pattern is the whole header. */
  exact: boolean;
}

function contains(tokens: string[], pattern: string[]): boolean {
  outer: for (let i = 0; i + pattern.length <= tokens.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (tokens[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

/** All concepts whose patterns the header contains, most specific first. */
export function matchHeader(header: string): HeaderMatch[] {
  const tokens = headerTokens(header).filter((t) => !STOP.has(t) && !/^\d+$/.test(t));
  const joined = tokens.join('');
  const found: HeaderMatch[] = [];
  for (const concept of HEADER_CONCEPTS) {
    let best: HeaderMatch | undefined;
    for (const p of concept.patterns) {
      const words = p.split(' ');
      // Headers written without separators ("datenaissance") match the joined pattern when it is long
      // enough not to match by accident.
      const glued = p.replace(/ /g, '');
      const hit = contains(tokens, words) || (glued.length >= 6 && joined.includes(glued));
      if (!hit) continue;
      const m: HeaderMatch = { concept, pattern: p, words: words.length, exact: glued === joined };
      if (!best || m.words > best.words || (m.exact && !best.exact)) best = m;
    }
    if (best) found.push(best);
  }
  // "nom_commune", "id_commune", "name_of_street": a generic word qualifies the other concept.
  const specific = found.filter((m) => !(m.words === 1 && GENERIC.has(m.pattern)));
  const kept = specific.length > 0 && specific.length < found.length ? specific : found;
  // A GDPR art. 9 word anywhere ("aeeh_nb_enfants") wins: the protective reading.
  const special = (m: HeaderMatch) => Number(m.concept.role === 'special-category');
  return kept.sort(
    (a, b) =>
      special(b) - special(a) ||
      b.words - a.words ||
      SEVERITY[b.concept.role] - SEVERITY[a.concept.role] ||
      Number(b.exact) - Number(a.exact),
  );
}

const GENERIC = new Set(['nom', 'name', 'id', 'identifiant', 'dossier', 'numero', 'conjoint', 'enfants']);

/** How much a role protects, to break ties: the more protective reading wins. */
export const SEVERITY: Record<ColumnRole, number> = {
  'special-category': 4,
  identifier: 3,
  sensitive: 2,
  'quasi-identifier': 1,
  other: 0,
  ignore: 0,
};
