// Which quasi-identifiers drive the risk: the smallest combinations that already make (nearly) as many
// records unique as all of them together. Subsets are searched by increasing size; uniqueness can only
// grow when a column is added, so once a set reaches the target none of its supersets is tried (they
// would not be minimal). The search stops at `maxSize` columns or `maxSubsets` evaluations.
import { groupRows } from './classes.js';
function uniqueness(qis, idx, n) {
    const classes = groupRows(idx.map((i) => qis[i].codes), n);
    let unique = 0;
    let k = Number.POSITIVE_INFINITY;
    for (const s of classes.sizes) {
        if (s === 1)
            unique++;
        if (s < k)
            k = s;
    }
    return { columns: idx.map((i) => qis[i].name), uniqueShare: n ? unique / n : 0, k: Number.isFinite(k) ? k : 0 };
}
function* combinations(q, size) {
    const c = Array.from({ length: size }, (_, i) => i);
    while (true) {
        yield [...c];
        let i = size - 1;
        while (i >= 0 && c[i] === q - size + i)
            i--;
        if (i < 0)
            return;
        c[i]++;
        for (let j = i + 1; j < size; j++)
            c[j] = c[j - 1] + 1;
    }
}
export function riskDrivers(qis, n, options = {}) {
    const q = qis.length;
    const maxSize = Math.min(options.maxSize ?? 4, q);
    const maxSubsets = options.maxSubsets ?? 200;
    const allIdx = qis.map((_, i) => i);
    const all = uniqueness(qis, allIdx, n);
    const target = (options.targetRatio ?? 0.9) * all.uniqueShare;
    const single = [];
    const minimal = [];
    const minimalMasks = [];
    const bestBySize = [];
    let evaluated = 1;
    let truncated = false;
    search: for (let size = 1; size <= maxSize; size++) {
        let best;
        for (const combo of combinations(q, size)) {
            const mask = combo.reduce((m, i) => m | (1 << i), 0);
            if (minimalMasks.some((mm) => (mm & mask) === mm))
                continue;
            if (evaluated >= maxSubsets) {
                truncated = true;
                break search;
            }
            const u = size === q ? all : uniqueness(qis, combo, n);
            if (size < q)
                evaluated++;
            if (size === 1)
                single.push(u);
            if (!best || u.uniqueShare > best.uniqueShare)
                best = u;
            if (all.uniqueShare > 0 && u.uniqueShare >= target) {
                minimal.push(u);
                minimalMasks.push(mask);
            }
        }
        if (best)
            bestBySize.push(best);
    }
    if (maxSize < q && minimal.length === 0 && all.uniqueShare > 0)
        truncated = true;
    const leaveOneOut = q >= 2
        ? allIdx.map((i) => {
            const u = uniqueness(qis, allIdx.filter((j) => j !== i), n);
            evaluated++;
            return { column: qis[i].name, uniqueShare: u.uniqueShare, drop: all.uniqueShare - u.uniqueShare };
        })
        : [];
    minimal.sort((a, b) => a.columns.length - b.columns.length || b.uniqueShare - a.uniqueShare);
    leaveOneOut.sort((a, b) => b.drop - a.drop);
    return { all, target, minimal, single, leaveOneOut, bestBySize, evaluated, truncated };
}
//# sourceMappingURL=drivers.js.map