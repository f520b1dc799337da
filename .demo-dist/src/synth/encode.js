// Codecs between table columns and the small integer attributes the DP engine models.
//
// Each modelled column becomes one attribute 0..size-1: categories (rare ones merged into one "other"
// code), bins of numbers and dates, or a boolean; plus a "missing" code where the column may be missing.
// Decoding draws a value inside its bin (following the within-bin shape measured with noise, or uniform)
// and gives it back in the column's kind, resolution (integers stay integers, cents stay cents) and format.
import { categoricalColumn, numberColumn, } from '../table/column.js';
// ---- categorical --------------------------------------------------------------------------------
/** Label written for merged rare categories when their names are not public. */
export const OTHER_LABEL = '(other)';
export class CategoricalCodec {
    column;
    kept;
    merged;
    mergedPublic;
    size;
    missingCode;
    /** Code of the merged rare categories, or -1. */
    otherCode;
    index;
    /** Output categories: the kept ones, then the merged ones (when public) or OTHER_LABEL. */
    outCategories;
    /** Output category indices an "other" code is drawn from (uniformly). */
    otherPool;
    constructor(column, 
    /** Categories kept as their own code, in order. */
    kept, 
    /** Categories merged into "other"; their names are only written back when `mergedPublic`. */
    merged, 
    /** True when unseen or merged categories exist and need an "other" code. */
    hasOther, hasMissing, mergedPublic) {
        this.column = column;
        this.kept = kept;
        this.merged = merged;
        this.mergedPublic = mergedPublic;
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
    encode(col) {
        if (col.kind !== 'categorical')
            throw new TypeError(`column '${col.name}' is not categorical`);
        // Map each source category once, then each row.
        const byCode = col.categories.map((c) => this.index.get(c) ?? this.otherCode);
        const out = new Int32Array(col.length);
        for (let i = 0; i < col.length; i++) {
            // Missing where no missing code exists (the schema said not nullable): the "other" or first code.
            if (col.missing[i])
                out[i] = this.missingCode >= 0 ? this.missingCode : Math.max(0, this.otherCode);
            else {
                const c = byCode[col.codes[i]];
                out[i] = c >= 0 ? c : 0;
            }
        }
        return out;
    }
    decode(codes, rng, format) {
        const out = new Int32Array(codes.length);
        for (let i = 0; i < codes.length; i++) {
            const c = codes[i];
            if (c === this.missingCode)
                out[i] = -1;
            else if (c === this.otherCode)
                out[i] =
                    this.otherPool.length === 1 ? this.otherPool[0] : this.otherPool[rng.int(this.otherPool.length)];
            else
                out[i] = c;
        }
        const col = categoricalColumn(this.column, this.outCategories, out);
        return format ? { ...col, format } : col;
    }
    labels() {
        const l = [...this.kept];
        if (this.otherCode >= 0)
            l.push(this.mergedPublic ? `other (${this.merged.length} merged)` : `${OTHER_LABEL} (merged)`);
        if (this.missingCode >= 0)
            l.push('(missing)');
        return l;
    }
}
// ---- boolean ------------------------------------------------------------------------------------
export class BooleanCodec {
    column;
    size;
    missingCode;
    constructor(column, hasMissing) {
        this.column = column;
        this.missingCode = hasMissing ? 2 : -1;
        this.size = hasMissing ? 3 : 2;
    }
    encode(col) {
        if (col.kind !== 'boolean')
            throw new TypeError(`column '${col.name}' is not boolean`);
        const out = new Int32Array(col.length);
        for (let i = 0; i < col.length; i++)
            out[i] = col.missing[i] ? (this.missingCode >= 0 ? this.missingCode : 0) : col.values[i];
        return out;
    }
    decode(codes, _rng, format) {
        const n = codes.length;
        const values = new Uint8Array(n);
        const missing = new Uint8Array(n);
        for (let i = 0; i < n; i++) {
            if (codes[i] === this.missingCode)
                missing[i] = 1;
            else
                values[i] = codes[i] === 1 ? 1 : 0;
        }
        return { name: this.column, kind: 'boolean', length: n, values, missing, format };
    }
    labels() {
        return this.missingCode >= 0 ? ['false', 'true', '(missing)'] : ['false', 'true'];
    }
}
export class BinnedCodec {
    column;
    kind;
    edges;
    shapes;
    step;
    size;
    missingCode;
    /** Cumulative weights per bin, for drawing a sub-cell. */
    cumulative;
    constructor(column, kind, 
    /** Bin edges, ascending, length bins+1. Values below the first or above the last are clamped. */
    edges, 
    /** The sub-cell shape of each bin (same length as bins). */
    shapes, 
    /** Values are multiples of this (1 for integers and dates, 0.01 for cents, 1000 for whole seconds). */
    step, hasMissing) {
        this.column = column;
        this.kind = kind;
        this.edges = edges;
        this.shapes = shapes;
        this.step = step;
        const bins = edges.length - 1;
        if (bins < 1 || shapes.length !== bins)
            throw new RangeError(`bad bins for '${column}'`);
        this.missingCode = hasMissing ? bins : -1;
        this.size = bins + (hasMissing ? 1 : 0);
        this.cumulative = shapes.map((s) => {
            const c = new Float64Array(s.weights.length);
            let t = 0;
            s.weights.forEach((w, i) => {
                t += w > 0 ? w : 0;
                c[i] = t;
            });
            return c;
        });
    }
    get bins() {
        return this.edges.length - 1;
    }
    /** Bin of a value (clamped into the outer bins). */
    binOf(x) {
        const e = this.edges;
        const last = e.length - 2;
        if (!(x >= e[1]))
            return 0;
        if (x >= e[last])
            return last;
        let lo = 1;
        let hi = last; // e[lo] <= x < e[hi]
        while (hi - lo > 1) {
            const mid = (lo + hi) >> 1;
            if (x >= e[mid])
                lo = mid;
            else
                hi = mid;
        }
        return lo;
    }
    encode(col) {
        if (col.kind !== this.kind && !(isNumeric(col.kind) && isNumeric(this.kind)))
            throw new TypeError(`column '${col.name}' is ${col.kind}, expected ${this.kind}`);
        const values = col.values;
        const out = new Int32Array(col.length);
        for (let i = 0; i < col.length; i++)
            out[i] = col.missing[i] ? (this.missingCode >= 0 ? this.missingCode : 0) : this.binOf(values[i]);
        return out;
    }
    /** One value drawn inside bin b, on the step grid, and inside the bin whenever the bin holds a step. */
    draw(b, rng) {
        const shape = this.shapes[b];
        const cum = this.cumulative[b];
        const total = cum[cum.length - 1];
        let cell;
        if (total > 0) {
            const u = rng.next() * total;
            cell = 0;
            while (cell < cum.length - 1 && cum[cell] <= u)
                cell++;
        }
        else
            cell = rng.int(shape.weights.length);
        const lo = shape.edges[cell];
        const hi = shape.edges[cell + 1];
        const x = lo + rng.next() * (hi - lo);
        return this.snap(x, this.edges[b], this.edges[b + 1]);
    }
    /** Round to the step grid, staying in [lo, hi) when a grid point lies there. */
    snap(x, lo, hi) {
        const s = this.step;
        let y = roundTo(x, s);
        if (y < lo)
            y = roundTo(y + s, s);
        if (y >= hi)
            y = roundTo(y - s, s);
        if (y < lo || y >= hi)
            y = roundTo(x, s); // bin narrower than one step: nearest grid point
        return y;
    }
    decode(codes, rng, format) {
        const n = codes.length;
        const values = new Float64Array(n);
        const missing = new Uint8Array(n);
        for (let i = 0; i < n; i++) {
            const c = codes[i];
            if (c === this.missingCode) {
                missing[i] = 1;
                values[i] = Number.NaN;
            }
            else
                values[i] = this.draw(c, rng);
        }
        return numberColumn(this.column, this.kind, values, missing, format);
    }
    labels() {
        const l = [];
        for (let b = 0; b < this.bins; b++)
            l.push(`[${fmt(this.edges[b])}, ${fmt(this.edges[b + 1])})`);
        if (this.missingCode >= 0)
            l.push('(missing)');
        return l;
    }
}
function isNumeric(k) {
    return k === 'numeric' || k === 'integer';
}
/** x rounded to a multiple of step, without binary noise for decimal steps (0.01 → 2 decimals). */
export function roundTo(x, step) {
    if (step >= 1)
        return Math.round(x / step) * step;
    const decimals = Math.round(-Math.log10(step));
    const p = 10 ** decimals;
    return Math.round(x * p) / p;
}
function fmt(x) {
    return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(6)));
}
// ---- missing indicator (for columns regenerated rather than modelled) ---------------------------
/** Only whether the value is there: lets regenerated columns keep their missing rate (and its links). */
export class MissingIndicatorCodec {
    column;
    size = 2;
    missingCode = 1;
    constructor(column) {
        this.column = column;
    }
    encode(col) {
        const out = new Int32Array(col.length);
        for (let i = 0; i < col.length; i++)
            out[i] = col.missing[i];
        return out;
    }
    decode() {
        throw new Error('a missing indicator is decoded with its regenerated column');
    }
    labels() {
        return ['present', '(missing)'];
    }
}
//# sourceMappingURL=encode.js.map