export declare function isValidNir(value: string): boolean;
/** The key a 13-character NIR stem should carry (for tests and for generating fictitious numbers). */
export declare function nirKey(stem: string): number;
/** NIR-looking runs inside free text. */
export declare const NIR_IN_TEXT: RegExp;
