// Street addresses ("12 rue des Lilas", "3 bis, avenue Jean Jaurès", "221B Baker Street") and street
// names alone ("Rue des Lilas", "chemin du Moulin"), which become an address with the house number next
// to them.
import { foldAccents } from '../normalize.js';

const STREET_TYPES = [
  'rue',
  'r',
  'avenue',
  'av',
  'ave',
  'boulevard',
  'bd',
  'bld',
  'place',
  'pl',
  'chemin',
  'ch',
  'che',
  'impasse',
  'imp',
  'allee',
  'all',
  'route',
  'rte',
  'quai',
  'cours',
  'square',
  'sq',
  'passage',
  'residence',
  'res',
  'lotissement',
  'lot',
  'hameau',
  'lieu dit',
  'lieu-dit',
  'chaussee',
  'voie',
  'sentier',
  'rond point',
  'rond-point',
  'esplanade',
  'parvis',
  'promenade',
  'faubourg',
  'fg',
  'cite',
  'villa',
  'mail',
  'traverse',
  'montee',
  'ruelle',
  'sente',
  'venelle',
  'clos',
  'domaine',
  'carrefour',
  'digue',
  'port',
  'parc',
];
const ENGLISH_TYPES = [
  'street',
  'st',
  'road',
  'rd',
  'avenue',
  'lane',
  'ln',
  'drive',
  'dr',
  'way',
  'close',
  'court',
];

const TYPE = STREET_TYPES.map((t) => t.replace(/[-\s]/g, '[-\\s]')).join('|');
const FRENCH = new RegExp(`^\\d{1,4}\\s*(?:bis|ter|quater|[a-d])?\\s*,?\\s+(?:${TYPE})\\.?\\s+\\S`, 'i');
const STREET_ONLY = new RegExp(
  `^(?:${TYPE})\\.?\\s+(?:de\\s+la\\s+|de\\s+l\\s*|du\\s+|des\\s+|de\\s+|d\\s*)?[a-z0-9]`,
  'i',
);
const ENGLISH = new RegExp(`^\\d{1,5}[a-z]?\\s+(?:[a-z]+\\s+){1,4}(?:${ENGLISH_TYPES.join('|')})\\.?$`, 'i');

/** A full street address: house number, street type, street name. */
export function isStreetAddress(value: string): boolean {
  const s = foldAccents(value.trim()).replace(/['’]/g, ' ');
  return FRENCH.test(s) || ENGLISH.test(s);
}

/** A street name without number ("Rue des Lilas"): half of an address. */
export function isStreetName(value: string): boolean {
  const s = foldAccents(value.trim()).replace(/['’]/g, ' ');
  return !/^\d/.test(s) && STREET_ONLY.test(s) && s.split(/\s+/).length >= 2;
}

export const ADDRESS_IN_TEXT = new RegExp(
  `\\b\\d{1,4}\\s*(?:bis|ter)?\\s*,?\\s+(?:${TYPE})\\.?\\s+[a-z]`,
  'gi',
);
