export declare function isFirstName(value: string): boolean;
export declare function isSurname(value: string): boolean;
/** "Marie Dupont", "DUPONT Marie": one first name and one surname among two or three words. */
export declare function isFullName(value: string): boolean;
/** A capitalised first name followed by a capitalised surname inside free text ("… Mme Sophie Martin …"). */
export declare function containsPersonName(text: string): boolean;
