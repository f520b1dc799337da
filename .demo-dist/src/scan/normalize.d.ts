/** Lower case, accents removed (é → e, œ → oe, ß → ss). */
export declare function foldAccents(s: string): string;
/**
 * A header split into lower-case ASCII words: camelCase, digits, and any separator (space, _, -, ., /)
 * split words. "dateNaissance_Demandeur" → ["date", "naissance", "demandeur"].
 */
export declare function headerTokens(header: string): string[];
/** Case, accents, punctuation and runs of spaces folded: for comparing names and addresses. */
export declare function normalizeValue(s: string): string;
