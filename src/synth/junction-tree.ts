// Junction tree of a set of attribute sets (the cliques of the model).
//
// The graph has an edge between every two attributes that appear together in some set. It is
// triangulated by greedy elimination with the min-fill heuristic (ties broken by the smaller table of
// the eliminated vertex and its neighbours); the maximal cliques of the triangulated graph are then
// joined by a maximum spanning tree of the clique graph, weighted by separator size (number of shared
// attributes), which has the running-intersection property (Jensen & Jensen 1994). Disconnected parts
// are joined with empty separators, so the result is always one tree.
import { isSubset, product, sizesOf, sortedUnique } from './factor.js';

export interface JunctionTree {
  /** Sorted attribute sets of the tree's cliques. */
  readonly cliques: number[][];
  /** Tree edges between clique indices. */
  readonly edges: [number, number][];
}

/** Number of cells of all cliques' tables: the memory of the model is 8 bytes a cell. */
export function treeCells(tree: JunctionTree, domainSizes: readonly number[]): number {
  let s = 0;
  for (const c of tree.cliques) s += product(sizesOf(domainSizes, c));
  return s;
}

export function treeSizeMiB(tree: JunctionTree, domainSizes: readonly number[]): number {
  return (treeCells(tree, domainSizes) * 8) / 2 ** 20;
}

/** Min-fill triangulation and maximum-spanning-tree junction tree over `sets` (attributes 0..d−1). */
export function buildJunctionTree(
  d: number,
  domainSizes: readonly number[],
  sets: readonly (readonly number[])[],
): JunctionTree {
  const adj: Set<number>[] = Array.from({ length: d }, () => new Set<number>());
  for (const s of sets) {
    for (let i = 0; i < s.length; i++)
      for (let j = i + 1; j < s.length; j++) {
        adj[s[i]].add(s[j]);
        adj[s[j]].add(s[i]);
      }
  }
  const logSize = domainSizes.map((s) => Math.log(Math.max(1, s)));
  const alive = new Uint8Array(d).fill(1);
  const found: number[][] = [];
  const fillOf = (v: number): number => {
    const nb = [...adj[v]];
    let fill = 0;
    for (let i = 0; i < nb.length; i++)
      for (let j = i + 1; j < nb.length; j++) if (!adj[nb[i]].has(nb[j])) fill++;
    return fill;
  };
  const weightOf = (v: number): number => {
    let w = logSize[v];
    for (const u of adj[v]) w += logSize[u];
    return w;
  };
  // Fill counts change only around eliminated vertices: cache and refresh the neighbourhood.
  const fill = new Float64Array(d);
  const weight = new Float64Array(d);
  for (let v = 0; v < d; v++) {
    fill[v] = fillOf(v);
    weight[v] = weightOf(v);
  }
  for (let step = 0; step < d; step++) {
    let best = -1;
    for (let v = 0; v < d; v++) {
      if (!alive[v]) continue;
      if (best < 0 || fill[v] < fill[best] || (fill[v] === fill[best] && weight[v] < weight[best])) best = v;
    }
    const v = best;
    const nb = [...adj[v]];
    found.push(sortedUnique([v, ...nb]));
    for (let i = 0; i < nb.length; i++)
      for (let j = i + 1; j < nb.length; j++) {
        adj[nb[i]].add(nb[j]);
        adj[nb[j]].add(nb[i]);
      }
    for (const u of nb) adj[u].delete(v);
    adj[v].clear();
    alive[v] = 0;
    // Vertices whose fill may have changed: neighbours of v and their neighbours.
    const touched = new Set<number>(nb);
    for (const u of nb) for (const w of adj[u]) touched.add(w);
    for (const u of touched) {
      fill[u] = fillOf(u);
      weight[u] = weightOf(u);
    }
  }
  // Keep maximal cliques only.
  found.sort((a, b) => b.length - a.length);
  const cliques: number[][] = [];
  for (const c of found) if (!cliques.some((m) => isSubset(c, m))) cliques.push(c);
  return { cliques, edges: maximumSpanningTree(cliques) };
}

/** Kruskal on the complete clique graph, weight = number of shared attributes (zero weights included). */
function maximumSpanningTree(cliques: readonly number[][]): [number, number][] {
  const k = cliques.length;
  const candidates: { i: number; j: number; w: number }[] = [];
  for (let i = 0; i < k; i++)
    for (let j = i + 1; j < k; j++) {
      let w = 0;
      for (const a of cliques[i]) if (cliques[j].includes(a)) w++;
      candidates.push({ i, j, w });
    }
  candidates.sort((x, y) => y.w - x.w || x.i - y.i || x.j - y.j);
  const parent = Array.from({ length: k }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  const edges: [number, number][] = [];
  for (const { i, j } of candidates) {
    const a = find(i);
    const b = find(j);
    if (a === b) continue;
    parent[a] = b;
    edges.push([i, j]);
    if (edges.length === k - 1) break;
  }
  return edges;
}

function neighbours(tree: JunctionTree): number[][] {
  const nb: number[][] = tree.cliques.map(() => []);
  for (const [i, j] of tree.edges) {
    nb[i].push(j);
    nb[j].push(i);
  }
  return nb;
}

/**
 * A junction tree that also covers `set`, built by extending the given one along tree paths: each
 * attribute of the set that is missing from a target clique is added to every clique on the path from
 * its own subtree to the target (which keeps the running-intersection property). Not minimal, but
 * cheap, and its size is an upper bound used to filter AIM's candidates by model size. Tries every
 * clique holding one of the set's attributes as the target and keeps the smallest result.
 */
export function extendJunctionTree(
  tree: JunctionTree,
  domainSizes: readonly number[],
  set: readonly number[],
  nb: number[][] = neighbours(tree),
): { tree: JunctionTree; cells: number } {
  const best = extensionPlan(tree, domainSizes, set, nb);
  const cliques = tree.cliques.map((c, i) => {
    const extra = best.extra.get(i);
    return extra ? sortedUnique([...c, ...extra]) : c;
  });
  return { tree: { cliques, edges: tree.edges }, cells: best.cells };
}

/** Cells of the tree after extending it to cover `set` (see extendJunctionTree). */
export function extendedCells(
  tree: JunctionTree,
  domainSizes: readonly number[],
  set: readonly number[],
  nb: number[][] = neighbours(tree),
  cliqueCells?: Float64Array,
): number {
  return extensionPlan(tree, domainSizes, set, nb, cliqueCells).cells;
}

export function treeNeighbours(tree: JunctionTree): number[][] {
  return neighbours(tree);
}

function extensionPlan(
  tree: JunctionTree,
  domainSizes: readonly number[],
  set: readonly number[],
  nb: number[][],
  cliqueCells?: Float64Array,
): { extra: Map<number, number[]>; cells: number } {
  const k = tree.cliques.length;
  const cells = cliqueCells ?? Float64Array.from(tree.cliques, (c) => product(sizesOf(domainSizes, c)));
  let total = 0;
  for (let i = 0; i < k; i++) total += cells[i];
  // Already covered: nothing to add.
  for (const c of tree.cliques) if (isSubset(set, c)) return { extra: new Map(), cells: total };
  const targets = new Set<number>();
  for (let i = 0; i < k; i++) if (set.some((a) => tree.cliques[i].includes(a))) targets.add(i);
  if (targets.size === 0) targets.add(0);
  let best: { extra: Map<number, number[]>; cells: number } | null = null;
  for (const target of targets) {
    const extra = new Map<number, number[]>();
    // Parent pointers of a BFS from the target.
    const parent = new Int32Array(k).fill(-2);
    const order: number[] = [target];
    parent[target] = -1;
    for (let h = 0; h < order.length; h++)
      for (const u of nb[order[h]])
        if (parent[u] === -2) {
          parent[u] = order[h];
          order.push(u);
        }
    for (const a of set) {
      if (tree.cliques[target].includes(a)) continue;
      // Nearest clique holding a (first in BFS order), else a is new: add it to the target only.
      let from = -1;
      for (const u of order)
        if (tree.cliques[u].includes(a)) {
          from = u;
          break;
        }
      let u = from < 0 ? target : parent[from];
      if (from < 0) {
        extra.set(target, [...(extra.get(target) ?? []), a]);
        continue;
      }
      while (u !== -1) {
        extra.set(u, [...(extra.get(u) ?? []), a]);
        u = parent[u];
      }
    }
    let cellsAfter = total;
    for (const [i, added] of extra) {
      let m = 1;
      for (const a of added) m *= domainSizes[a];
      cellsAfter += cells[i] * (m - 1);
    }
    if (!best || cellsAfter < best.cells) best = { extra, cells: cellsAfter };
  }
  return best as { extra: Map<number, number[]>; cells: number };
}
