/** Postal code: 01000–95999, 97100–98999 (overseas, Monaco 98000), Corsica 20000–20999. */
export declare function isPostalCode(value: string): boolean;
/** Commune code: department (01–95 but not 20, 2A, 2B) + 3 digits, or 97x + 2 digits. */
export declare function isCommuneCode(value: string): boolean;
