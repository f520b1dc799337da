// The graphical model of Private-PGM (McKenna, Sheldon & Miklau 2019, "Graphical-model based estimation
// and inference for differential privacy"): a Markov random field
//
//   p(x) ∝ exp( Σ_q θ_q(x_q) )
//
// with one log-potential table θ_q per "model clique" q (the measured attribute sets, without those
// contained in another). Inference runs on a junction tree whose cliques contain the model cliques:
// sum-product belief propagation in log space (Shafer–Shenoy messages, collect then distribute) gives the
// exact marginal of every tree clique; any other marginal follows by variable elimination along the tree.
//
// Marginals are on the count scale: probabilities times the estimated number of records `total`.
import { usageError } from '../errors.js';
import type { Rng } from '../random.js';
import type { Domain, EncodedData } from './domain.js';
import {
  addByMap,
  type Factor,
  indexMap,
  isIdentity,
  isSubset,
  logSumExp,
  logSumExpByMap,
  marginalise,
  multiply,
  pairMarginals,
  product,
  sizesOf,
  sortedUnique,
  sumByMap,
} from './factor.js';
import { buildJunctionTree, type JunctionTree, treeNeighbours } from './junction-tree.js';
import { setKey } from './marginals.js';

function expShifted(values: Float64Array, shift: number): Float64Array {
  const out = new Float64Array(values.length);
  for (let j = 0; j < values.length; j++) out[j] = Math.exp(values[j] - shift);
  return out;
}

/** Model cliques of a list of attribute sets: sorted, deduplicated, none contained in another. */
export function maximalSets(sets: readonly (readonly number[])[]): number[][] {
  const sorted = sets.map((s) => sortedUnique(s)).sort((a, b) => b.length - a.length);
  const out: number[][] = [];
  for (const s of sorted) if (!out.some((m) => isSubset(s, m))) out.push(s);
  return out;
}

export class GraphicalModel {
  readonly domain: Domain;
  readonly sizes: readonly number[];
  readonly tree: JunctionTree;
  /** Parameter sets (model cliques), each contained in tree clique `home[q]`. */
  readonly modelCliques: number[][];
  readonly home: Int32Array;
  /** Log potentials, one table per model clique. */
  readonly theta: Float64Array[];
  /** Estimated number of records (the scale of every marginal). */
  total: number;

  // Tree structure, rooted at clique 0 and ordered breadth first.
  readonly order: Int32Array;
  readonly parent: Int32Array;
  readonly cliqueSizes: number[][];
  readonly cliqueCells: Float64Array;
  /** For each non-root clique: its separator with its parent, and the maps of both onto it. */
  readonly separators: number[][];
  private readonly toSep: Int32Array[];
  private readonly parentToSep: Int32Array[];
  private readonly potentialMaps: Int32Array[];
  private readonly sepCells: number[];
  private readonly identity: boolean[];
  /** Log marginals of the tree cliques plus log Z, valid after calibrate(). */
  readonly logBeliefs: Float64Array[];
  logZ = 0;
  private probabilities: Float64Array[] | null = null;
  private calibrated = false;

  /** Impossible cells of each model clique (structural zeros), or null: kept at −∞ in theta. */
  readonly zeros: (Uint8Array | null)[];

  /**
   * `impossible` gives the cells of an attribute set that no record may occupy (see zeros.ts); their
   * log-potentials are −∞ and stay so through estimation (an update adds finite steps to them).
   */
  constructor(
    domain: Domain,
    sets: readonly (readonly number[])[],
    total: number,
    tree?: JunctionTree,
    impossible?: (attrs: readonly number[]) => Uint8Array | null,
  ) {
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
        if (isSubset(q, this.tree.cliques[c]) && (h < 0 || this.cliqueCells[c] < this.cliqueCells[h])) h = c;
      if (h < 0) throw new Error(`internal: model clique {${q}} is in no junction-tree clique`);
      this.home[i] = h;
      const cellsQ = product(sizesOf(this.sizes, q));
      const map = indexMap(this.tree.cliques[h], this.cliqueSizes[h], q);
      this.potentialMaps.push(map);
      this.identity.push(isIdentity(map, cellsQ));
      this.theta.push(new Float64Array(cellsQ));
    });
    this.zeros = this.modelCliques.map((q) => impossible?.(q) ?? null);
    this.imposeZeros();

    const nb = treeNeighbours(this.tree);
    this.order = new Int32Array(k);
    this.parent = new Int32Array(k).fill(-1);
    const seen = new Uint8Array(k);
    let n = 0;
    for (let start = 0; start < k; start++) {
      if (seen[start]) continue;
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
  warmStart(previous: GraphicalModel): void {
    const byKey = new Map<string, Float64Array>();
    previous.modelCliques.forEach((q, i) => {
      byKey.set(setKey(q), previous.theta[i]);
    });
    // A previous clique that became part of a bigger one is folded in by broadcasting.
    const used = new Set<string>();
    this.modelCliques.forEach((q, i) => {
      const same = byKey.get(setKey(q));
      if (same) {
        this.theta[i].set(same);
        used.add(setKey(q));
      }
    });
    previous.modelCliques.forEach((q, j) => {
      const key = setKey(q);
      if (used.has(key)) return;
      const i = this.modelCliques.findIndex((m) => isSubset(q, m));
      if (i < 0) return;
      const map = indexMap(this.modelCliques[i], sizesOf(this.sizes, this.modelCliques[i]), q);
      addByMap(this.theta[i], previous.theta[j], map);
    });
    this.imposeZeros();
    this.invalidate();
  }

  private imposeZeros(): void {
    this.zeros.forEach((z, q) => {
      if (!z) return;
      const th = this.theta[q];
      for (let i = 0; i < z.length; i++) if (z[i]) th[i] = Number.NEGATIVE_INFINITY;
    });
  }

  /** Mark potentials as changed (after an update of theta). */
  invalidate(): void {
    this.calibrated = false;
    this.probabilities = null;
  }

  /** Sum-product belief propagation in log space; afterwards logBeliefs hold log p(clique) + log Z. */
  calibrate(): void {
    const k = this.tree.cliques.length;
    const b = this.logBeliefs;
    const started = new Uint8Array(k);
    for (let q = 0; q < this.modelCliques.length; q++) {
      const h = this.home[q];
      if (!started[h] && this.identity[q]) b[h].set(this.theta[q]);
      else {
        if (!started[h]) b[h].fill(0);
        addByMap(b[h], this.theta[q], this.potentialMaps[q]);
      }
      started[h] = 1;
    }
    for (let c = 0; c < k; c++) if (!started[c]) b[c].fill(0);
    const up: Float64Array[] = new Array(k);
    // Collect: leaves to root.
    for (let i = k - 1; i >= 0; i--) {
      const c = this.order[i];
      const p = this.parent[c];
      if (p < 0) continue;
      up[c] = logSumExpByMap(b[c], this.toSep[c], this.sepCells[c]);
      addByMap(b[p], up[c], this.parentToSep[c]);
    }
    // The tree is connected (empty separators join its parts): the root's belief gives log Z.
    const root = this.order[0];
    const z = logSumExp(b[root]);
    // Only structural zeros can make every record impossible: rules that contradict each other.
    if (z === Number.NEGATIVE_INFINITY)
      throw usageError('the rules contradict each other: no row can satisfy all of them (check --rules)');
    this.logZ = z;
    // Distribute: root to leaves, in linear space from the parent's probabilities (one exp per cell):
    // the child's missing message is p(S) from the parent, divided by the child's own message.
    const probs: Float64Array[] = new Array(k);
    probs[root] = expShifted(b[root], z);
    for (let i = 1; i < k; i++) {
      const c = this.order[i];
      const p = this.parent[c];
      const sepCells = up[c].length;
      const down = sumByMap(probs[p], this.parentToSep[c], sepCells);
      // A separator value impossible on the child's side (structural zeros) stays impossible.
      for (let s = 0; s < sepCells; s++)
        down[s] = up[c][s] === Number.NEGATIVE_INFINITY ? 0 : Math.log(down[s]) + z - up[c][s];
      addByMap(b[c], down, this.toSep[c]);
      probs[c] = expShifted(b[c], z);
    }
    this.probabilities = probs;
    this.calibrated = true;
  }

  /** Probabilities of tree clique c (sums to 1). Shared array: do not modify. */
  cliqueProbabilities(c: number): Float64Array {
    return this.allCliqueProbabilities()[c];
  }

  /** Count-scale marginal of model clique q. */
  modelCliqueMarginal(q: number, cliqueProbs?: Float64Array[]): Float64Array {
    const h = this.home[q];
    const probs = cliqueProbs ? cliqueProbs[h] : this.cliqueProbabilities(h);
    const out = this.identity[q]
      ? Float64Array.from(probs)
      : sumByMap(probs, this.potentialMaps[q], this.theta[q].length);
    for (let j = 0; j < out.length; j++) out[j] *= this.total;
    return out;
  }

  /** All tree cliques' probabilities (calibrating first if needed). Shared arrays: do not modify. */
  allCliqueProbabilities(): Float64Array[] {
    if (!this.calibrated || !this.probabilities) this.calibrate();
    return this.probabilities as Float64Array[];
  }

  /** Probability factor of tree clique c. */
  private cliqueFactor(c: number, probs?: Float64Array[]): Factor {
    return {
      attrs: this.tree.cliques[c],
      sizes: this.cliqueSizes[c],
      values: probs ? probs[c] : this.cliqueProbabilities(c),
    };
  }

  /**
   * Count-scale marginal over any attribute set (sorted on output), by variable elimination on the
   * smallest subtree of the junction tree that covers the set.
   */
  project(attrs: readonly number[], probs?: Float64Array[]): Float64Array {
    const set = sortedUnique(attrs);
    const k = this.tree.cliques.length;
    const cliques = this.tree.cliques;
    let inside = -1;
    for (let c = 0; c < k; c++)
      if (isSubset(set, cliques[c]) && (inside < 0 || this.cliqueCells[c] < this.cliqueCells[inside]))
        inside = c;
    if (inside >= 0) return this.scaled(marginalise(this.cliqueFactor(inside, probs), set).values);

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
      if (cliques[root].includes(a)) continue;
      const from = bfs.find((u) => cliques[u].includes(a));
      if (from === undefined) throw new Error(`internal: attribute ${a} is in no clique`);
      for (let u = from; u >= 0 && !needed[u]; u = par[u]) needed[u] = 1;
    }
    const steps = bfs.filter((u) => needed[u]);
    // Separator of each needed clique with its parent; what must be kept when eliminating.
    const sepOf = (u: number) => cliques[u].filter((a) => par[u] >= 0 && cliques[par[u]].includes(a));
    const pending = new Map<number, number>(); // attribute → number of pending separators using it
    for (const u of steps.slice(1)) for (const a of sepOf(u)) pending.set(a, (pending.get(a) ?? 0) + 1);
    const keepNow = (current: readonly number[]) =>
      current.filter((a) => set.includes(a) || (pending.get(a) ?? 0) > 0);
    let f = this.cliqueFactor(root, probs);
    f = marginalise(f, keepNow(f.attrs));
    for (const u of steps.slice(1)) {
      const sep = sepOf(u);
      for (const a of sep) pending.set(a, (pending.get(a) ?? 0) - 1);
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

  private scaled(p: Float64Array): Float64Array {
    for (let j = 0; j < p.length; j++) p[j] *= this.total;
    return p;
  }

  /** Count-scale marginals of every pair of attributes (a < b), keyed by setKey([a, b]). */
  allPairMarginals(wanted?: (a: number, b: number) => boolean): Map<string, Float64Array> {
    const out = new Map<string, Float64Array>();
    this.visitPairMarginals((a, b, values) => out.set(setKey([a, b]), Float64Array.from(values)), wanted);
    return out;
  }

  /**
   * Visit the count-scale marginal of every wanted pair of attributes (a < b). Pairs inside one tree
   * clique come from that clique; other pairs in one connected part of the tree by carrying the joint
   * with a along the tree (p(a, C′) = Σ p(a, S) · p(C′)/p(S)); pairs in different parts are independent
   * under the model (product of one-way marginals). `values` may be a reused buffer: copy to keep it.
   */
  visitPairMarginals(
    visit: (a: number, b: number, values: Float64Array) => void,
    wanted?: (a: number, b: number) => boolean,
  ): void {
    const d = this.sizes.length;
    const k = this.tree.cliques.length;
    const probs = this.allCliqueProbabilities();
    const cliques = this.tree.cliques;
    const want = wanted ?? (() => true);
    const total = this.total;
    // One-way marginals (probabilities).
    const oneWay: Float64Array[] = [];
    const homeOf = new Int32Array(d).fill(-1);
    for (let a = 0; a < d; a++) {
      let h = -1;
      for (let c = 0; c < k; c++)
        if (cliques[c].includes(a) && (h < 0 || this.cliqueCells[c] < this.cliqueCells[h])) h = c;
      homeOf[a] = h;
      oneWay.push(marginalise(this.cliqueFactor(h, probs), [a]).values);
    }
    // Connected parts over non-empty separators.
    const nb = treeNeighbours(this.tree);
    const linked: number[][] = cliques.map(() => []);
    for (let c = 0; c < k; c++)
      for (const u of nb[c]) if (cliques[c].some((a) => cliques[u].includes(a))) linked[c].push(u);
    const part = new Int32Array(k).fill(-1);
    const partSize: number[] = [];
    let parts = 0;
    for (let c = 0; c < k; c++) {
      if (part[c] >= 0) continue;
      const stack = [c];
      part[c] = parts;
      partSize.push(1);
      while (stack.length) {
        const x = stack.pop() as number;
        for (const u of linked[x])
          if (part[u] < 0) {
            part[u] = parts;
            partSize[parts]++;
            stack.push(u);
          }
      }
      parts++;
    }
    // Conditionals p(C | S) for each directed link, computed once.
    const condCache = new Map<number, { sep: number[]; cond: Factor }>();
    const conditional = (from: number, to: number): { sep: number[]; cond: Factor } => {
      const key = from * k + to;
      let hit = condCache.get(key);
      if (!hit) {
        const sep = cliques[to].filter((a) => cliques[from].includes(a));
        const pc = this.cliqueFactor(to, probs);
        const map = indexMap(pc.attrs, pc.sizes, sep);
        const ps = sumByMap(pc.values, map, product(sizesOf(this.sizes, sep)));
        const v = new Float64Array(pc.values.length);
        for (let j = 0; j < v.length; j++) v[j] = ps[map[j]] > 0 ? pc.values[j] / ps[map[j]] : 0;
        hit = { sep, cond: { attrs: pc.attrs, sizes: pc.sizes, values: v } };
        condCache.set(key, hit);
      }
      return hit;
    };
    const done = new Uint8Array(d);
    let buffer = new Float64Array(1024);
    for (let a = 0; a < d; a++) {
      const h = homeOf[a];
      done.fill(0);
      done[a] = 1;
      const record = (joint: Factor) => {
        for (const [x, y, m] of pairMarginals(joint, a)) {
          const b = x === a ? y : x;
          if (done[b]) continue;
          done[b] = 1;
          if (b < a || !want(a, b)) continue;
          for (let j = 0; j < m.length; j++) m[j] *= total;
          visit(a, b, m);
        }
      };
      // Depth-first over the linked part, carrying T_C = p(a, C). Only parts with more than one
      // clique need it; a single clique's pairs are its own marginals.
      const stack: { c: number; from: number; joint: Factor }[] = [
        { c: h, from: -1, joint: this.cliqueFactor(h, probs) },
      ];
      while (stack.length) {
        const { c, from, joint } = stack.pop() as { c: number; from: number; joint: Factor };
        record(joint);
        if (partSize[part[h]] === 1) break;
        for (const u of linked[c]) {
          if (u === from) continue;
          const { sep, cond } = conditional(c, u);
          const carried = marginalise(joint, sortedUnique([a, ...sep]));
          stack.push({ c: u, from: c, joint: multiply(carried, cond) });
        }
      }
      const pa = oneWay[a];
      for (let b = a + 1; b < d; b++) {
        if (done[b] || !want(a, b)) continue;
        const pb = oneWay[b];
        const n = pa.length * pb.length;
        if (buffer.length < n) buffer = new Float64Array(n);
        const v = buffer.subarray(0, n);
        for (let i = 0; i < pa.length; i++) {
          const x = pa[i] * total;
          const o = i * pb.length;
          for (let j = 0; j < pb.length; j++) v[o + j] = x * pb[j];
        }
        visit(a, b, v);
      }
    }
  }

  /**
   * Count-scale marginals of the pairs that some tree clique holds, keyed by setKey([a, b]), each from
   * the smallest such clique, in one pass per clique.
   */
  cliquePairMarginals(): Map<string, Float64Array> {
    const probs = this.allCliqueProbabilities();
    const order = this.tree.cliques
      .map((_, c) => c)
      .sort((x, y) => this.cliqueCells[x] - this.cliqueCells[y]);
    const out = new Map<string, Float64Array>();
    for (const c of order) {
      if (this.tree.cliques[c].length < 2) continue;
      for (const [a, b, m] of pairMarginals(this.cliqueFactor(c, probs))) {
        const key = setKey([a, b]);
        if (out.has(key)) continue;
        out.set(key, this.scaled(m));
      }
    }
    return out;
  }

  /** A sampler of records from the model (forward sampling along the tree). */
  sampler(): ForwardSampler {
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
  private readonly domain: Domain;
  private readonly steps: {
    /** Attributes of the separator and their strides into the separator index. */
    sep: number[];
    sepStrides: number[];
    /** Attributes drawn at this step (row-major in `cdf` rows) and their sizes. */
    fresh: number[];
    freshSizes: number[];
    width: number;
    /** Cumulative distribution, one row of `width` per separator value. */
    cdf: Float64Array;
  }[] = [];

  constructor(model: GraphicalModel) {
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
      for (let j = 0; j < probs.length; j++) cdf[sepMap[j] * width + freshMap[j]] += probs[j];
      for (let s = 0; s < sepCells; s++) {
        const o = s * width;
        let acc = 0;
        for (let r = 0; r < width; r++) acc += cdf[o + r];
        if (acc > 0) {
          let run = 0;
          for (let r = 0; r < width; r++) {
            run += cdf[o + r];
            cdf[o + r] = run / acc;
          }
        } else for (let r = 0; r < width; r++) cdf[o + r] = (r + 1) / width; // unseen context: uniform
        cdf[o + width - 1] = 1;
      }
      const sepStrides: number[] = new Array(sep.length);
      let st = 1;
      for (let j = sep.length - 1; j >= 0; j--) {
        sepStrides[j] = st;
        st *= sizes[sep[j]];
      }
      this.steps.push({ sep, sepStrides, fresh, freshSizes, width, cdf });
    }
  }

  /** `rows` independent records. */
  sample(rows: number, rng: Rng): EncodedData {
    const columns = this.domain.sizes.map(() => new Int32Array(rows));
    for (const step of this.steps) {
      const { sep, sepStrides, fresh, freshSizes, width, cdf } = step;
      const sepCols = sep.map((a) => columns[a]);
      const freshCols = fresh.map((a) => columns[a]);
      const nf = fresh.length;
      if (nf === 0) continue;
      for (let i = 0; i < rows; i++) {
        let s = 0;
        for (let j = 0; j < sepCols.length; j++) s += sepCols[j][i] * sepStrides[j];
        const o = s * width;
        const u = rng.next();
        // First r with cdf[o + r] > u.
        let lo = 0;
        let hi = width - 1;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (cdf[o + mid] > u) hi = mid;
          else lo = mid + 1;
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
