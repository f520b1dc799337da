// The catalogue of value detectors: each recognises one kind of personal data in a single cell, and
// optionally inside free text.
import type { ColumnRole } from '../../table/schema.js';
import { ADDRESS_IN_TEXT, isStreetAddress, isStreetName } from './address.js';
import { EMAIL_IN_TEXT, isEmail, isFrenchPhone, PHONE_IN_TEXT } from './contact.js';
import { isCommuneCode, isPostalCode } from './geo.js';
import { IBAN_IN_TEXT, isValidIban } from './iban.js';
import { isValidSiren, isValidSiret } from './luhn.js';
import { containsPersonName, isFirstName, isFullName, isSurname } from './names.js';
import { isValidNir, NIR_IN_TEXT } from './nir.js';

export interface ValueDetector {
  readonly id: string;
  /** What it finds, for the evidence line. */
  readonly label: string;
  readonly role: ColumnRole;
  /** Can match a value written with digits only (so integer columns are worth testing). */
  readonly digits?: boolean;
  /** The whole cell is one of these. */
  test(value: string): boolean;
  /** Somewhere inside a longer text (free-text columns). */
  inText?(text: string): boolean;
}

function finder(re: RegExp, valid?: (s: string) => boolean): (text: string) => boolean {
  return (text) => {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) if (!valid || valid(m[0])) return true;
    return false;
  };
}

export const VALUE_DETECTORS: readonly ValueDetector[] = [
  {
    id: 'nir',
    digits: true,
    label: 'French social-security numbers (NIR, key checked)',
    role: 'identifier',
    test: isValidNir,
    inText: finder(NIR_IN_TEXT, isValidNir),
  },
  {
    id: 'iban',
    label: 'IBANs (mod-97 checked)',
    role: 'identifier',
    test: isValidIban,
    inText: finder(IBAN_IN_TEXT, isValidIban),
  },
  {
    id: 'siret',
    digits: true,
    label: 'SIRET numbers (Luhn checked)',
    role: 'identifier',
    test: isValidSiret,
  },
  {
    id: 'siren',
    digits: true,
    label: 'SIREN numbers (Luhn checked)',
    role: 'identifier',
    test: isValidSiren,
  },
  {
    id: 'email',
    label: 'e-mail addresses',
    role: 'identifier',
    test: isEmail,
    inText: finder(EMAIL_IN_TEXT),
  },
  {
    id: 'phone',
    label: 'French phone numbers',
    role: 'identifier',
    test: isFrenchPhone,
    inText: finder(PHONE_IN_TEXT),
  },
  {
    id: 'full-name',
    label: 'full names (first name + surname from the shipped lists)',
    role: 'identifier',
    test: isFullName,
    inText: containsPersonName,
  },
  {
    id: 'first-name',
    label: 'first names (shipped frequency list)',
    role: 'identifier',
    test: isFirstName,
  },
  {
    id: 'surname',
    label: 'surnames (shipped frequency list)',
    role: 'identifier',
    test: isSurname,
  },
  {
    id: 'street-address',
    label: 'street addresses (number + street)',
    role: 'quasi-identifier',
    test: isStreetAddress,
    inText: finder(ADDRESS_IN_TEXT),
  },
  {
    id: 'street-name',
    label: 'street names ("rue des …")',
    role: 'quasi-identifier',
    test: isStreetName,
  },
  {
    id: 'commune-code',
    digits: true,
    label: 'INSEE commune codes',
    role: 'quasi-identifier',
    test: isCommuneCode,
  },
  {
    id: 'postal-code',
    digits: true,
    label: 'French postal codes',
    role: 'quasi-identifier',
    test: isPostalCode,
  },
];

export { isStreetAddress, isStreetName } from './address.js';
export { birthDateEvidence, birthYearEvidence, parseDateText } from './birthdate.js';
export { isEmail, isFrenchPhone } from './contact.js';
export { isCommuneCode, isPostalCode } from './geo.js';
export { isValidIban } from './iban.js';
export { isValidSiren, isValidSiret, luhnValid } from './luhn.js';
export { isFirstName, isFullName, isSurname } from './names.js';
export { isValidNir, nirKey } from './nir.js';
