// E-mail addresses and French phone numbers.

const EMAIL = /^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

export function isEmail(value: string): boolean {
  const s = value.trim();
  return s.length <= 254 && EMAIL.test(s) && !s.includes('..');
}

export const EMAIL_IN_TEXT = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/**
 * French numbers: 0X XX XX XX XX (X ≠ 0) written with spaces, dots or dashes, or the international
 * forms +33 X…, 0033 X…, +33 (0)X…; overseas +262, +590, +594, +596, +269, +687, +689 also count.
 */
const PHONE =
  /^(?:(?:\+|00)(?:33|262|590|594|596|269|687|689)[\s.-]?(?:\(0\)[\s.-]?)?|0)[1-9](?:[\s.-]?\d{2}){4}$/;

export function isFrenchPhone(value: string): boolean {
  return PHONE.test(value.trim());
}

export const PHONE_IN_TEXT = /(?:(?:\+|00)33[\s.-]?(?:\(0\)[\s.-]?)?|\b0)[1-9](?:[\s.-]?\d{2}){4}\b/g;
