// The CSV row loop of the record writer (write.ts, CsvRecordWriter), compiled to WebAssembly
// (AssemblyScript: `npm run build:wasm`). One call formats one row of a row record, cell by cell,
// from a plan the JS side lays out in this module's memory; the bytes are those of the table loop.
// Cells it cannot write (a number that needs String(), a date outside 1900-2099, a text cell that
// needs quoting or room) halt the row: JS writes that cell and resumes at the next one.
//
// Memory, all laid out by JS (addresses are absolute):
//   PAIRS   "00".."99", two bytes each
//   plan    PLAN_WORDS i32 per column (see the OP_ constants)
//   pools   category and boolean bytes with (start, length) tables, date pieces
//   record  the row's numbers (f64), codes (i32) and flags (u8), copied in by JS
//   texts   (start, length) per text column, of bytes JS encoded for the row
//   out     the rows written (last: it grows)

const OP_NUMBER: i32 = 0;
const OP_CODE: i32 = 1; // a category: an i32 code into a (start, length) table
const OP_FLAG: i32 = 2; // a boolean: a u8 into a (start, length) table of [no, yes]
const OP_DATE: i32 = 3;
const OP_TEXT: i32 = 4;

/** i32 words per column in the plan: op, cell address, a, b, c, run end. */
const PLAN_WORDS: i32 = 6;

// The range of dates written from pieces (as DateParts in write.ts): 1900-01-01 to 2099-12-31.
const CACHE_FIRST_DAY: f64 = -25567;
const CACHE_DAYS: f64 = 73049;
const DATE_YEARS: i32 = 200;

let K: i32 = 0;
let PLAN: i32 = 0;
let PAIRS: i32 = 0;
let DELIM: i32 = 44;
/** The newline's bytes (1 or 2) as a little-endian u16, and its length. */
let NL: i32 = 10;
let NL_LEN: i32 = 1;
/** lastBits when there is no number to repeat: a NaN's (a missing cell is never compared). */
const NONE: u64 = 0x7ff8000000000000;
/** The bits of an infinity shifted left by one: a NaN's are above (and those of ±0 are 0). */
const INFINITY_2: u64 = 0xffe0000000000000;

/** Four cells of 0 with their delimiters, as 8 bytes. */
let ZEROS: u64 = 0;

// The last number written: a repeated amount is copied, not formatted again (as in write.ts). Up
// to 8 bytes it is kept as a word (read back from memory, bytes just stored one by one would wait
// for the stores).
let lastBits: u64 = NONE;
let lastDec: i32 = 0;
let lastAt: i32 = 0;
let lastLen: i32 = 0;
let lastWord: u64 = 0;

/** The column a halted row stopped at (its delimiter is written). */
let halted: i32 = 0;

export function setup(k: i32, plan: i32, pairs: i32, delimiter: i32, newline: i32, newlineLength: i32): void {
  K = k;
  PLAN = plan;
  PAIRS = pairs;
  DELIM = delimiter;
  NL = newline;
  NL_LEN = newlineLength;
  let z: u64 = 0;
  for (let q = 0; q < 4; q++) z |= (<u64>delimiter | (<u64>48 << 8)) << (<u64>(16 * q));
  ZEROS = z;
  forget();
}

/** No number to repeat (the buffer was handed over). */
export function forget(): void {
  lastBits = NONE;
}

export function haltedAt(): i32 {
  return halted;
}

/** Math.round as JavaScript has it: half-way cases up. */
// @ts-ignore: decorator
@inline
function jsRound(x: f64): f64 {
  const f = Math.floor(x);
  return x - f >= 0.5 ? f + 1 : f;
}

/** Digits of a whole number in [0, 2^31) at p; the position after them. */
// @ts-ignore: decorator
@inline
function putSmall(p: i32, v: u32): i32 {
  const len: i32 =
    v < 10 ? 1 : v < 100 ? 2 : v < 1000 ? 3 : v < 10000 ? 4 : v < 100000 ? 5 : v < 1000000 ? 6 : v < 10000000 ? 7 : v < 100000000 ? 8 : v < 1000000000 ? 9 : 10;
  let e = p + len;
  while (v >= 100) {
    const q = v / 100;
    const r = (v - q * 100) << 1;
    e -= 2;
    store<u16>(e, load<u16>(PAIRS + r));
    v = q;
  }
  if (v >= 10) store<u16>(e - 2, load<u16>(PAIRS + (v << 1)));
  else store<u8>(e - 1, 48 + v);
  return p + len;
}

/**
 * The digits of v (below 10^8) as the bytes of a word, the first digit lowest (as a little-endian
 * store writes them) and the bytes above the last digit 0.
 */
// @ts-ignore: decorator
@inline
function digitsWord(v: u32): u64 {
  let w: u64 = 0;
  // Least significant first, each pair shifted in below the ones before.
  while (v >= 100) {
    const q = v / 100;
    w = (w << 16) | <u64>load<u16>(PAIRS + ((v - q * 100) << 1));
    v = q;
  }
  return v >= 10 ? (w << 16) | <u64>load<u16>(PAIRS + (v << 1)) : (w << 8) | <u64>(48 + v);
}

/** The length of a word of digitsWord or numberWord: its bytes up to the last that is not 0. */
// @ts-ignore: decorator
@inline
function wordLength(w: u64): i32 {
  return 8 - (<i32>clz(w) >> 3);
}

/**
 * A positive number of at most 8 bytes written by digit arithmetic (whole, or whole cents below
 * 10^5; most amounts) as a word (see digitsWord); 0 for the others (putNumber).
 */
// @ts-ignore: decorator
@inline
function numberWord(v: f64, dec: i32): u64 {
  if (!(v > 0 && v < 1e8)) return 0;
  if (v == Math.trunc(v)) return digitsWord(<u32>v);
  const r = jsRound(v * 100);
  // r / 100 === v: the 1- or 2-decimal case of putNumber (1 exactly when the last digit is 0).
  if (!(r < 1e7 && r / 100 == v)) return 0;
  const ri = <u32>r;
  const whole = ri / 100;
  const pair = <u64>load<u16>(PAIRS + ((ri - whole * 100) << 1));
  const w = digitsWord(whole);
  const tail = <u64>dec | ((pair >> 8 == 48 ? pair & 0xff : pair) << 8);
  return w | (tail << (<u64>(8 * wordLength(w))));
}

/** Digits of a whole number in [0, 1e11) at p. */
function putUint(p: i32, x: f64): i32 {
  if (x < 4294967296) return putSmall(p, <u32>x);
  let v = <u64>x;
  let len = 10;
  if (v >= 10000000000) len = 11;
  let e = p + len;
  while (v >= 100) {
    const q = v / 100;
    const r = <i32>(v - q * 100) << 1;
    e -= 2;
    store<u16>(e, load<u16>(PAIRS + r));
    v = q;
  }
  if (v >= 10) store<u16>(e - 2, load<u16>(PAIRS + (<i32>v << 1)));
  else store<u8>(e - 1, 48 + <i32>v);
  return p + len;
}

/**
 * Number v at p as String(v) writes it (decimal mark `dec`), for the cases write.ts writes by digit
 * arithmetic (putNumber, putOtherNumber); -1 for the others (String() needed: JS writes them).
 */
function putNumber(p: i32, v: f64, dec: i32): i32 {
  if (v == 0) {
    store<u8>(p, 48); // also -0, as String(-0)
    return p + 1;
  }
  let a = v;
  if (a < 0) {
    store<u8>(p, 45);
    p++;
    a = -a;
  }
  if (!(a < 1e11)) return -1;
  if (a == Math.trunc(a)) return putUint(p, a);
  // Cents: r / 100 === a is the 1- or 2-decimal case (1 exactly when the last digit is 0).
  const r = jsRound(a * 100);
  if (r / 100 == a) {
    let frac: i32;
    if (r < 1e8) {
      const ri = <u32>r;
      const whole = ri / 100;
      p = putSmall(p, whole);
      frac = <i32>(ri - whole * 100) << 1;
    } else {
      const whole = Math.floor(r / 100);
      p = putUint(p, whole);
      frac = <i32>(r - whole * 100) << 1;
    }
    store<u8>(p, dec);
    store<u8>(p + 1, load<u8>(PAIRS + frac));
    const last = load<u8>(PAIRS + frac + 1);
    store<u8>(p + 2, last);
    return last != 48 ? p + 3 : p + 2;
  }
  const r3 = jsRound(a * 1000);
  if (r3 / 1000 == a) {
    const whole = Math.floor(r3 / 1000);
    p = putUint(p, whole);
    store<u8>(p, dec);
    let frac = <i32>(r3 - whole * 1000);
    for (let q = p + 3; q > p; q--) {
      const t = frac / 10;
      store<u8>(q, 48 + frac - t * 10);
      frac = t;
    }
    return p + 4;
  }
  return -1;
}

/** len bytes from src to dst; up to 16 by two 8-byte moves (pools and the output have slack). */
// @ts-ignore: decorator
@inline
function copy(dst: i32, src: i32, len: i32): void {
  store<u64>(dst, load<u64>(src));
  if (len > 8) {
    store<u64>(dst + 8, load<u64>(src + 8));
    if (len > 16) memory.copy(dst + 16, src + 16, len - 16);
  }
}

/**
 * Day slot s (days since 1900-01-01, in the piece range) as its two pieces: the year (0-199) << 10 |
 * the slot of its day of the year (see yearAndDay in write.ts).
 */
// @ts-ignore: decorator
@inline
function yearAndDay(s: i32): i32 {
  let year = 0;
  let day = s;
  if (s >= 365) {
    const u = s - 365;
    const c = u / 1461;
    const w = u - c * 1461;
    const y = w >= 1095 ? 3 : w >= 730 ? 2 : w >= 365 ? 1 : 0;
    year = 1 + 4 * c + y;
    day = w - 365 * y + (y == 3 ? 366 : 0);
  }
  return (year << 10) | (DATE_YEARS + day);
}

/** The last number, kept for the next call. */
// @ts-ignore: decorator
@inline
function keep(bits: u64, dec: i32, at: i32, len: i32, word: u64): void {
  lastBits = bits;
  lastDec = dec;
  lastAt = at;
  lastLen = len;
  lastWord = word;
}

/**
 * Columns j.. of the row at p. Returns the position after the row's line end, or -1 - p when it
 * halted at a cell JS must write (column haltedAt(), its delimiter written, at p).
 */
export function row(j: i32, p: i32): i32 {
  const k = K;
  const d0 = DELIM;
  // The last number in locals (globals are memory to the compiler), stored back on the way out.
  let bits0 = lastBits;
  let dec0 = lastDec;
  let at0 = lastAt;
  let len0 = lastLen;
  let word0 = lastWord;
  while (j < k) {
    const c = PLAN + j * (PLAN_WORDS << 2);
    const op = load<i32>(c);
    if (op == OP_NUMBER) {
      // A run of numbers side by side in the record: zeros four at a time, repeated values copied.
      // The tests are on the bits: ±0 shifted left is 0, NaN above INFINITY_2.
      const e = load<i32>(c, 20);
      const dec = load<i32>(c, 8);
      let o = load<i32>(c, 4);
      for (; j < e; j++, o += 8) {
        if (j > 0) {
          store<u8>(p, d0);
          p++;
        }
        const b = load<u64>(o);
        if (b << 1 == 0) {
          store<u8>(p, 48); // also -0, as String(-0)
          p++;
          while (j + 4 < e && (load<u64>(o, 8) | load<u64>(o, 16) | load<u64>(o, 24) | load<u64>(o, 32)) << 1 == 0) {
            store<u64>(p, ZEROS);
            p += 8;
            o += 32;
            j += 4;
          }
          continue;
        }
        if (b << 1 > INFINITY_2) continue; // a missing cell
        if (b == bits0 && dec == dec0) {
          if (len0 <= 8) store<u64>(p, word0);
          else copy(p, at0, len0);
          p += len0;
        } else {
          const v = reinterpret<f64>(b);
          const w = numberWord(v, dec);
          if (w != 0) {
            store<u64>(p, w);
            word0 = w;
            len0 = wordLength(w);
          } else {
            const q = putNumber(p, v, dec);
            if (q < 0) {
              halted = j;
              keep(bits0, dec0, at0, len0, word0);
              return -1 - p;
            }
            len0 = q - p;
            word0 = load<u64>(p);
          }
          bits0 = b;
          dec0 = dec;
          at0 = p;
          p += len0;
        }
        // The same value in the next cells (a monthly amount that does not change): the delimiter
        // and the value as one word when they fit.
        if (j + 1 < e && load<u64>(o, 8) == b) {
          const step = len0 + 1;
          if (len0 <= 7) {
            const w = <u64>d0 | (word0 << 8);
            do {
              store<u64>(p, w);
              p += step;
              o += 8;
              j++;
            } while (j + 1 < e && load<u64>(o, 8) == b);
          } else {
            do {
              store<u8>(p, d0);
              copy(p + 1, at0, len0);
              p += step;
              o += 8;
              j++;
            } while (j + 1 < e && load<u64>(o, 8) == b);
          }
        }
      }
      continue;
    }
    if (j > 0) {
      store<u8>(p, d0);
      p++;
    }
    if (op == OP_CODE || op == OP_FLAG) {
      // A category or boolean: its bytes from the column's table; out of range is a missing cell.
      const x = op == OP_CODE ? load<i32>(load<i32>(c, 4)) : <i32>load<u8>(load<i32>(c, 4));
      if (<u32>x < <u32>load<i32>(c, 12)) {
        const t = load<i32>(c, 8) + (x << 3);
        const len = load<i32>(t, 4);
        copy(p, load<i32>(t), len);
        p += len;
      }
    } else if (op == OP_DATE) {
      const days = load<f64>(load<i32>(c, 4));
      const slot = days - CACHE_FIRST_DAY;
      if (slot >= 0 && slot < CACHE_DAYS && slot == Math.floor(slot)) {
        // The year and the day of the year, each an 8-byte piece of the pattern's pool.
        const yd = yearAndDay(<i32>slot);
        const pool = load<i32>(c, 8);
        const first = load<i32>(c, 12);
        const yearFirst = load<i32>(c, 16);
        const a = pool + ((yearFirst ? yd >> 10 : yd & 1023) << 3) + 1;
        const b = pool + ((yearFirst ? yd & 1023 : yd >> 10) << 3) + 1;
        store<u64>(p, load<u64>(a));
        store<u64>(p + first, load<u64>(b));
        p += 10;
      } else if (!isNaN(days)) {
        halted = j;
        keep(bits0, dec0, at0, len0, word0);
        return -1 - p;
      }
    } else {
      // Text, encoded by JS for this row: its (start, length); a negative length: JS writes it.
      const t = load<i32>(c, 4);
      const len = load<i32>(t, 4);
      if (len < 0) {
        halted = j;
        keep(bits0, dec0, at0, len0, word0);
        return -1 - p;
      }
      if (len > 0) {
        copy(p, load<i32>(t), len);
        p += len;
      }
    }
    j++;
  }
  keep(bits0, dec0, at0, len0, word0);
  store<u16>(p, <u16>NL);
  return p + NL_LEN;
}
