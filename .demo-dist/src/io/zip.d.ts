/** Extensions of the table files looked for inside an archive. */
export declare const TABLE_EXTENSIONS: string[];
export declare function tableEntry(bytes: Uint8Array, options?: {
    file?: string;
    entry?: string;
}): {
    name: string;
    bytes: Uint8Array;
};
