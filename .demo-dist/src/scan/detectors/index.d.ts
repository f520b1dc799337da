import type { ColumnRole } from '../../table/schema.js';
export interface ValueDetector {
    readonly id: string;
    /** What it finds, for the evidence line. */
    readonly label: string;
    readonly role: ColumnRole;
    /** The whole cell is one of these. */
    test(value: string): boolean;
    /** Somewhere inside a longer text (free-text columns). */
    inText?(text: string): boolean;
}
export declare const VALUE_DETECTORS: readonly ValueDetector[];
export { isStreetAddress, isStreetName } from './address.js';
export { birthDateEvidence, birthYearEvidence, parseDateText } from './birthdate.js';
export { isEmail, isFrenchPhone } from './contact.js';
export { isCommuneCode, isPostalCode } from './geo.js';
export { isValidIban } from './iban.js';
export { isValidSiren, isValidSiret, luhnValid } from './luhn.js';
export { isFirstName, isFullName, isSurname } from './names.js';
export { isValidNir, nirKey } from './nir.js';
