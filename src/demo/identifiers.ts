// Synthetic identifiers of the demo. They have the SHAPE of real ones (so that `scan` has something to
// find) but are fictitious: allocataire numbers are a seeded permutation of row numbers, NIRs are built
// from the fictitious person's sex, birth date and birth place with a valid key, telephone numbers are
// taken from the ranges ARCEP sets aside for fiction (06 39 98 xx xx, 05 36 49 xx xx), e-mail addresses
// use the domains reserved for examples (RFC 2606: example.org, example.com, example.net).
import type { Rng } from '../random.js';
import { dateToDays, daysToParts } from '../table/column.js';
import type { Household, Person } from './household.js';
import { below, uniform } from './sample.js';

const SMALL = 9_000_000;
const LARGE = 90_000_000;

/** A bijection of [0, m) from (a, b) with gcd(a, m) = 1. */
function affine(rng: Rng, m: number): [number, number] {
  for (;;) {
    const a = 1 + rng.int(m - 1);
    if (gcd(a, m) === 1) return [a, rng.int(m)];
  }
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** Unique allocataire numbers: 7 digits for the first 9 million rows, 8 digits beyond. */
export class AllocataireNumbers {
  /**
   * (a, b, m) of the small bijection, then of the large one, as doubles: read from a Float64Array,
   * they make a·x + b and the steps of its remainder double operations from the first row on, where
   * small integers would have them compiled for 32-bit integers, and started over at the row where
   * a product first overflows those.
   */
  private readonly abm = new Float64Array(6);
  constructor(rng: Rng) {
    const [a, b] = affine(rng, SMALL);
    const [c, d] = affine(rng, LARGE);
    this.abm.set([a, b, SMALL, c, d, LARGE]);
  }
  at(row: number): string {
    const t = this.abm;
    if (row < SMALL) return digits(1_000_000 + mulmod(t[0], row, t[1], t[2]));
    return digits(10_000_000 + mulmod(t[3], row - SMALL, t[4], t[5]));
  }
}

// The decimal text of a 7- or 8-digit number as two pieces from tables: a concatenation this short
// is copied into a flat string at once, with no call into the runtime (String(x) makes one for each
// number not in its small cache, which is nearly every allocataire number).
let HEAD: string[] = [];
let TAIL: string[] = [];
function digits(x: number): string {
  if (TAIL.length === 0) {
    HEAD = Array.from({ length: 10000 }, (_, k) => String(k));
    TAIL = HEAD.map((s) => s.padStart(4, '0'));
  }
  const head = Math.floor(x / 10000);
  return HEAD[head] + TAIL[x - head * 10000];
}

/** (a·x + b) mod m: exact, as a, x, b < m ≤ 90,000,000 make a·x + b < 8.1e15 < 2^53. */
function mulmod(a: number, x: number, b: number, m: number): number {
  return mod(a * x + b, m);
}

/**
 * x mod m for whole x in [0, 2^53): by a floored quotient, exact here (a double % is a library call).
 * The quotient can be one off only at the rounding edge; the last step corrects it.
 */
function mod(x: number, m: number): number {
  const r = x - Math.floor(x / m) * m;
  return r < 0 ? r + m : r >= m ? r - m : r;
}

// Year (mod 100) and month of each day from 1900 to 2030, for NIRs: a look-up instead of the
// calendar arithmetic (a dozen divisions) per person. Built on first use (not at every start).
const YM_FROM = dateToDays(1900, 1, 1);
let YM: Uint16Array = new Uint16Array(0);
function buildYearMonths(): Uint16Array {
  const t = new Uint16Array(dateToDays(2030, 1, 1) - YM_FROM);
  for (let y = 1900; y < 2030; y++) {
    for (let m = 1; m <= 12; m++) {
      const from = dateToDays(y, m, 1) - YM_FROM;
      const to = (m < 12 ? dateToDays(y, m + 1, 1) : dateToDays(y + 1, 1, 1)) - YM_FROM;
      t.fill(((y % 100) << 4) | m, from, to);
    }
  }
  return t;
}

/** NIR (numéro d'inscription au répertoire) with a valid key: 13 digits + 2-digit key, as text. */
export function nir(rng: Rng, person: Person): string {
  let y: number;
  let mo: number;
  if (YM.length === 0) YM = buildYearMonths();
  const t = person.birth - YM_FROM;
  if (t >= 0 && t < YM.length) {
    y = YM[t] >> 4;
    mo = YM[t] & 15;
  } else [y, mo] = daysToParts(person.birth);
  // Built from char codes in one flat string: a string of pieces would be a tree of small strings
  // kept alive (and copied by the garbage collector) until its chunk is written.
  const yy = y % 100;
  const dept = person.birthDept;
  const place = person.birthPlace;
  const serial = 1 + below(rng, 999);
  const c0 = person.sex === 1 ? 49 : 50;
  const c1 = 48 + Math.floor(yy / 10);
  const c2 = 48 + (yy % 10);
  const c3 = 48 + Math.floor(mo / 10);
  const c4 = 48 + (mo % 10);
  const c5 = dept.charCodeAt(0);
  const c6 = dept.charCodeAt(1);
  const c7 = place.charCodeAt(0);
  const c8 = place.charCodeAt(1);
  const c9 = place.charCodeAt(2);
  const c10 = 48 + Math.floor(serial / 100);
  const c11 = 48 + (Math.floor(serial / 10) % 10);
  const c12 = 48 + (serial % 10);
  // nirKey in two remainders: the 13-digit number as 7 + 6 digits (exact in a double).
  const hi = (((((c0 * 10 + c1) * 10 + c2) * 10 + c3) * 10 + c4) * 10 + c5) * 10 + c6 - 53333328;
  const lo = ((((c7 * 10 + c8) * 10 + c9) * 10 + c10) * 10 + c11) * 10 + c12 - 5333328;
  const r = ((hi % 97) * 1000000 + lo) % 97;
  const key = 97 - r;
  return String.fromCharCode(
    c0,
    c1,
    c2,
    c3,
    c4,
    c5,
    c6,
    c7,
    c8,
    c9,
    c10,
    c11,
    c12,
    48 + Math.floor(key / 10),
    48 + (key % 10),
  );
}

/** Key of a 13-digit NIR: 97 − (number mod 97). */
export function nirKey(body: string): number {
  let r = 0;
  for (let i = 0; i < body.length; i++) r = (r * 10 + body.charCodeAt(i) - 48) % 97;
  return 97 - r;
}

// The fiction ranges hold 20,000 numbers: each is built once and shared (no string per row).
const PHONES: string[] = new Array<string>(20000).fill('');

export function phone(rng: Rng): string {
  const mobile = uniform(rng) < 0.8;
  const n = below(rng, 10000);
  const slot = mobile ? n : 10000 + n;
  let s = PHONES[slot];
  if (s === '') {
    const a = String(Math.floor(n / 100)).padStart(2, '0');
    const b = String(n % 100).padStart(2, '0');
    // Joined, not concatenated: a flat string (a concatenation is a tree the writer flattens).
    s = [mobile ? '06 39 98' : '05 36 49', a, b].join(' ');
    PHONES[slot] = s;
  }
  return s;
}

const DOMAINS = ['example.org', 'example.com', 'example.net'];
// 0 … 99, then the years 1950 … 2009, as text once (no number formatting per address).
const SMALL_NUMBERS = [
  ...Array.from({ length: 100 }, (_, k) => String(k)),
  ...Array.from({ length: 60 }, (_, k) => String(1950 + k)),
];

/** A name as it appears in an e-mail address: no accents, lower case, other characters as '-'. */
export function emailName(s: string): string {
  const ascii = s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/^-|-$/g, '');
  // Rebuilt from its character codes: after the NFD step the text stays in two-byte form even once
  // only a–z are left, and an address joined from one two-byte piece is two-byte all through.
  return String.fromCharCode(...Array.from(ascii, (c) => c.charCodeAt(0)));
}

// '@' + domain, and number + '@' + domain (at D * number + domain, D domains), flat strings built once.
const AT_DOMAIN = DOMAINS.map((d) => ['@', d].join(''));
const D = DOMAINS.length;
const NUMBER_AT_DOMAIN = SMALL_NUMBERS.flatMap((n) => DOMAINS.map((d) => [n, '@', d].join('')));

export function email(rng: Rng, person: Person): string {
  const style = below(rng, 4);
  const domain = below(rng, D);
  // Built by one join: a flat string, where concatenations would make a tree of pieces that the
  // CSV writer has to flatten (a copy) before it can read the characters. Three pieces, each made
  // once, instead of five: a join costs by the piece.
  const parts =
    style === 0
      ? [person.firstEmailDot, person.lastEmail, AT_DOMAIN[domain]]
      : style === 1
        ? [person.firstEmail[0], person.lastEmail, AT_DOMAIN[domain]]
        : style === 2
          ? [person.firstEmailDot, person.lastEmail, NUMBER_AT_DOMAIN[D * below(rng, 100) + domain]]
          : [person.lastEmailDot, person.firstEmail, NUMBER_AT_DOMAIN[D * (100 + below(rng, 60)) + domain]];
  return parts.join('');
}

/** The identifiers of an accepted household: NIRs, and a phone and e-mail for most. */
export function drawIdentifiers(rng: Rng, h: Household): void {
  h.nir = nir(rng, h.applicant);
  h.partnerNir = h.partner.present ? nir(rng, h.partner) : '';
  h.phone = uniform(rng) < 0.85 ? phone(rng) : '';
  h.email = uniform(rng) < 0.72 ? email(rng, h.applicant) : '';
}
