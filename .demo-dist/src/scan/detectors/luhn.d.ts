export declare function luhnValid(digits: string): boolean;
export declare function isValidSiren(value: string): boolean;
export declare function isValidSiret(value: string): boolean;
