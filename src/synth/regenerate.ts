// Identifier and free-text columns are not modelled: a value that names one person has no statistical
// content worth keeping and would leak. They are regenerated as fresh fictitious values of the same shape
// ("A1234567" → another capital letter and 7 digits), all different from each other, drawn without
// looking at the real values. The shape is learnt only from formats that at least MIN_SHARED rows share, never from one value.
import {
  type Column,
  isNumberKind,
  numberColumn,
  stringColumn,
  categoricalColumn,
  valueAt,
} from '../table/column.js';
import type { Rng } from '../random.js';

/** A format must be shared by this many rows to be reproduced (no single row shapes the output). */
export const MIN_SHARED = 10;

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';

/** One format: per position a class ('A' capital, 'a' small letter, '9' digit) or a literal character. */
interface Shape {
  /** Per position: 'A' | 'a' | '9' for a random character, or `=x` for the literal x. */
  slots: string[];
  weight: number;
}

export interface RegeneratedSummary {
  column: string;
  kind: string;
  /** How the new values look, e.g. "A9999999" (A = capital, a = small letter, 9 = digit). */
  shapes: string[];
  /** True when no format was common enough and a generic one was used. */
  generic: boolean;
}

function classOf(ch: string): string {
  if (ch >= 'A' && ch <= 'Z') return 'A';
  if (ch >= 'a' && ch <= 'z') return 'a';
  if (ch >= '0' && ch <= '9') return '9';
  return `=${ch}`;
}

/** The regenerator of one column: learns its formats once, then draws fresh unique values. */
export class Regenerator {
  private readonly shapes: Shape[];
  private readonly total: number;
  private readonly used = new Set<string>();
  readonly generic: boolean;
  private readonly syllables: boolean;
  private readonly typicalLength: number;

  constructor(
    readonly column: string,
    readonly kind: Column['kind'],
    readonly format: string | undefined,
    values: readonly string[],
  ) {
    const byPattern = new Map<string, { count: number; first: string[]; constant: boolean[] }>();
    const lengths: number[] = [];
    for (const v of values) {
      if (v === '') continue;
      lengths.push(v.length);
      const chars = [...v];
      const key = chars.map(classOf).join('\u0000');
      const s = byPattern.get(key);
      if (!s) byPattern.set(key, { count: 1, first: chars, constant: chars.map(() => true) });
      else {
        s.count++;
        chars.forEach((c, i) => {
          if (c !== s.first[i]) s.constant[i] = false;
        });
      }
    }
    this.shapes = [];
    for (const [key, s] of byPattern) {
      if (s.count < MIN_SHARED) continue;
      const classes = key.split('\u0000');
      // A character kept literally only when every row of the format has it (a prefix, a separator).
      const slots = classes.map((c, i) => (c.startsWith('=') || s.constant[i] ? `=${s.first[i]}` : c));
      // A format with nothing to draw would only repeat a real value: not a shape.
      if (slots.every((x) => x.startsWith('='))) continue;
      this.shapes.push({ slots, weight: s.count });
    }
    // The 20 most common formats are kept (outside the DP guarantee, as documented), then drawn with
    // equal weights: how often each format occurs in the real data must not show in the output.
    this.shapes.sort((a, b) => b.weight - a.weight);
    if (this.shapes.length > 20) this.shapes.length = 20;
    for (const shape of this.shapes) shape.weight = 1;
    this.generic = this.shapes.length === 0;
    lengths.sort((a, b) => a - b);
    this.typicalLength = lengths.length ? lengths[lengths.length >> 1] : 8;
    // Free text with no common format becomes pseudo-words of a typical length; identifiers a code.
    this.syllables = this.generic && kind === 'text';
    if (this.generic && !this.syllables) {
      const n = Math.max(6, Math.min(12, this.typicalLength));
      this.shapes.push({ slots: ['A', ...Array.from({ length: n - 1 }, () => '9')], weight: 1 });
    }
    this.total = this.shapes.reduce((t, s) => t + s.weight, 0);
  }

  summary(): RegeneratedSummary {
    return {
      column: this.column,
      kind: this.kind,
      shapes: this.syllables
        ? [`pseudo-words of about ${this.typicalLength} characters`]
        : this.shapes.map((s) => s.slots.map((c) => (c.startsWith('=') ? c.slice(1) : c)).join('')),
      generic: this.generic,
    };
  }

  private drawShape(rng: Rng): Shape {
    let u = rng.next() * this.total;
    for (const s of this.shapes) {
      u -= s.weight;
      if (u < 0) return s;
    }
    return this.shapes[this.shapes.length - 1];
  }

  private fromShape(shape: Shape, rng: Rng, extra: number): string {
    let out = '';
    const numeric = isNumberKind(this.kind);
    shape.slots.forEach((c, i) => {
      if (c.startsWith('=')) out += c.slice(1);
      else if (c === 'A') out += UPPER[rng.int(26)];
      else if (c === 'a') out += LOWER[rng.int(26)];
      else out += numeric && i === 0 ? DIGITS[1 + rng.int(9)] : DIGITS[rng.int(10)];
    });
    for (let i = 0; i < extra; i++) out += DIGITS[rng.int(10)];
    return out;
  }

  private pseudoWords(rng: Rng, extra: number): string {
    const consonants = 'bcdfghjklmnprstvz';
    const vowels = 'aeiou';
    let out = '';
    const target = this.typicalLength + extra;
    while (out.length < target) {
      if (out.length > 0 && rng.int(6) === 0) out += ' ';
      out += consonants[rng.int(consonants.length)] + vowels[rng.int(vowels.length)];
    }
    return out.charAt(0).toUpperCase() + out.slice(1, target).trimEnd();
  }

  /**
   * One fresh value, never one already drawn. Values are drawn without looking at the real ones: excluding
   * real values would tell that any value in the output is absent from the input, which differential
   * privacy forbids. A drawn value may therefore equal a real one by chance, as any random code could.
   */
  next(rng: Rng): string {
    // Past a few collisions the format is nearly exhausted: lengthen it by a digit rather than loop.
    for (let attempt = 0; ; attempt++) {
      const extra = attempt < 20 ? 0 : Math.floor(attempt / 20);
      const v = this.syllables
        ? this.pseudoWords(rng, extra)
        : this.fromShape(this.drawShape(rng), rng, extra);
      if (!this.used.has(v)) {
        this.used.add(v);
        return v;
      }
    }
  }

  /** A column of n fresh values; rows where `missing` is 1 are left missing. */
  generate(n: number, rng: Rng, missing: Uint8Array): Column {
    const values = new Array<string>(n);
    for (let i = 0; i < n; i++) values[i] = missing[i] ? '' : this.next(rng);
    switch (this.kind) {
      case 'text':
      case 'identifier':
        return { ...stringColumn(this.column, this.kind, values, missing), format: this.format };
      case 'categorical': {
        const categories: string[] = [];
        const codes = new Int32Array(n);
        for (let i = 0; i < n; i++) codes[i] = missing[i] ? -1 : categories.push(values[i]) - 1;
        return categoricalColumn(this.column, categories, codes);
      }
      case 'boolean':
        throw new TypeError(`a boolean column ('${this.column}') cannot be regenerated`);
      default: {
        const f = Float64Array.from(values, (v, i) => (missing[i] ? Number.NaN : Number(v)));
        return numberColumn(this.column, this.kind, f, missing, this.format);
      }
    }
  }
}

/** The string form of each row of a column, '' where missing (numbers as their digits). */
export function stringsOf(col: Column): string[] {
  if (col.kind === 'text' || col.kind === 'identifier')
    return col.values.map((v, i) => (col.missing[i] ? '' : v));
  const out = new Array<string>(col.length);
  for (let i = 0; i < col.length; i++) {
    const v = valueAt(col, i);
    out[i] = v === null ? '' : String(v);
  }
  return out;
}
