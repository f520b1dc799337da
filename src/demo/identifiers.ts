// Synthetic identifiers of the demo. They have the SHAPE of real ones (so that `scan` has something to
// find) but are fictitious: allocataire numbers are a seeded permutation of row numbers, NIRs are built
// from the fictitious person's sex, birth date and birth place with a valid key, telephone numbers are
// taken from the ranges ARCEP sets aside for fiction (06 39 98 xx xx, 05 36 49 xx xx), e-mail addresses
// use the domains reserved for examples (RFC 2606: example.org, example.com, example.net).
import type { Rng } from '../random.js';
import { daysToParts } from '../table/column.js';
import type { Household, Person } from './household.js';

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
  private readonly small: [number, number];
  private readonly large: [number, number];
  constructor(rng: Rng) {
    this.small = affine(rng, SMALL);
    this.large = affine(rng, LARGE);
  }
  at(row: number): string {
    if (row < SMALL) return String(1_000_000 + mulmod(this.small[0], row, this.small[1], SMALL));
    return String(10_000_000 + mulmod(this.large[0], row - SMALL, this.large[1], LARGE));
  }
}

/** (a·x + b) mod m without losing precision (a, x < 2^27 each would overflow 2^53 otherwise). */
function mulmod(a: number, x: number, b: number, m: number): number {
  const hi = Math.floor(x / 65536);
  const lo = x % 65536;
  return (((((a * hi) % m) * 65536) % m) + ((a * lo) % m) + b) % m;
}

/** NIR (numéro d'inscription au répertoire) with a valid key: 13 digits + 2-digit key, as text. */
export function nir(rng: Rng, person: Person): string {
  const [y, mo] = daysToParts(person.birth);
  // Built from char codes in one flat string: a string of pieces would be a tree of small strings
  // kept alive (and copied by the garbage collector) until its chunk is written.
  const yy = y % 100;
  const dept = person.birthDept;
  const place = person.birthPlace;
  const serial = 1 + rng.int(999);
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
  // nirKey, on the codes.
  let r = 0;
  r = (r * 10 + c0 - 48) % 97;
  r = (r * 10 + c1 - 48) % 97;
  r = (r * 10 + c2 - 48) % 97;
  r = (r * 10 + c3 - 48) % 97;
  r = (r * 10 + c4 - 48) % 97;
  r = (r * 10 + c5 - 48) % 97;
  r = (r * 10 + c6 - 48) % 97;
  r = (r * 10 + c7 - 48) % 97;
  r = (r * 10 + c8 - 48) % 97;
  r = (r * 10 + c9 - 48) % 97;
  r = (r * 10 + c10 - 48) % 97;
  r = (r * 10 + c11 - 48) % 97;
  r = (r * 10 + c12 - 48) % 97;
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
  const mobile = rng.next() < 0.8;
  const n = rng.int(10000);
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

// Names come from short lists: their e-mail forms are computed once.
const emailForms = new Map<string, string>();
function clean(s: string): string {
  let out = emailForms.get(s);
  if (out === undefined) {
    out = s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z]+/g, '-')
      .replace(/^-|-$/g, '');
    emailForms.set(s, out);
  }
  return out;
}

export function email(rng: Rng, person: Person): string {
  const first = clean(person.firstName);
  const last = clean(person.lastName);
  const style = rng.int(4);
  // Built by one join: a flat string, where concatenations would make a tree of pieces that the
  // CSV writer has to flatten (a copy) before it can read the characters.
  const parts =
    style === 0
      ? [first, '.', last]
      : style === 1
        ? [first[0], last]
        : style === 2
          ? [first, '.', last, rng.int(100)]
          : [last, '.', first, 1950 + rng.int(60)];
  parts.push('@', DOMAINS[rng.int(DOMAINS.length)]);
  return parts.join('');
}

/** The identifiers of an accepted household: NIRs, and a phone and e-mail for most. */
export function drawIdentifiers(rng: Rng, h: Household): void {
  h.nir = nir(rng, h.applicant);
  h.partnerNir = h.partner.present ? nir(rng, h.partner) : '';
  h.phone = rng.next() < 0.85 ? phone(rng) : '';
  h.email = rng.next() < 0.72 ? email(rng, h.applicant) : '';
}
