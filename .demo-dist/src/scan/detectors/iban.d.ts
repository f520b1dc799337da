export declare function isValidIban(value: string): boolean;
export declare const IBAN_IN_TEXT: RegExp;
