// Equivalence classes: records with the same values on every quasi-identifier. Each record's tuple of
// codes is hashed into an open-addressing table (linear probing) whose slots hold class numbers; a
// class keeps one representative row to compare tuples against. No strings, no per-row objects.
function fmix(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return h ^ (h >>> 16);
}
/** Group rows (all of them, or `rows` only, by index) on the given code columns. */
export function groupRows(columns, n, rows) {
    const m = rows ? rows.length : n;
    const q = columns.length;
    const classOf = new Int32Array(m);
    if (q === 0) {
        return {
            classOf,
            sizes: Int32Array.of(m),
            representative: Int32Array.of(rows ? rows[0] : 0),
            count: m ? 1 : 0,
            rows: m,
        };
    }
    let cap = 16;
    while (cap < m * 2)
        cap <<= 1;
    const mask = cap - 1;
    const slots = new Int32Array(cap).fill(-1);
    const hashes = new Int32Array(cap);
    let sizes = new Int32Array(Math.max(16, m >>> 4));
    let reps = new Int32Array(sizes.length);
    let count = 0;
    for (let r = 0; r < m; r++) {
        const i = rows ? rows[r] : r;
        let h = 0x9747b28c;
        for (let c = 0; c < q; c++)
            h = Math.imul(h ^ columns[c][i], 0x01000193) + 0x6b43a9b5;
        h = fmix(h);
        let s = h & mask;
        for (;;) {
            const k = slots[s];
            if (k < 0) {
                if (count === sizes.length) {
                    const grown = new Int32Array(sizes.length * 2);
                    grown.set(sizes);
                    sizes = grown;
                    const grownReps = new Int32Array(reps.length * 2);
                    grownReps.set(reps);
                    reps = grownReps;
                }
                slots[s] = count;
                hashes[s] = h;
                reps[count] = i;
                sizes[count] = 1;
                classOf[r] = count++;
                break;
            }
            if (hashes[s] === h) {
                const j = reps[k];
                let same = true;
                for (let c = 0; c < q; c++) {
                    if (columns[c][i] !== columns[c][j]) {
                        same = false;
                        break;
                    }
                }
                if (same) {
                    sizes[k]++;
                    classOf[r] = k;
                    break;
                }
            }
            s = (s + 1) & mask;
        }
    }
    return { classOf, sizes: sizes.slice(0, count), representative: reps.slice(0, count), count, rows: m };
}
/** Rows ordered by class, with each class's start offset (counting sort): for per-class passes. */
export function rowsByClass(classes) {
    const start = new Int32Array(classes.count + 1);
    for (let k = 0; k < classes.count; k++)
        start[k + 1] = start[k] + classes.sizes[k];
    const fill = start.slice(0, classes.count);
    const order = new Int32Array(classes.rows);
    for (let r = 0; r < classes.rows; r++)
        order[fill[classes.classOf[r]]++] = r;
    return { order, start };
}
/** How many classes have each size: [size, number of classes] pairs by increasing size. */
export function sizeHistogram(sizes) {
    const counts = new Map();
    for (const s of sizes)
        counts.set(s, (counts.get(s) ?? 0) + 1);
    return [...counts].sort((a, b) => a[0] - b[0]);
}
//# sourceMappingURL=classes.js.map