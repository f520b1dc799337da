/** Nearest and second-nearest references of every query, over the columns given (default: all). */
export function nearest(specs, queries, refs, columns = specs.map((_, c) => c)) {
    const nq = queries.n;
    const nr = refs.n;
    const d1 = new Float64Array(nq).fill(Number.POSITIVE_INFINITY);
    const d2 = new Float64Array(nq).fill(Number.POSITIVE_INFINITY);
    const i1 = new Int32Array(nq).fill(-1);
    if (nr === 0 || columns.length === 0)
        return { d1, d2, i1 };
    const acc = new Float64Array(nr);
    const w = 1 / columns.length;
    const inv = columns.map((c) => {
        const r = specs[c].hi - specs[c].lo;
        return r > 0 ? 1 / r : 0;
    });
    for (let q = 0; q < nq; q++) {
        acc.fill(0);
        for (let k = 0; k < columns.length; k++) {
            const c = columns[k];
            const rv = refs.values[c];
            const qv = queries.values[c][q];
            if (specs[c].type === 'cat') {
                const codes = rv;
                for (let r = 0; r < nr; r++)
                    if (codes[r] !== qv)
                        acc[r] += 1;
            }
            else {
                const vals = rv;
                const s = inv[k];
                if (Number.isNaN(qv)) {
                    for (let r = 0; r < nr; r++)
                        if (!Number.isNaN(vals[r]))
                            acc[r] += 1;
                }
                else {
                    for (let r = 0; r < nr; r++) {
                        const v = vals[r];
                        if (Number.isNaN(v))
                            acc[r] += 1;
                        else {
                            const d = Math.abs(qv - v) * s;
                            acc[r] += d < 1 ? d : 1;
                        }
                    }
                }
            }
        }
        let b1 = Number.POSITIVE_INFINITY;
        let b2 = Number.POSITIVE_INFINITY;
        let bi = -1;
        for (let r = 0; r < nr; r++) {
            const d = acc[r];
            if (d < b1) {
                b2 = b1;
                b1 = d;
                bi = r;
            }
            else if (d < b2)
                b2 = d;
        }
        d1[q] = b1 * w;
        d2[q] = b2 * w;
        i1[q] = bi;
    }
    return { d1, d2, i1 };
}
/** Gower distance between row i of a and row j of b (for tests and explanations). */
export function gower(specs, a, i, b, j) {
    let d = 0;
    specs.forEach((s, c) => {
        const x = a.values[c][i];
        const y = b.values[c][j];
        if (s.type === 'cat')
            d += x === y ? 0 : 1;
        else if (Number.isNaN(x) || Number.isNaN(y))
            d += Number.isNaN(x) && Number.isNaN(y) ? 0 : 1;
        else {
            const r = s.hi - s.lo;
            d += r > 0 ? Math.min(1, Math.abs(x - y) / r) : 0;
        }
    });
    return specs.length ? d / specs.length : 0;
}
//# sourceMappingURL=neighbors.js.map