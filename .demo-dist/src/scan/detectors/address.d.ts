/** A full street address: house number, street type, street name. */
export declare function isStreetAddress(value: string): boolean;
/** A street name without number ("Rue des Lilas"): half of an address. */
export declare function isStreetName(value: string): boolean;
export declare const ADDRESS_IN_TEXT: RegExp;
