// IBAN (ISO 13616): country code, 2 check digits, then the national account number (BBAN). Valid when the
// rearranged number (first four characters moved to the end, letters as 10–35) is 1 modulo 97.

/** Lengths for the countries a French file will meet; others accept 15–34. */
const IBAN_LENGTH: Record<string, number> = {
  FR: 27,
  MC: 27,
  DE: 22,
  BE: 16,
  ES: 24,
  IT: 27,
  LU: 20,
  CH: 21,
  NL: 18,
  PT: 25,
  GB: 22,
  IE: 22,
  AT: 20,
};

export function isValidIban(value: string): boolean {
  const s = value.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false;
  const expected = IBAN_LENGTH[s.slice(0, 2)];
  if (expected !== undefined && s.length !== expected) return false;
  const rearranged = s.slice(4) + s.slice(0, 4);
  // Piecewise mod 97, so no big integers are needed.
  let rest = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const part = code >= 65 ? String(code - 55) : ch;
    for (const d of part) rest = (rest * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return rest === 1;
}

export const IBAN_IN_TEXT = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b/g;
