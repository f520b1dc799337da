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

export type Seed = number | string;

export interface Rng {
  /** Uniform double in [0, 1) with 53 random bits. */
  next(): number;
  /** Uniform 32-bit unsigned integer. */
  uint32(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Standard normal deviate. */
  normal(): number;
  /** An independent generator derived from this one's seed and a label (stable across runs). */
  fork(label: string): Rng;
}

const TWO_POW_32 = 4294967296;

function seedBytes(seed: Seed, label: string): Uint8Array {
  return sha256(new TextEncoder().encode(`fictif:${typeof seed}:${seed}/${label}`));
}

abstract class Base implements Rng {
  private spare = Number.NaN;
  abstract uint32(): number;
  abstract fork(label: string): Rng;
  next(): number {
    // 27 + 26 bits, as in the classic 53-bit construction.
    const a = this.uint32() >>> 5;
    const b = this.uint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }
  int(n: number): number {
    if (!(n > 0) || !Number.isInteger(n)) throw new RangeError(`int(n) needs a positive integer, got ${n}`);
    if (n <= TWO_POW_32) {
      // Rejection sampling: no modulo bias.
      const limit = TWO_POW_32 - (TWO_POW_32 % n);
      for (;;) {
        const u = this.uint32();
        if (u < limit) return u % n;
      }
    }
    return Math.floor(this.next() * n);
  }
  normal(): number {
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

// Words are made WORDS at a time, the state in locals: uint32() is then a buffer read (48 bytes of
// bytecode against 171 for the step), cheaper wherever it is inlined and easier on the compiler's
// inlining budget in large callers (the demo draws ~60 words per household). Same sequence.
const WORDS = 64;

class Xoshiro128 extends Base {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private readonly words = new Uint32Array(WORDS);
  private pos = WORDS;
  constructor(
    private readonly seed: Seed,
    private readonly label: string,
  ) {
    super();
    const bytes = seedBytes(seed, label);
    const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // As signed words, the form refill keeps them in: a field that holds a small integer for one
    // generator and a double for the next makes the optimised refill start over.
    this.a = v.getInt32(0, true);
    this.b = v.getInt32(4, true);
    this.c = v.getInt32(8, true);
    this.d = v.getInt32(12, true);
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
  }
  uint32(): number {
    if (this.pos === WORDS) this.refill();
    return this.words[this.pos++];
  }
  /** The next WORDS outputs of xoshiro128** into the buffer. */
  private refill(): void {
    const w = this.words;
    let a = this.a | 0;
    let b = this.b | 0;
    let c = this.c | 0;
    let d = this.d | 0;
    // Rotations written out (a call to a module-level function checks its binding each time).
    for (let i = 0; i < WORDS; i++) {
      const x = Math.imul(b, 5);
      w[i] = Math.imul((x << 7) | (x >>> 25), 9);
      const t = b << 9;
      c ^= a;
      d ^= b;
      b ^= c;
      a ^= d;
      c ^= t;
      d = (d << 11) | (d >>> 21);
    }
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
    this.pos = 0;
  }
  fork(label: string): Rng {
    return new Xoshiro128(this.seed, `${this.label}/${label}`);
  }
}

const BLOCK = 4096;

class ChaCha extends Base {
  private readonly key: Uint8Array;
  private readonly nonce = new Uint8Array(12);
  private readonly zeros = new Uint8Array(BLOCK);
  private words = new Uint32Array(0);
  private pos = 0;
  private counter = 0;
  constructor(
    private readonly seed: Seed,
    private readonly label: string,
  ) {
    super();
    this.key = seedBytes(seed, `noise:${label}`);
  }
  uint32(): number {
    if (this.pos >= this.words.length) {
      const out = chacha20(this.key, this.nonce, this.zeros, new Uint8Array(BLOCK), this.counter);
      this.counter += BLOCK / 64;
      this.words = new Uint32Array(out.buffer, out.byteOffset, BLOCK / 4);
      this.pos = 0;
    }
    return this.words[this.pos++];
  }
  fork(label: string): Rng {
    return new ChaCha(this.seed, `${this.label}/${label}`);
  }
}

export function createRng(seed: Seed, label = ''): Rng {
  return new Xoshiro128(seed, label);
}

export function createNoiseRng(seed: Seed, label = ''): Rng {
  return new ChaCha(seed, label);
}

/** A fresh unpredictable seed, for DP noise when the user sets none. */
export function freshSeed(): string {
  const b = new Uint8Array(16);
  globalThis.crypto.getRandomValues(b);
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

/** Fisher–Yates shuffle of indices 0..n-1. */
export function permutation(rng: Rng, n: number): Int32Array {
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = p[i];
    p[i] = p[j];
    p[j] = t;
  }
  return p;
}
