// Text encodings of input and output files. Read: UTF-8 (with or without BOM), UTF-16 with a BOM, and
// Windows-1252 (a superset of Latin-1's printable characters, what French Excel writes). Detection: a
// BOM decides; else valid UTF-8 is UTF-8, anything else Windows-1252.
import { dataError, usageError } from '../errors.js';

export type Encoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/** The encoding names accepted by --encoding, to the one used. */
const ALIASES: Record<string, Encoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  'latin-1': 'windows-1252',
  latin1: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  'iso-8859-15': 'windows-1252',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'utf-16': 'utf-16le',
};

export function normalizeEncoding(name: string | undefined): Encoding | undefined {
  if (name === undefined || name === '' || name === 'auto') return undefined;
  const e = ALIASES[name.toLowerCase()];
  if (!e)
    throw usageError(
      `unknown encoding '${name}' (use utf-8, windows-1252 (alias cp1252, latin1), utf-16le or utf-16be)`,
    );
  return e;
}

/** The encoding a byte order mark announces, and its length. */
export function bomOf(bytes: Uint8Array): { encoding: Encoding; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** A streaming decoder; UTF-8 is strict (an invalid byte throws a data error naming its offset). */
export class Decoder {
  private readonly decoder: TextDecoder;
  private offset = 0;
  constructor(
    readonly encoding: Encoding,
    private readonly file?: string,
  ) {
    // ignoreBOM: the BOM is removed by the caller, a later U+FEFF is content.
    this.decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8', ignoreBOM: true });
  }
  decode(bytes: Uint8Array, last: boolean): string {
    let s: string;
    try {
      s = this.decoder.decode(bytes, { stream: !last });
    } catch {
      throw new InvalidUtf8(this.offset + firstInvalidUtf8(bytes), this.file);
    }
    // Text never holds NUL: a binary file (a renamed spreadsheet, an image) or the wrong --encoding.
    if (s.includes('\u0000'))
      throw dataError(
        `not a text file: it holds NUL characters when read as ${this.encoding} (a binary file renamed .csv, or the wrong --encoding?)`,
        { file: this.file },
      );
    this.offset += bytes.length;
    return this.encoding === 'windows-1252' ? fixC1(s) : s;
  }
}

const C1 = /[\u0080-\u009f]/g;

/**
 * Node 20's TextDecoder reads 'windows-1252' as ISO-8859-1, leaving bytes 0x80-0x9F as C1 controls;
 * map them to the code page's characters (€, œ, ’, …).
 */
function fixC1(s: string): string {
  C1.lastIndex = 0;
  if (!C1.test(s)) return s;
  return s.replace(C1, (c) => {
    const u = CP1252_HIGH[c.charCodeAt(0) - 0x80];
    return u ? String.fromCharCode(u) : c;
  });
}

export class InvalidUtf8 extends Error {
  constructor(
    readonly byteOffset: number,
    readonly file?: string,
  ) {
    super(`not valid UTF-8 (byte ${byteOffset})`);
  }
  toDataError() {
    return dataError(
      `not valid UTF-8 text (first bad byte at offset ${this.byteOffset}); if it was saved by Excel, try --encoding windows-1252`,
      { file: this.file },
    );
  }
}

/** Offset of the first byte that breaks UTF-8 in `b` (approximate at a chunk's end). */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const n =
      c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k < b.length && (b[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return Math.max(0, b.length - 1);
}

// ---- writing ------------------------------------------------------------------------------------

/** Windows-1252 bytes 0x80-0x9F as Unicode (0 where the code page leaves the byte undefined). */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
];
const CP1252_REVERSE = new Map<number, number>(
  CP1252_HIGH.flatMap((u, i) => (u ? [[u, 0x80 + i] as [number, number]] : [])),
);

/**
 * Encode text as Windows-1252. A character the code page lacks is an error naming it (silently writing
 * '?' would corrupt data).
 */
export function encodeWindows1252(text: string, where?: () => string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) out[i] = c;
    else {
      const b = CP1252_REVERSE.get(c);
      if (b === undefined) {
        const ch = String.fromCodePoint(text.codePointAt(i) ?? c);
        throw dataError(
          `cannot write '${ch}' (U+${c.toString(16).toUpperCase().padStart(4, '0')}) in windows-1252${where ? ` ${where()}` : ''}; write utf-8 instead`,
        );
      }
      out[i] = b;
    }
  }
  return out;
}

const utf8 = new TextEncoder();

/** Text to bytes in an output encoding ('utf-8' or 'windows-1252'). */
export function encodeText(text: string, encoding: Encoding): Uint8Array {
  if (encoding === 'windows-1252') return encodeWindows1252(text);
  if (encoding === 'utf-8') return utf8.encode(text);
  throw usageError(`cannot write ${encoding}; use utf-8 or windows-1252`);
}
