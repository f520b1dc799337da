// Does the first row name the columns? Decided from the sample: a header row has no missing field,
// no repeated name, and either breaks the kind of a typed column ("age" above numbers) or, when every
// column is text, has values that never appear again below.
import { dataError } from '../errors.js';
import { makeBuilder } from './builders.js';
import { isMissingText } from './cells.js';
export function looksLikeHeader(first, rest, plans) {
    const trimmed = first.map((v) => v.trim());
    if (trimmed.some((v) => isMissingText(v)))
        return false;
    if (new Set(trimmed).size !== trimmed.length)
        return false;
    let typed = 0;
    let breaks = 0;
    for (let j = 0; j < plans.length; j++) {
        if (plans[j].kind === 'strings')
            continue;
        typed++;
        if (!makeBuilder(plans[j]).push(first[j]))
            breaks++;
    }
    if (breaks > 0)
        return true;
    if (typed > 0)
        return false;
    if (rest.length === 0)
        return true;
    for (let j = 0; j < trimmed.length; j++) {
        for (const r of rest)
            if (r[j] !== undefined && r[j].trim() === trimmed[j])
                return false;
    }
    return true;
}
/** Column names from a header row (blank names become col_i), or col_1..col_n. */
export function columnNames(first, n, place = {}) {
    const names = first
        ? first.map((v, i) => (v.trim() === '' ? `col_${i + 1}` : v.trim()))
        : Array.from({ length: n }, (_, i) => `col_${i + 1}`);
    const seen = new Map();
    names.forEach((name, i) => {
        const before = seen.get(name);
        if (before !== undefined)
            throw dataError(`the header names two columns '${name}' (fields ${before + 1} and ${i + 1}); rename one`, {
                ...place,
            });
        seen.set(name, i);
    });
    return names;
}
//# sourceMappingURL=header.js.map