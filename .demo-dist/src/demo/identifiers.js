import { daysToParts } from '../table/column.js';
const SMALL = 9_000_000;
const LARGE = 90_000_000;
/** A bijection of [0, m) from (a, b) with gcd(a, m) = 1. */
function affine(rng, m) {
    for (;;) {
        const a = 1 + rng.int(m - 1);
        if (gcd(a, m) === 1)
            return [a, rng.int(m)];
    }
}
function gcd(a, b) {
    while (b)
        [a, b] = [b, a % b];
    return a;
}
/** Unique allocataire numbers: 7 digits for the first 9 million rows, 8 digits beyond. */
export class AllocataireNumbers {
    small;
    large;
    constructor(rng) {
        this.small = affine(rng, SMALL);
        this.large = affine(rng, LARGE);
    }
    at(row) {
        if (row < SMALL)
            return String(1_000_000 + mulmod(this.small[0], row, this.small[1], SMALL));
        return String(10_000_000 + mulmod(this.large[0], row - SMALL, this.large[1], LARGE));
    }
}
/** (a·x + b) mod m without losing precision (a, x < 2^27 each would overflow 2^53 otherwise). */
function mulmod(a, x, b, m) {
    const hi = Math.floor(x / 65536);
    const lo = x % 65536;
    return (((((a * hi) % m) * 65536) % m) + ((a * lo) % m) + b) % m;
}
/** NIR (numéro d'inscription au répertoire) with a valid key: 13 digits + 2-digit key, as text. */
export function nir(rng, person) {
    const [y, mo] = daysToParts(person.birth);
    const body = (person.sex === 1 ? '1' : '2') +
        String(y % 100).padStart(2, '0') +
        String(mo).padStart(2, '0') +
        person.birthDept +
        person.birthPlace +
        String(1 + rng.int(999)).padStart(3, '0');
    return `${body}${String(nirKey(body)).padStart(2, '0')}`;
}
/** Key of a 13-digit NIR: 97 − (number mod 97). */
export function nirKey(body) {
    let r = 0;
    for (let i = 0; i < body.length; i++)
        r = (r * 10 + body.charCodeAt(i) - 48) % 97;
    return 97 - r;
}
export function phone(rng) {
    const prefix = rng.next() < 0.8 ? '06 39 98' : '05 36 49';
    const n = rng.int(10000);
    const a = String(Math.floor(n / 100)).padStart(2, '0');
    const b = String(n % 100).padStart(2, '0');
    return `${prefix} ${a} ${b}`;
}
const DOMAINS = ['example.org', 'example.com', 'example.net'];
export function email(rng, person) {
    const clean = (s) => s
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z]+/g, '-')
        .replace(/^-|-$/g, '');
    const first = clean(person.firstName);
    const last = clean(person.lastName);
    const style = rng.int(4);
    const local = style === 0
        ? `${first}.${last}`
        : style === 1
            ? `${first[0]}${last}`
            : style === 2
                ? `${first}.${last}${rng.int(100)}`
                : `${last}.${first}${1950 + rng.int(60)}`;
    return `${local}@${DOMAINS[rng.int(DOMAINS.length)]}`;
}
//# sourceMappingURL=identifiers.js.map