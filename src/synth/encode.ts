// Codecs between table columns and the small integer attributes the DP engine models.
//
// Each modelled column becomes one attribute 0..size-1: categories (rare ones merged into one "other"
// code), bins of numbers and dates, or a boolean; plus a "missing" code where the column may be missing.
// Decoding draws a value inside its bin (following the within-bin shape measured with noise, or uniform)
// and gives it back in the column's kind, resolution (integers stay integers, cents stay cents) and format.
import {
  type BooleanColumn,
  type CategoricalColumn,
  type Column,
  type NumberColumn,
  type NumberKind,
  categoricalColumn,
  numberColumn,
} from '../table/column.js';
import type { Rng } from '../random.js';

/** A column seen as one attribute of the discrete domain. */
export interface AttributeCodec {
  /** The table column it comes from. */
  readonly column: string;
  /** Number of codes. */
  readonly size: number;
  /** Code for "missing", or -1 when the attribute has none. */
  readonly missingCode: number;
  /** Codes of the rows of this column (same length). Values out of the domain are clamped or merged. */
  encode(col: Column): Int32Array;
  /** A column of values drawn from these codes, in the original kind and format. */
  decode(codes: Int32Array, rng: Rng, format?: string): Column;
  /** What the code means, for the provenance file and the docs: one short label per code. */
  labels(): string[];
}

// ---- categorical --------------------------------------------------------------------------------

/** Label written for merged rare categories when their names are not public. */
export const OTHER_LABEL = '(other)';

export class CategoricalCodec implements AttributeCodec {
  readonly size: number;
  readonly missingCode: number;
  /** Code of the merged rare categories, or -1. */
  readonly otherCode: number;
  private readonly index: Map<string, number>;
  /** Output categories: the kept ones, then the merged ones (when public) or OTHER_LABEL. */
  private readonly outCategories: string[];
  /** Output category indices an "other" code is drawn from (uniformly). */
  private readonly otherPool: number[];

  constructor(
    readonly column: string,
    /** Categories kept as their own code, in order. */
    readonly kept: readonly string[],
    /** Categories merged into "other"; their names are only written back when `mergedPublic`. */
    readonly merged: readonly string[],
    /** True when unseen or merged categories exist and need an "other" code. */
    hasOther: boolean,
    hasMissing: boolean,
    readonly mergedPublic: boolean,
  ) {
    this.index = new Map(kept.map((c, i) => [c, i]));
    this.otherCode = hasOther ? kept.length : -1;
    this.missingCode = hasMissing ? kept.length + (hasOther ? 1 : 0) : -1;
    this.size = kept.length + (hasOther ? 1 : 0) + (hasMissing ? 1 : 0);
    this.outCategories = [...kept];
    this.otherPool = [];
    if (hasOther) {
      const pool = mergedPublic && merged.length > 0 ? merged : [OTHER_LABEL];
      for (const m of pool) {
        this.otherPool.push(this.outCategories.length);
        this.outCategories.push(m);
      }
    }
  }

  encode(col: Column): Int32Array {
    if (col.kind !== 'categorical') throw new TypeError(`column '${col.name}' is not categorical`);
    // Map each source category once, then each row.
    const unknown = this.otherCode >= 0 ? this.otherCode : Math.max(0, this.missingCode);
    const byCode = col.categories.map((c) => this.index.get(c) ?? unknown);
    const out = new Int32Array(col.length);
    for (let i = 0; i < col.length; i++) {
      // Missing where no missing code exists (the schema said not nullable): the "other" or first code.
      if (col.missing[i]) out[i] = this.missingCode >= 0 ? this.missingCode : Math.max(0, this.otherCode);
      else {
        const c = byCode[col.codes[i]];
        out[i] = Math.max(c, 0);
      }
    }
    return out;
  }

  decode(codes: Int32Array, rng: Rng, format?: string): CategoricalColumn {
    const out = new Int32Array(codes.length);
    for (let i = 0; i < codes.length; i++) {
      const c = codes[i];
      if (c === this.missingCode) out[i] = -1;
      else if (c === this.otherCode)
        out[i] =
          this.otherPool.length === 1 ? this.otherPool[0] : this.otherPool[rng.int(this.otherPool.length)];
      else out[i] = c;
    }
    const col = categoricalColumn(this.column, this.outCategories, out);
    return format ? { ...col, format } : col;
  }

  labels(): string[] {
    const l = [...this.kept];
    if (this.otherCode >= 0)
      l.push(this.mergedPublic ? `other (${this.merged.length} merged)` : `${OTHER_LABEL} (merged)`);
    if (this.missingCode >= 0) l.push('(missing)');
    return l;
  }
}

// ---- boolean ------------------------------------------------------------------------------------

export class BooleanCodec implements AttributeCodec {
  readonly size: number;
  readonly missingCode: number;
  constructor(
    readonly column: string,
    hasMissing: boolean,
  ) {
    this.missingCode = hasMissing ? 2 : -1;
    this.size = hasMissing ? 3 : 2;
  }
  encode(col: Column): Int32Array {
    if (col.kind !== 'boolean') throw new TypeError(`column '${col.name}' is not boolean`);
    const out = new Int32Array(col.length);
    for (let i = 0; i < col.length; i++)
      out[i] = col.missing[i] ? Math.max(this.missingCode, 0) : col.values[i];
    return out;
  }
  decode(codes: Int32Array, _rng: Rng, format?: string): BooleanColumn {
    const n = codes.length;
    const values = new Uint8Array(n);
    const missing = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      if (codes[i] === this.missingCode) missing[i] = 1;
      else values[i] = codes[i] === 1 ? 1 : 0;
    }
    return { name: this.column, kind: 'boolean', length: n, values, missing, format };
  }
  labels(): string[] {
    return this.missingCode >= 0 ? ['false', 'true', '(missing)'] : ['false', 'true'];
  }
}

// ---- numbers and dates in bins ------------------------------------------------------------------

/** Within one bin: sub-cells [lo, hi) with weights (noisy counts clipped at 0, or uniform). */
export interface BinShape {
  /** Sub-cell edges, ascending, length k+1; the bin is [edges[0], edges[k]). */
  edges: number[];
  /** Weights of the k sub-cells (any non-negative numbers; all zero means uniform). */
  weights: number[];
}

export class BinnedCodec implements AttributeCodec {
  readonly size: number;
  readonly missingCode: number;
  /** Cumulative weights per bin, for drawing a sub-cell. */
  private readonly cumulative: Float64Array[];

  constructor(
    readonly column: string,
    readonly kind: NumberKind,
    /** Bin edges, ascending, length bins+1. Values below the first or above the last are clamped. */
    readonly edges: readonly number[],
    /** The sub-cell shape of each bin (same length as bins). */
    readonly shapes: readonly BinShape[],
    /** Values are multiples of this (1 for integers and dates, 0.01 for cents, 1000 for whole seconds). */
    readonly step: number,
    hasMissing: boolean,
  ) {
    const bins = edges.length - 1;
    if (bins < 1 || shapes.length !== bins) throw new RangeError(`bad bins for '${column}'`);
    this.missingCode = hasMissing ? bins : -1;
    this.size = bins + (hasMissing ? 1 : 0);
    this.cumulative = shapes.map((s) => {
      const c = new Float64Array(s.weights.length);
      let t = 0;
      s.weights.forEach((w, i) => {
        t += Math.max(w, 0);
        c[i] = t;
      });
      return c;
    });
  }

  get bins(): number {
    return this.edges.length - 1;
  }

  /** Bin of a value (clamped into the outer bins). */
  binOf(x: number): number {
    const e = this.edges;
    const last = e.length - 2;
    if (!(x >= e[1])) return 0;
    if (x >= e[last]) return last;
    let lo = 1;
    let hi = last; // e[lo] <= x < e[hi]
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (x >= e[mid]) lo = mid;
      else hi = mid;
    }
    return lo;
  }

  encode(col: Column): Int32Array {
    if (col.kind !== this.kind && !(isNumeric(col.kind) && isNumeric(this.kind)))
      throw new TypeError(`column '${col.name}' is ${col.kind}, expected ${this.kind}`);
    const values = (col as NumberColumn).values;
    const out = new Int32Array(col.length);
    for (let i = 0; i < col.length; i++)
      out[i] = col.missing[i] ? Math.max(this.missingCode, 0) : this.binOf(values[i]);
    return out;
  }

  /** One value drawn inside bin b, on the step grid, and inside the bin whenever the bin holds a step. */
  draw(b: number, rng: Rng): number {
    const shape = this.shapes[b];
    const cum = this.cumulative[b];
    const total = cum[cum.length - 1];
    let cell: number;
    if (total > 0) {
      const u = rng.next() * total;
      cell = 0;
      while (cell < cum.length - 1 && cum[cell] <= u) cell++;
    } else cell = rng.int(shape.weights.length);
    const lo = shape.edges[cell];
    const hi = shape.edges[cell + 1];
    const x = lo + rng.next() * (hi - lo);
    return this.snap(x, this.edges[b], this.edges[b + 1]);
  }

  /** Round to the step grid, staying in [lo, hi) when a grid point lies there. */
  private snap(x: number, lo: number, hi: number): number {
    const s = this.step;
    let y = roundTo(x, s);
    if (y < lo) y = roundTo(y + s, s);
    if (y >= hi) y = roundTo(y - s, s);
    if (y < lo || y >= hi) y = roundTo(x, s); // bin narrower than one step: nearest grid point
    return y;
  }

  decode(codes: Int32Array, rng: Rng, format?: string): NumberColumn {
    const n = codes.length;
    const values = new Float64Array(n);
    const missing = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const c = codes[i];
      if (c === this.missingCode) {
        missing[i] = 1;
        values[i] = Number.NaN;
      } else values[i] = this.draw(c, rng);
    }
    return numberColumn(this.column, this.kind, values, missing, format);
  }

  labels(): string[] {
    const l: string[] = [];
    for (let b = 0; b < this.bins; b++) l.push(`[${fmt(this.edges[b])}, ${fmt(this.edges[b + 1])})`);
    if (this.missingCode >= 0) l.push('(missing)');
    return l;
  }
}

function isNumeric(k: string): boolean {
  return k === 'numeric' || k === 'integer';
}

/** x rounded to a multiple of step, without binary noise for decimal steps (0.01 → 2 decimals). */
export function roundTo(x: number, step: number): number {
  if (step >= 1) return Math.round(x / step) * step;
  const decimals = Math.round(-Math.log10(step));
  const p = 10 ** decimals;
  return Math.round(x * p) / p;
}

function fmt(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(6)));
}

// ---- missing indicator (for columns regenerated rather than modelled) ---------------------------

/** Only whether the value is there: lets regenerated columns keep their missing rate (and its links). */
export class MissingIndicatorCodec implements AttributeCodec {
  readonly size = 2;
  readonly missingCode = 1;
  constructor(readonly column: string) {}
  encode(col: Column): Int32Array {
    const out = new Int32Array(col.length);
    for (let i = 0; i < col.length; i++) out[i] = col.missing[i];
    return out;
  }
  decode(): Column {
    throw new Error('a missing indicator is decoded with its regenerated column');
  }
  labels(): string[] {
    return ['present', '(missing)'];
  }
}
