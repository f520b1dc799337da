// Model structure from the rules: attribute sets the model must hold together so that their structural
// zeros (zeros.ts) can act. A rule over two or three attributes only shapes the output if those
// attributes share a clique of the model; the MST tree, chosen from the data alone, rarely puts them
// together (the birth dates of a third child end up linked to a postal code). The rules are public, so
// choosing cliques from them costs no privacy.
//
// The sets are added greedily while the graph they form stays chordal (so it is its own junction tree,
// with no fill-in) and every clique stays small. Rules that decide whether a value is missing come first:
// resampling can blank a value that should not be there but cannot invent one that should, so these are
// the rules the model itself must carry.
import { product } from './factor.js';
import type { CellRule } from './zeros.js';

/** What the engines take from the rules: cliques to hold and the cells no record may occupy. */
export interface ModelRules {
  cliques: number[][];
  impossible: (attrs: readonly number[]) => Uint8Array | null;
}

export interface RuleStructure {
  /** Maximal cliques (sorted attribute indices, two or more each) of the chordal graph of the rules. */
  cliques: number[][];
  /** For each clique: the ids of the rules that put it there. */
  rules: string[][];
}

/** Largest clique the structure may create, in cells (a 3-way marginal of 9 × 33 × 33 fits). */
export const MAX_RULE_CLIQUE_CELLS = 16_384;
/** Largest clique, in attributes. */
export const MAX_RULE_CLIQUE_SIZE = 3;

/**
 * Perfect elimination order of the graph if it is chordal, else null (maximum cardinality search,
 * then the Tarjan–Yannakakis check).
 */
function eliminationOrder(adj: Set<number>[]): number[] | null {
  const n = adj.length;
  const weight = new Int32Array(n);
  const numbered = new Uint8Array(n);
  const visit: number[] = []; // MCS visit order; its reverse is a perfect elimination order
  for (let step = 0; step < n; step++) {
    let best = -1;
    for (let v = 0; v < n; v++) if (!numbered[v] && (best < 0 || weight[v] > weight[best])) best = v;
    numbered[best] = 1;
    visit.push(best);
    for (const u of adj[best]) if (!numbered[u]) weight[u]++;
  }
  const order = visit.reverse();
  const position = new Int32Array(n);
  order.forEach((v, i) => {
    position[v] = i;
  });
  for (const v of order) {
    // The later neighbours of v must form a clique: enough that the earliest of them is adjacent
    // to all the others.
    const later = [...adj[v]].filter((u) => position[u] > position[v]);
    if (later.length < 2) continue;
    let first = later[0];
    for (const u of later) if (position[u] < position[first]) first = u;
    for (const u of later) if (u !== first && !adj[first].has(u)) return null;
  }
  return order;
}

function maximalCliques(adj: Set<number>[], order: number[]): number[][] {
  const position = new Int32Array(adj.length);
  order.forEach((v, i) => {
    position[v] = i;
  });
  const candidates = order
    .map((v) => [v, ...[...adj[v]].filter((u) => position[u] > position[v])].sort((a, b) => a - b))
    .filter((c) => c.length >= 2);
  return candidates.filter(
    (c) => !candidates.some((d) => d !== c && d.length > c.length && c.every((a) => d.includes(a))),
  );
}

/**
 * The cliques to add for rules over 2 or 3 attributes, `first` (rule ids) before the others, each kept
 * only if the graph stays chordal with cliques of at most `maxCells` cells and `maxSize` attributes.
 */
export function ruleStructure(
  rules: readonly CellRule[],
  sizes: readonly number[],
  options: { first?: ReadonlySet<string>; maxCells?: number; maxSize?: number } = {},
): RuleStructure {
  const maxCells = options.maxCells ?? MAX_RULE_CLIQUE_CELLS;
  const maxSize = options.maxSize ?? MAX_RULE_CLIQUE_SIZE;
  const first = options.first ?? new Set<string>();
  const adj = sizes.map(() => new Set<number>());
  const ordered = [
    ...rules.filter((r) => first.has(r.rule.id)),
    ...rules.filter((r) => !first.has(r.rule.id)),
  ].filter((r) => r.attrs.length >= 2 && r.attrs.length <= 3);
  const accepted: CellRule[] = [];
  let order: number[] | null = null;
  for (const r of ordered) {
    const added: [number, number][] = [];
    for (let i = 0; i < r.attrs.length; i++)
      for (let j = i + 1; j < r.attrs.length; j++) {
        const [a, b] = [r.attrs[i], r.attrs[j]];
        if (adj[a].has(b)) continue;
        adj[a].add(b);
        adj[b].add(a);
        added.push([a, b]);
      }
    if (added.length === 0) {
      accepted.push(r);
      continue;
    }
    const next = eliminationOrder(adj);
    const fits =
      next !== null &&
      maximalCliques(adj, next).every(
        (c) => c.length <= maxSize && product(c.map((a) => sizes[a])) <= maxCells,
      );
    if (fits) {
      order = next;
      accepted.push(r);
    } else
      for (const [a, b] of added) {
        adj[a].delete(b);
        adj[b].delete(a);
      }
  }
  if (!order) return { cliques: [], rules: [] };
  const cliques = maximalCliques(adj, order);
  return {
    cliques,
    rules: cliques.map((c) =>
      accepted.filter((r) => r.attrs.every((a) => c.includes(a))).map((r) => r.rule.id),
    ),
  };
}
