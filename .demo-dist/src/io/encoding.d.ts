export type Encoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';
export declare function normalizeEncoding(name: string | undefined): Encoding | undefined;
/** The encoding a byte order mark announces, and its length. */
export declare function bomOf(bytes: Uint8Array): {
    encoding: Encoding;
    length: number;
} | undefined;
/** A streaming decoder; UTF-8 is strict (an invalid byte throws a data error naming its offset). */
export declare class Decoder {
    readonly encoding: Encoding;
    private readonly file?;
    private readonly decoder;
    private offset;
    constructor(encoding: Encoding, file?: string | undefined);
    decode(bytes: Uint8Array, last: boolean): string;
}
export declare class InvalidUtf8 extends Error {
    readonly byteOffset: number;
    readonly file?: string | undefined;
    constructor(byteOffset: number, file?: string | undefined);
    toDataError(): import("../errors.js").FictifError;
}
/**
 * Encode text as Windows-1252. A character the code page lacks is an error naming it (silently writing
 * '?' would corrupt data).
 */
export declare function encodeWindows1252(text: string, where?: () => string): Uint8Array;
/** Text to bytes in an output encoding ('utf-8' or 'windows-1252'). */
export declare function encodeText(text: string, encoding: Encoding): Uint8Array;
