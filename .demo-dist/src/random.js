// Seeded random numbers. Every random choice in fictif flows from an Rng built from a user-visible seed,
// so the same seed gives the same output.
//
// Two generators share one interface:
// - `createRng(seed)`: xoshiro128**, fast, for simulation and sampling (demo population, synthetic rows).
// - `createNoiseRng(seed)`: a ChaCha20 keystream, for differential-privacy noise. Its outputs cannot be
//   predicted without the seed, so the noise cannot be subtracted by someone who sees the released data.
//   The seed of DP noise is a secret: whoever knows it can remove the noise.
import { chacha20 } from '@noble/ciphers/chacha.js';
import { sha256 } from '@noble/hashes/sha2.js';
const TWO_POW_32 = 4294967296;
function seedBytes(seed, label) {
    return sha256(new TextEncoder().encode(`fictif:${typeof seed}:${seed}/${label}`));
}
class Base {
    spare = Number.NaN;
    next() {
        // 27 + 26 bits, as in the classic 53-bit construction.
        const a = this.uint32() >>> 5;
        const b = this.uint32() >>> 6;
        return (a * 67108864 + b) / 9007199254740992;
    }
    int(n) {
        if (!(n > 0) || !Number.isInteger(n))
            throw new RangeError(`int(n) needs a positive integer, got ${n}`);
        if (n <= TWO_POW_32) {
            // Rejection sampling: no modulo bias.
            const limit = TWO_POW_32 - (TWO_POW_32 % n);
            for (;;) {
                const u = this.uint32();
                if (u < limit)
                    return u % n;
            }
        }
        return Math.floor(this.next() * n);
    }
    normal() {
        if (!Number.isNaN(this.spare)) {
            const s = this.spare;
            this.spare = Number.NaN;
            return s;
        }
        // Marsaglia polar method.
        for (;;) {
            const u = 2 * this.next() - 1;
            const v = 2 * this.next() - 1;
            const s = u * u + v * v;
            if (s > 0 && s < 1) {
                const m = Math.sqrt((-2 * Math.log(s)) / s);
                this.spare = v * m;
                return u * m;
            }
        }
    }
}
class Xoshiro128 extends Base {
    seed;
    label;
    a;
    b;
    c;
    d;
    constructor(seed, label) {
        super();
        this.seed = seed;
        this.label = label;
        const bytes = seedBytes(seed, label);
        const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        this.a = v.getUint32(0, true);
        this.b = v.getUint32(4, true);
        this.c = v.getUint32(8, true);
        this.d = v.getUint32(12, true);
        if ((this.a | this.b | this.c | this.d) === 0)
            this.a = 1;
    }
    uint32() {
        const r = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
        const t = this.b << 9;
        this.c ^= this.a;
        this.d ^= this.b;
        this.b ^= this.c;
        this.a ^= this.d;
        this.c ^= t;
        this.d = rotl(this.d, 11);
        return r;
    }
    fork(label) {
        return new Xoshiro128(this.seed, `${this.label}/${label}`);
    }
}
function rotl(x, k) {
    return (x << k) | (x >>> (32 - k));
}
const BLOCK = 4096;
class ChaCha extends Base {
    seed;
    label;
    key;
    nonce = new Uint8Array(12);
    zeros = new Uint8Array(BLOCK);
    words = new Uint32Array(0);
    pos = 0;
    counter = 0;
    constructor(seed, label) {
        super();
        this.seed = seed;
        this.label = label;
        this.key = seedBytes(seed, `noise:${label}`);
    }
    uint32() {
        if (this.pos >= this.words.length) {
            const out = chacha20(this.key, this.nonce, this.zeros, new Uint8Array(BLOCK), this.counter);
            this.counter += BLOCK / 64;
            this.words = new Uint32Array(out.buffer, out.byteOffset, BLOCK / 4);
            this.pos = 0;
        }
        return this.words[this.pos++];
    }
    fork(label) {
        return new ChaCha(this.seed, `${this.label}/${label}`);
    }
}
export function createRng(seed, label = '') {
    return new Xoshiro128(seed, label);
}
export function createNoiseRng(seed, label = '') {
    return new ChaCha(seed, label);
}
/** A fresh unpredictable seed, for DP noise when the user sets none. */
export function freshSeed() {
    const b = new Uint8Array(16);
    globalThis.crypto.getRandomValues(b);
    return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}
/** Fisher–Yates shuffle of indices 0..n-1. */
export function permutation(rng, n) {
    const p = new Int32Array(n);
    for (let i = 0; i < n; i++)
        p[i] = i;
    for (let i = n - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        const t = p[i];
        p[i] = p[j];
        p[j] = t;
    }
    return p;
}
//# sourceMappingURL=random.js.map