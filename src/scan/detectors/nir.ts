// French social-security number (NIR, "numéro de sécurité sociale"): 13 characters and a 2-digit key.
//   sex (1/2; 3, 4, 7, 8 for temporary numbers) · year (2) · month (01–12, 20–42 or 50–99 when unknown)
//   · department (2 digits, 2A/2B for Corsica; 97x/98x overseas take one digit from the commune)
//   · commune (3) · birth order (3) · key = 97 − (first 13 digits mod 97).
// For the key, Corsica's 2A and 2B count as 19 and 18 (the department number before 1976 was 20, and
// INSEE subtracts 1 000 000 or 2 000 000 from the number).

const NIR_SHAPE = /^([1-478])(\d{2})(0[1-9]|1[0-2]|[2-35-9]\d|4[0-2])(\d{2}|2[AB])(\d{3})(\d{3})(\d{2})$/i;

/** Strip the spaces, dots and dashes people type in NIRs. */
function compact(s: string): string {
  return s.replace(/[\s.-]/g, '');
}

export function isValidNir(value: string): boolean {
  const s = compact(value).toUpperCase();
  if (s.length !== 15) return false;
  const m = NIR_SHAPE.exec(s);
  if (!m) return false;
  const dept = m[4];
  let digits = s.slice(0, 13);
  if (dept === '2A') digits = digits.replace('2A', '19');
  else if (dept === '2B') digits = digits.replace('2B', '18');
  if (!/^\d{13}$/.test(digits)) return false;
  // 13 digits exceed 2^53 only past 9e15: BigInt keeps it exact anyway.
  const key = 97 - Number(BigInt(digits) % 97n);
  return key === Number(m[7]);
}

/** The key a 13-character NIR stem should carry (for tests and for generating fictitious numbers). */
export function nirKey(stem: string): number {
  let digits = stem.toUpperCase();
  if (digits.slice(5, 7) === '2A') digits = `${digits.slice(0, 5)}19${digits.slice(7)}`;
  else if (digits.slice(5, 7) === '2B') digits = `${digits.slice(0, 5)}18${digits.slice(7)}`;
  return 97 - Number(BigInt(digits) % 97n);
}

/** NIR-looking runs inside free text. */
export const NIR_IN_TEXT =
  /\b[1-478][\s.]?\d{2}[\s.]?\d{2}[\s.]?(?:\d{2}|2[AB])[\s.]?\d{3}[\s.]?\d{3}[\s.]?\d{2}\b/gi;
