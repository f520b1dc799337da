export declare function isEmail(value: string): boolean;
export declare const EMAIL_IN_TEXT: RegExp;
export declare function isFrenchPhone(value: string): boolean;
export declare const PHONE_IN_TEXT: RegExp;
