// Text normalisation shared by the header and value detectors: accents, case and separators must not
// decide whether "Prénom", "PRENOM" and "prenom_1" are the same header.

/** Lower case, accents removed (é → e, œ → oe, ß → ss). */
export function foldAccents(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .replace(/ß/g, 'ss')
    .toLowerCase();
}

/**
 * A header split into lower-case ASCII words: camelCase, digits, and any separator (space, _, -, ., /)
 * split words. "dateNaissance_Demandeur" → ["date", "naissance", "demandeur"].
 */
export function headerTokens(header: string): string[] {
  const spaced = header
    .replace(/([a-zà-ÿ])([A-ZÀ-Þ])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)/g, '$1 $2')
    .replace(/(\d)([A-Za-z])/g, '$1 $2');
  return foldAccents(spaced)
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
}

/** Case, accents, punctuation and runs of spaces folded: for comparing names and addresses. */
export function normalizeValue(s: string): string {
  return foldAccents(s)
    .replace(/[''`´]/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
