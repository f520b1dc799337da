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
  const body =
    (person.sex === 1 ? '1' : '2') +
    String(y % 100).padStart(2, '0') +
    String(mo).padStart(2, '0') +
    person.birthDept +
    person.birthPlace +
    String(1 + rng.int(999)).padStart(3, '0');
  return `${body}${String(nirKey(body)).padStart(2, '0')}`;
}

/** Key of a 13-digit NIR: 97 − (number mod 97). */
export function nirKey(body: string): number {
  let r = 0;
  for (let i = 0; i < body.length; i++) r = (r * 10 + body.charCodeAt(i) - 48) % 97;
  return 97 - r;
}

export function phone(rng: Rng): string {
  const prefix = rng.next() < 0.8 ? '06 39 98' : '05 36 49';
  const n = rng.int(10000);
  const a = String(Math.floor(n / 100)).padStart(2, '0');
  const b = String(n % 100).padStart(2, '0');
  return `${prefix} ${a} ${b}`;
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
  const local =
    style === 0
      ? `${first}.${last}`
      : style === 1
        ? `${first[0]}${last}`
        : style === 2
          ? `${first}.${last}${rng.int(100)}`
          : `${last}.${first}${1950 + rng.int(60)}`;
  return `${local}@${DOMAINS[rng.int(DOMAINS.length)]}`;
}

/** The identifiers of an accepted household: NIRs, and a phone and e-mail for most. */
export function drawIdentifiers(rng: Rng, h: Household): void {
  h.nir = nir(rng, h.applicant);
  h.partnerNir = h.partner.present ? nir(rng, h.partner) : '';
  h.phone = rng.next() < 0.85 ? phone(rng) : '';
  h.email = rng.next() < 0.72 ? email(rng, h.applicant) : '';
}
