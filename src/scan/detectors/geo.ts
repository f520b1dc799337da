// French postal codes and INSEE commune codes (code officiel géographique). Both are 5 characters, and
// most values fit both: the header usually decides. Only commune codes contain 2A/2B (Corsica);
// postal codes of Corsica start with 20.

/** Postal code: 01000–95999, 97100–98999 (overseas, Monaco 98000), Corsica 20000–20999. */
export function isPostalCode(value: string): boolean {
  const s = value.trim();
  if (!/^\d{5}$/.test(s)) return false;
  const dept = Number(s.slice(0, 2));
  return (dept >= 1 && dept <= 95) || dept === 97 || dept === 98;
}

/** Commune code: department (01–95 but not 20, 2A, 2B) + 3 digits, or 97x + 2 digits. */
export function isCommuneCode(value: string): boolean {
  const s = value.trim().toUpperCase();
  if (/^2[AB]\d{3}$/.test(s)) return true;
  if (!/^\d{5}$/.test(s)) return false;
  const dept = Number(s.slice(0, 2));
  if (dept === 97) return /^97[1-8]/.test(s);
  return dept >= 1 && dept <= 95 && dept !== 20;
}
