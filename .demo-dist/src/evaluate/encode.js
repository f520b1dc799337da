// One shared encoding of the tables being compared. Every evaluated column becomes either a numeric
// array (NaN = missing) or categorical codes into ONE category list common to all tables (-1 = missing),
// so that "same value" means the same thing in the real, synthetic and holdout files.
import { usageError } from '../errors.js';
import { isNumberKind } from '../table/column.js';
/** Text columns with more distinct values than this are free text, not categories. */
const MAX_TEXT_CATEGORIES = 100;
function family(col) {
    if (col.kind === 'identifier')
        return 'id';
    return isNumberKind(col.kind) ? 'num' : 'cat';
}
/** The values of a categorical-like column as strings (null = missing). */
function stringsOf(col) {
    const out = new Array(col.length);
    for (let i = 0; i < col.length; i++) {
        if (col.missing[i])
            out[i] = null;
        else if (col.kind === 'categorical')
            out[i] = col.categories[col.codes[i]];
        else if (col.kind === 'boolean')
            out[i] = col.values[i] ? 'true' : 'false';
        else if (col.kind === 'text' || col.kind === 'identifier')
            out[i] = col.values[i];
        else
            out[i] = String(col.values[i]);
    }
    return out;
}
function distinctCount(values, stopAt) {
    const s = new Set();
    for (const v of values)
        if (v !== null && s.add(v).size > stopAt)
            break;
    return s.size;
}
/** Check that the tables share their columns; a usage error naming the differences otherwise. */
export function checkSameSchema(real, other, otherLabel) {
    const a = new Set(real.names);
    const b = new Set(other.names);
    const onlyReal = real.names.filter((n) => !b.has(n));
    const onlyOther = other.names.filter((n) => !a.has(n));
    if (onlyReal.length || onlyOther.length) {
        const parts = [];
        if (onlyReal.length)
            parts.push(`only in the real file: ${onlyReal.join(', ')}`);
        if (onlyOther.length)
            parts.push(`only in the ${otherLabel} file: ${onlyOther.join(', ')}`);
        throw usageError(`the real and ${otherLabel} files do not have the same columns (${parts.join('; ')})`, {
            file: other.meta.source,
        });
    }
    for (const name of real.names) {
        const fr = family(real.column(name));
        const fo = family(other.column(name));
        if (fr !== fo && fr !== 'id' && fo !== 'id') {
            const say = (f) => (f === 'num' ? 'numeric' : 'categorical');
            throw usageError(`column '${name}' is ${say(fr)} in the real file but ${say(fo)} in the ${otherLabel} file (give both the same --schema)`, { file: other.meta.source, column: name });
        }
    }
}
export function encodeTables(real, synthetic, holdout) {
    checkSameSchema(real, synthetic, 'synthetic');
    if (holdout)
        checkSameSchema(real, holdout, 'holdout');
    const specs = [];
    const ignored = [];
    const tables = holdout ? [real, synthetic, holdout] : [real, synthetic];
    const encoded = tables.map((t) => ({ n: t.nRows, values: [] }));
    for (const name of real.names) {
        const cols = tables.map((t) => t.column(name));
        const fam = family(cols[0]);
        if (fam === 'id' || cols.some((c) => c.kind === 'identifier')) {
            ignored.push({ name, reason: 'identifier: unique per person, not a statistical variable' });
            continue;
        }
        if (fam === 'num') {
            let lo = Infinity;
            let hi = -Infinity;
            const real0 = cols[0];
            for (let i = 0; i < real0.length; i++) {
                if (real0.missing[i])
                    continue;
                const v = real0.values[i];
                if (v < lo)
                    lo = v;
                if (v > hi)
                    hi = v;
            }
            if (lo > hi)
                lo = hi = 0;
            specs.push({ name, kind: cols[0].kind, type: 'num', categories: [], lo, hi });
            cols.forEach((c, t) => {
                const v = new Float64Array(c.length);
                const nc = c;
                for (let i = 0; i < c.length; i++)
                    v[i] = c.missing[i] ? Number.NaN : nc.values[i];
                encoded[t].values.push(v);
            });
            continue;
        }
        const strings = cols.map(stringsOf);
        if (cols[0].kind === 'text' && distinctCount(strings[0], MAX_TEXT_CATEGORIES) > MAX_TEXT_CATEGORIES) {
            ignored.push({ name, reason: `free text (more than ${MAX_TEXT_CATEGORIES} distinct values)` });
            continue;
        }
        const index = new Map();
        const categories = [];
        strings.forEach((vals, t) => {
            const codes = new Int32Array(vals.length);
            for (let i = 0; i < vals.length; i++) {
                const v = vals[i];
                if (v === null) {
                    codes[i] = -1;
                    continue;
                }
                let c = index.get(v);
                if (c === undefined) {
                    c = categories.length;
                    categories.push(v);
                    index.set(v, c);
                }
                codes[i] = c;
            }
            encoded[t].values.push(codes);
        });
        specs.push({ name, kind: cols[0].kind, type: 'cat', categories, lo: 0, hi: 0 });
    }
    return {
        specs,
        ignored,
        real: encoded[0],
        synthetic: encoded[1],
        holdout: holdout ? encoded[2] : undefined,
    };
}
/** The rows at these indices of an encoded table (a copy). */
export function takeRows(t, rows) {
    const n = rows.length;
    return {
        n,
        values: t.values.map((v) => {
            const out = v instanceof Float64Array ? new Float64Array(n) : new Int32Array(n);
            for (let i = 0; i < n; i++)
                out[i] = v[rows[i]];
            return out;
        }),
    };
}
/** A key that is equal for two rows exactly when every evaluated value is equal. */
export function rowKey(t, i) {
    let k = '';
    for (const v of t.values)
        k += `${v[i]}\u0001`;
    return k;
}
//# sourceMappingURL=encode.js.map