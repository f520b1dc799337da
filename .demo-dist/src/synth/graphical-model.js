import { addByMap, indexMap, isIdentity, isSubset, logSumExp, logSumExpByMap, marginalise, multiply, product, sizesOf, sortedUnique, sumByMap, } from './factor.js';
import { buildJunctionTree, treeNeighbours } from './junction-tree.js';
import { setKey } from './marginals.js';
function expShifted(values, shift) {
    const out = new Float64Array(values.length);
    for (let j = 0; j < values.length; j++)
        out[j] = Math.exp(values[j] - shift);
    return out;
}
/** Model cliques of a list of attribute sets: sorted, deduplicated, none contained in another. */
export function maximalSets(sets) {
    const sorted = sets.map((s) => sortedUnique(s)).sort((a, b) => b.length - a.length);
    const out = [];
    for (const s of sorted)
        if (!out.some((m) => isSubset(s, m)))
            out.push(s);
    return out;
}
export class GraphicalModel {
    domain;
    sizes;
    tree;
    /** Parameter sets (model cliques), each contained in tree clique `home[q]`. */
    modelCliques;
    home;
    /** Log potentials, one table per model clique. */
    theta;
    /** Estimated number of records (the scale of every marginal). */
    total;
    // Tree structure, rooted at clique 0 and ordered breadth first.
    order;
    parent;
    cliqueSizes;
    cliqueCells;
    /** For each non-root clique: its separator with its parent, and the maps of both onto it. */
    separators;
    toSep;
    parentToSep;
    potentialMaps;
    sepCells;
    identity;
    /** Log marginals of the tree cliques plus log Z, valid after calibrate(). */
    logBeliefs;
    logZ = 0;
    probabilities = null;
    calibrated = false;
    constructor(domain, sets, total, tree) {
        this.domain = domain;
        this.sizes = domain.sizes;
        const d = domain.attributes.length;
        // Every attribute is part of the model, so sampling produces all columns.
        const all = [...sets.map((s) => sortedUnique(s)), ...Array.from({ length: d }, (_, i) => [i])];
        this.modelCliques = maximalSets(all);
        this.tree = tree ?? buildJunctionTree(d, this.sizes, this.modelCliques);
        this.total = total;
        const k = this.tree.cliques.length;
        this.cliqueSizes = this.tree.cliques.map((c) => sizesOf(this.sizes, c));
        this.cliqueCells = Float64Array.from(this.cliqueSizes, (s) => product(s));
        this.home = new Int32Array(this.modelCliques.length);
        this.potentialMaps = [];
        this.identity = [];
        this.theta = [];
        this.modelCliques.forEach((q, i) => {
            let h = -1;
            for (let c = 0; c < k; c++)
                if (isSubset(q, this.tree.cliques[c]) && (h < 0 || this.cliqueCells[c] < this.cliqueCells[h]))
                    h = c;
            if (h < 0)
                throw new Error(`internal: model clique {${q}} is in no junction-tree clique`);
            this.home[i] = h;
            const cellsQ = product(sizesOf(this.sizes, q));
            const map = indexMap(this.tree.cliques[h], this.cliqueSizes[h], q);
            this.potentialMaps.push(map);
            this.identity.push(isIdentity(map, cellsQ));
            this.theta.push(new Float64Array(cellsQ));
        });
        const nb = treeNeighbours(this.tree);
        this.order = new Int32Array(k);
        this.parent = new Int32Array(k).fill(-1);
        const seen = new Uint8Array(k);
        let n = 0;
        for (let start = 0; start < k; start++) {
            if (seen[start])
                continue;
            seen[start] = 1;
            this.order[n++] = start;
            for (let h = n - 1; h < n; h++)
                for (const u of nb[this.order[h]])
                    if (!seen[u]) {
                        seen[u] = 1;
                        this.parent[u] = this.order[h];
                        this.order[n++] = u;
                    }
        }
        this.separators = [];
        this.sepCells = [];
        this.toSep = [];
        this.parentToSep = [];
        for (let c = 0; c < k; c++) {
            const p = this.parent[c];
            if (p < 0) {
                this.separators.push([]);
                this.sepCells[c] = 1;
                this.toSep.push(new Int32Array(0));
                this.parentToSep.push(new Int32Array(0));
                continue;
            }
            const sep = this.tree.cliques[c].filter((a) => this.tree.cliques[p].includes(a));
            this.separators.push(sep);
            this.sepCells[c] = product(sizesOf(this.sizes, sep));
            this.toSep.push(indexMap(this.tree.cliques[c], this.cliqueSizes[c], sep));
            this.parentToSep.push(indexMap(this.tree.cliques[p], this.cliqueSizes[p], sep));
        }
        this.logBeliefs = this.tree.cliques.map((_, c) => new Float64Array(this.cliqueCells[c]));
    }
    /** Copy potentials of a previous model for the sets they share (warm start). */
    warmStart(previous) {
        const byKey = new Map();
        previous.modelCliques.forEach((q, i) => byKey.set(setKey(q), previous.theta[i]));
        // A previous clique that became part of a bigger one is folded in by broadcasting.
        const used = new Set();
        this.modelCliques.forEach((q, i) => {
            const same = byKey.get(setKey(q));
            if (same) {
                this.theta[i].set(same);
                used.add(setKey(q));
            }
        });
        previous.modelCliques.forEach((q, j) => {
            const key = setKey(q);
            if (used.has(key))
                return;
            const i = this.modelCliques.findIndex((m) => isSubset(q, m));
            if (i < 0)
                return;
            const map = indexMap(this.modelCliques[i], sizesOf(this.sizes, this.modelCliques[i]), q);
            addByMap(this.theta[i], previous.theta[j], map);
        });
        this.invalidate();
    }
    /** Mark potentials as changed (after an update of theta). */
    invalidate() {
        this.calibrated = false;
        this.probabilities = null;
    }
    /** Sum-product belief propagation in log space; afterwards logBeliefs hold log p(clique) + log Z. */
    calibrate() {
        const k = this.tree.cliques.length;
        const b = this.logBeliefs;
        const started = new Uint8Array(k);
        for (let q = 0; q < this.modelCliques.length; q++) {
            const h = this.home[q];
            if (!started[h] && this.identity[q])
                b[h].set(this.theta[q]);
            else {
                if (!started[h])
                    b[h].fill(0);
                addByMap(b[h], this.theta[q], this.potentialMaps[q]);
            }
            started[h] = 1;
        }
        for (let c = 0; c < k; c++)
            if (!started[c])
                b[c].fill(0);
        const up = new Array(k);
        // Collect: leaves to root.
        for (let i = k - 1; i >= 0; i--) {
            const c = this.order[i];
            const p = this.parent[c];
            if (p < 0)
                continue;
            up[c] = logSumExpByMap(b[c], this.toSep[c], this.sepCells[c]);
            addByMap(b[p], up[c], this.parentToSep[c]);
        }
        // The tree is connected (empty separators join its parts): the root's belief gives log Z.
        const root = this.order[0];
        const z = logSumExp(b[root]);
        this.logZ = z;
        // Distribute: root to leaves, in linear space from the parent's probabilities (one exp per cell):
        // the child's missing message is p(S) from the parent, divided by the child's own message.
        const probs = new Array(k);
        probs[root] = expShifted(b[root], z);
        for (let i = 1; i < k; i++) {
            const c = this.order[i];
            const p = this.parent[c];
            const sepCells = up[c].length;
            const down = sumByMap(probs[p], this.parentToSep[c], sepCells);
            for (let s = 0; s < sepCells; s++)
                down[s] = Math.log(down[s]) + z - up[c][s];
            addByMap(b[c], down, this.toSep[c]);
            probs[c] = expShifted(b[c], z);
        }
        this.probabilities = probs;
        this.calibrated = true;
    }
    ensureCalibrated() {
        if (!this.calibrated)
            this.calibrate();
    }
    /** Probabilities of tree clique c (sums to 1). Shared array: do not modify. */
    cliqueProbabilities(c) {
        return this.allCliqueProbabilities()[c];
    }
    /** Count-scale marginal of model clique q. */
    modelCliqueMarginal(q, cliqueProbs) {
        const h = this.home[q];
        const probs = cliqueProbs ? cliqueProbs[h] : this.cliqueProbabilities(h);
        const out = this.identity[q] ? Float64Array.from(probs) : sumByMap(probs, this.potentialMaps[q], this.theta[q].length);
        for (let j = 0; j < out.length; j++)
            out[j] *= this.total;
        return out;
    }
    /** All tree cliques' probabilities (calibrating first if needed). Shared arrays: do not modify. */
    allCliqueProbabilities() {
        if (!this.calibrated || !this.probabilities)
            this.calibrate();
        return this.probabilities;
    }
    /** Probability factor of tree clique c. */
    cliqueFactor(c, probs) {
        return { attrs: this.tree.cliques[c], sizes: this.cliqueSizes[c], values: probs ? probs[c] : this.cliqueProbabilities(c) };
    }
    /**
     * Count-scale marginal over any attribute set (sorted on output), by variable elimination on the
     * smallest subtree of the junction tree that covers the set.
     */
    project(attrs, probs) {
        const set = sortedUnique(attrs);
        const k = this.tree.cliques.length;
        const cliques = this.tree.cliques;
        let inside = -1;
        for (let c = 0; c < k; c++)
            if (isSubset(set, cliques[c]) && (inside < 0 || this.cliqueCells[c] < this.cliqueCells[inside]))
                inside = c;
        if (inside >= 0)
            return this.scaled(marginalise(this.cliqueFactor(inside, probs), set).values);
        // Root: the clique holding most of the set. BFS from it over the tree.
        let root = 0;
        let bestCount = -1;
        for (let c = 0; c < k; c++) {
            const n = set.filter((a) => cliques[c].includes(a)).length;
            if (n > bestCount) {
                bestCount = n;
                root = c;
            }
        }
        const nb = treeNeighbours(this.tree);
        const par = new Int32Array(k).fill(-2);
        const bfs = [root];
        par[root] = -1;
        for (let h = 0; h < bfs.length; h++)
            for (const u of nb[bfs[h]])
                if (par[u] === -2) {
                    par[u] = bfs[h];
                    bfs.push(u);
                }
        const needed = new Uint8Array(k);
        needed[root] = 1;
        for (const a of set) {
            if (cliques[root].includes(a))
                continue;
            const from = bfs.find((u) => cliques[u].includes(a));
            if (from === undefined)
                throw new Error(`internal: attribute ${a} is in no clique`);
            for (let u = from; u >= 0 && !needed[u]; u = par[u])
                needed[u] = 1;
        }
        const steps = bfs.filter((u) => needed[u]);
        // Separator of each needed clique with its parent; what must be kept when eliminating.
        const sepOf = (u) => cliques[u].filter((a) => par[u] >= 0 && cliques[par[u]].includes(a));
        const pending = new Map(); // attribute → number of pending separators using it
        for (const u of steps.slice(1))
            for (const a of sepOf(u))
                pending.set(a, (pending.get(a) ?? 0) + 1);
        const keepNow = (current) => current.filter((a) => set.includes(a) || (pending.get(a) ?? 0) > 0);
        let f = this.cliqueFactor(root, probs);
        f = marginalise(f, keepNow(f.attrs));
        for (const u of steps.slice(1)) {
            const sep = sepOf(u);
            for (const a of sep)
                pending.set(a, (pending.get(a) ?? 0) - 1);
            const pc = this.cliqueFactor(u, probs);
            const ps = marginalise(pc, sep);
            // Conditional p(C | S) = p(C) / p(S).
            const map = indexMap(pc.attrs, pc.sizes, sep);
            const cond = new Float64Array(pc.values.length);
            for (let j = 0; j < cond.length; j++) {
                const s = ps.values[map[j]];
                cond[j] = s > 0 ? pc.values[j] / s : 0;
            }
            f = multiply(f, { attrs: pc.attrs, sizes: pc.sizes, values: cond });
            f = marginalise(f, keepNow(f.attrs));
        }
        return this.scaled(marginalise(f, set).values);
    }
    scaled(p) {
        for (let j = 0; j < p.length; j++)
            p[j] *= this.total;
        return p;
    }
    /**
     * Count-scale marginals of every pair of attributes (a < b), keyed by setKey([a, b]). Pairs inside one
     * tree clique come from that clique; other pairs in one connected part of the tree by carrying the
     * joint with a along the tree (p(a, C′) = Σ p(a, S) · p(C′)/p(S)); pairs in different parts are
     * independent under the model (product of one-way marginals).
     */
    allPairMarginals(wanted) {
        const d = this.sizes.length;
        const k = this.tree.cliques.length;
        const probs = this.allCliqueProbabilities();
        const cliques = this.tree.cliques;
        const out = new Map();
        const want = wanted ?? (() => true);
        // One-way marginals (probabilities).
        const oneWay = [];
        const homeOf = new Int32Array(d).fill(-1);
        for (let a = 0; a < d; a++) {
            let h = -1;
            for (let c = 0; c < k; c++)
                if (cliques[c].includes(a) && (h < 0 || this.cliqueCells[c] < this.cliqueCells[h]))
                    h = c;
            homeOf[a] = h;
            oneWay.push(marginalise(this.cliqueFactor(h, probs), [a]).values);
        }
        // Connected parts over non-empty separators.
        const nb = treeNeighbours(this.tree);
        const linked = cliques.map(() => []);
        for (let c = 0; c < k; c++)
            for (const u of nb[c])
                if (cliques[c].some((a) => cliques[u].includes(a)))
                    linked[c].push(u);
        const part = new Int32Array(k).fill(-1);
        let parts = 0;
        for (let c = 0; c < k; c++) {
            if (part[c] >= 0)
                continue;
            const stack = [c];
            part[c] = parts;
            while (stack.length) {
                const x = stack.pop();
                for (const u of linked[x])
                    if (part[u] < 0) {
                        part[u] = parts;
                        stack.push(u);
                    }
            }
            parts++;
        }
        // Conditionals p(C | S) for each directed link, computed once.
        const condCache = new Map();
        const conditional = (from, to) => {
            const sep = cliques[to].filter((a) => cliques[from].includes(a));
            const key = `${from}>${to}`;
            let cond = condCache.get(key);
            if (!cond) {
                const pc = this.cliqueFactor(to, probs);
                const map = indexMap(pc.attrs, pc.sizes, sep);
                const ps = sumByMap(pc.values, map, product(sizesOf(this.sizes, sep)));
                const v = new Float64Array(pc.values.length);
                for (let j = 0; j < v.length; j++)
                    v[j] = ps[map[j]] > 0 ? pc.values[j] / ps[map[j]] : 0;
                cond = { attrs: pc.attrs, sizes: pc.sizes, values: v };
                condCache.set(key, cond);
            }
            return { sep, cond };
        };
        for (let a = 0; a < d; a++) {
            const h = homeOf[a];
            const done = new Uint8Array(d);
            done[a] = 1;
            const record = (b, joint) => {
                if (done[b])
                    return;
                done[b] = 1;
                if (b < a || !want(a, b))
                    return;
                out.set(setKey([a, b]), this.scaled(marginalise(joint, [a, b]).values));
            };
            // Depth-first over the linked part, carrying T_C = p(a, C).
            const stack = [{ c: h, from: -1, joint: this.cliqueFactor(h, probs) }];
            while (stack.length) {
                const { c, from, joint } = stack.pop();
                for (const b of cliques[c])
                    record(b, joint);
                for (const u of linked[c]) {
                    if (u === from)
                        continue;
                    const { sep, cond } = conditional(c, u);
                    const carried = marginalise(joint, sortedUnique([a, ...sep]));
                    stack.push({ c: u, from: c, joint: multiply(carried, cond) });
                }
            }
            for (let b = a + 1; b < d; b++) {
                if (done[b] || !want(a, b))
                    continue;
                const pa = oneWay[a];
                const pb = oneWay[b];
                const v = new Float64Array(pa.length * pb.length);
                for (let i = 0; i < pa.length; i++)
                    for (let j = 0; j < pb.length; j++)
                        v[i * pb.length + j] = pa[i] * pb[j] * this.total;
                out.set(setKey([a, b]), v);
            }
        }
        return out;
    }
    /** A sampler of records from the model (forward sampling along the tree). */
    sampler() {
        return new ForwardSampler(this);
    }
}
/**
 * Forward sampling along the junction tree: the root clique's cell from its joint, then each child
 * clique's new attributes from their distribution given the separator values already drawn. Rows are
 * independent draws (plain multinomial sampling), so a long output can be produced chunk by chunk with
 * the same generator and has the same distribution as one big draw.
 */
export class ForwardSampler {
    domain;
    steps = [];
    constructor(model) {
        this.domain = model.domain;
        const sizes = model.sizes;
        for (let i = 0; i < model.order.length; i++) {
            const c = model.order[i];
            const attrs = model.tree.cliques[c];
            const sep = model.parent[c] < 0 ? [] : model.separators[c];
            const fresh = attrs.filter((a) => !sep.includes(a));
            const freshSizes = sizesOf(sizes, fresh);
            const width = product(freshSizes);
            const sepCells = product(sizesOf(sizes, sep));
            const probs = model.cliqueProbabilities(c);
            const cSizes = model.cliqueSizes[c];
            const sepMap = indexMap(attrs, cSizes, sep);
            const freshMap = indexMap(attrs, cSizes, fresh);
            const cdf = new Float64Array(sepCells * width);
            for (let j = 0; j < probs.length; j++)
                cdf[sepMap[j] * width + freshMap[j]] += probs[j];
            for (let s = 0; s < sepCells; s++) {
                const o = s * width;
                let acc = 0;
                for (let r = 0; r < width; r++)
                    acc += cdf[o + r];
                if (acc > 0) {
                    let run = 0;
                    for (let r = 0; r < width; r++) {
                        run += cdf[o + r];
                        cdf[o + r] = run / acc;
                    }
                }
                else
                    for (let r = 0; r < width; r++)
                        cdf[o + r] = (r + 1) / width; // unseen context: uniform
                cdf[o + width - 1] = 1;
            }
            const sepStrides = new Array(sep.length);
            let st = 1;
            for (let j = sep.length - 1; j >= 0; j--) {
                sepStrides[j] = st;
                st *= sizes[sep[j]];
            }
            this.steps.push({ sep, sepStrides, fresh, freshSizes, width, cdf });
        }
    }
    /** `rows` independent records. */
    sample(rows, rng) {
        const columns = this.domain.sizes.map(() => new Int32Array(rows));
        for (const step of this.steps) {
            const { sep, sepStrides, fresh, freshSizes, width, cdf } = step;
            const sepCols = sep.map((a) => columns[a]);
            const freshCols = fresh.map((a) => columns[a]);
            const nf = fresh.length;
            if (nf === 0)
                continue;
            for (let i = 0; i < rows; i++) {
                let s = 0;
                for (let j = 0; j < sepCols.length; j++)
                    s += sepCols[j][i] * sepStrides[j];
                const o = s * width;
                const u = rng.next();
                // First r with cdf[o + r] > u.
                let lo = 0;
                let hi = width - 1;
                while (lo < hi) {
                    const mid = (lo + hi) >>> 1;
                    if (cdf[o + mid] > u)
                        hi = mid;
                    else
                        lo = mid + 1;
                }
                let r = lo;
                for (let j = nf - 1; j >= 0; j--) {
                    const sz = freshSizes[j];
                    freshCols[j][i] = r % sz;
                    r = (r - (r % sz)) / sz;
                }
            }
        }
        return { domain: this.domain, columns, rows };
    }
}
//# sourceMappingURL=graphical-model.js.map