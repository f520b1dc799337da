// Quasi-identifiers as integer codes: every distinct value of a column gets a small integer, so that
// equivalence classes are computed on typed arrays, never on strings or row objects.
import { daysToParts } from '../table/column.js';
/**
 * Encode a column. Missing values are one more value of their own (ARX's default: a missing value
 * is the value "NULL" and matches only other missing values); `classes` can treat them as wildcards.
 */
export function encodeColumn(col, coarsen = 'none') {
    const n = col.length;
    const codes = new Int32Array(n);
    let next = 0;
    if (col.kind === 'categorical' && coarsen === 'none') {
        // Renumber the categories actually present, so cardinality counts only those.
        const remap = new Int32Array(col.categories.length).fill(-1);
        for (let i = 0; i < n; i++) {
            if (col.missing[i])
                continue;
            const c = col.codes[i];
            if (remap[c] < 0)
                remap[c] = next++;
            codes[i] = remap[c];
        }
    }
    else if (col.kind === 'boolean') {
        const seen = [-1, -1];
        for (let i = 0; i < n; i++) {
            if (col.missing[i])
                continue;
            const v = col.values[i];
            if (seen[v] < 0)
                seen[v] = next++;
            codes[i] = seen[v];
        }
    }
    else if (col.kind === 'text' || col.kind === 'identifier' || col.kind === 'categorical') {
        const index = new Map();
        for (let i = 0; i < n; i++) {
            if (col.missing[i])
                continue;
            const v = col.kind === 'categorical' ? col.categories[col.codes[i]] : col.values[i];
            let c = index.get(v);
            if (c === undefined) {
                c = next++;
                index.set(v, c);
            }
            codes[i] = c;
        }
    }
    else {
        const index = new Map();
        const values = col.values;
        for (let i = 0; i < n; i++) {
            if (col.missing[i])
                continue;
            let v = values[i];
            if (coarsen === 'year')
                v = yearOf(v, col.kind === 'datetime');
            let c = index.get(v);
            if (c === undefined) {
                c = next++;
                index.set(v, c);
            }
            codes[i] = c;
        }
    }
    let missingCode = -1;
    for (let i = 0; i < n; i++) {
        if (!col.missing[i])
            continue;
        if (missingCode < 0)
            missingCode = next++;
        codes[i] = missingCode;
    }
    return { name: col.name, codes, cardinality: next, missingCode, missing: col.missing };
}
function yearOf(v, datetime) {
    return daysToParts(datetime ? Math.floor(v / 86400000) : v)[0];
}
//# sourceMappingURL=encode.js.map