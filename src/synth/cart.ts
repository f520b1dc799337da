// Sequential CART synthesis (the synthpop method, Nowok, Raab & Dibben 2016), written for fictif.
//
// Columns are visited in order. The first is drawn from its observed values; each next one has a
// classification tree fitted on the columns before it (the real data), and a synthetic row walks down
// that tree with its own synthetic values and takes the value of a random real row of the leaf reached.
// Trees split on the discretised codes (bins, categories, missing), so a split search is one pass of
// counting per predictor; values come back exact because a leaf hands out real values.
//
// NO FORMAL PRIVACY GUARANTEE: leaves hold real values and small leaves can reproduce real rows.
import type { Progress } from '../progress.js';
import type { Rng } from '../random.js';
import { type Column, takeColumn } from '../table/column.js';
import { Table } from '../table/table.js';
import type { EncodingPlan } from './discretise.js';
import type { EncodedData } from './domain.js';
import { BinnedCodec } from './encode.js';

export interface CartOptions {
  /** Deepest split level (default 10). */
  maxDepth?: number;
  /** Fewest real rows in a leaf (default 5, as synthpop's minbucket). */
  minLeaf?: number;
  /** At most this many earlier columns, the most informative, serve as predictors (default 20). */
  maxPredictors?: number;
  progress?: Progress;
}

interface Leaf {
  leaf: true;
  donors: Int32Array;
}
interface Split {
  leaf: false;
  predictor: number;
  /** 1 for the codes of `predictor` that go left. */
  left: Uint8Array;
  l: Node;
  r: Node;
}
type Node = Leaf | Split;

interface Tree {
  target: number;
  predictors: number[];
  root: Node;
}

export interface CartModel {
  /** Sampled rows as codes (for tests and the fidelity measure) and as donor row indices. */
  sampleCodes(rows: number, rng: Rng): { codes: EncodedData; donors: Int32Array[] };
  sample(rows: number, rng: Rng): Table;
  /** The trees' sizes, for the provenance. */
  summary(): { column: string; predictors: string[]; leaves: number }[];
}

/** Mutual information (nats) between two code arrays. */
function mutualInformation(a: Int32Array, sa: number, b: Int32Array, sb: number, rows: Int32Array): number {
  const joint = new Float64Array(sa * sb);
  const pa = new Float64Array(sa);
  const pb = new Float64Array(sb);
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    joint[a[i] * sb + b[i]]++;
    pa[a[i]]++;
    pb[b[i]]++;
  }
  const n = rows.length;
  let mi = 0;
  for (let x = 0; x < sa; x++)
    for (let y = 0; y < sb; y++) {
      const j = joint[x * sb + y];
      if (j > 0) mi += (j / n) * Math.log((j * n) / (pa[x] * pb[y]));
    }
  return mi;
}

function gini(counts: Float64Array, offset: number, c: number, total: number): number {
  if (total <= 0) return 0;
  let s = 0;
  for (let k = 0; k < c; k++) {
    const p = counts[offset + k] / total;
    s += p * p;
  }
  return 1 - s;
}

function fitTree(
  data: EncodedData,
  target: number,
  predictors: number[],
  ordinal: boolean[],
  maxDepth: number,
  minLeaf: number,
): Node {
  const sizes = data.domain.sizes;
  const y = data.columns[target];
  const cy = sizes[target];
  const all = new Int32Array(data.rows);
  for (let i = 0; i < all.length; i++) all[i] = i;

  const grow = (rows: Int32Array, depth: number): Node => {
    const n = rows.length;
    const classCounts = new Float64Array(cy);
    for (let k = 0; k < n; k++) classCounts[y[rows[k]]]++;
    let majority = 0;
    for (let c = 1; c < cy; c++) if (classCounts[c] > classCounts[majority]) majority = c;
    if (depth >= maxDepth || n < 2 * minLeaf || classCounts[majority] === n)
      return { leaf: true, donors: rows };
    const parent = gini(classCounts, 0, cy, n);
    let bestGain = 1e-9;
    let best: { predictor: number; left: Uint8Array } | null = null;
    for (const p of predictors) {
      const x = data.columns[p];
      const L = sizes[p];
      const table = new Float64Array(L * cy);
      const levelN = new Float64Array(L);
      for (let k = 0; k < n; k++) {
        const i = rows[k];
        table[x[i] * cy + y[i]]++;
        levelN[x[i]]++;
      }
      // Level order: natural for bins; for categories, by the share of the node's majority class
      // (or the mean target code when the target is ordinal), the usual one-dimensional ordering.
      const levels: number[] = [];
      for (let l = 0; l < L; l++) if (levelN[l] > 0) levels.push(l);
      if (levels.length < 2) continue;
      if (!ordinal[p]) {
        const key = new Float64Array(L);
        for (const l of levels) {
          if (ordinal[target]) {
            let s = 0;
            for (let c = 0; c < cy; c++) s += c * table[l * cy + c];
            key[l] = s / levelN[l];
          } else key[l] = table[l * cy + majority] / levelN[l];
        }
        levels.sort((a, b) => key[a] - key[b]);
      }
      const leftCounts = new Float64Array(cy);
      const rightCounts = new Float64Array(cy);
      let nl = 0;
      for (let k = 0; k < levels.length - 1; k++) {
        const l = levels[k];
        nl += levelN[l];
        for (let c = 0; c < cy; c++) leftCounts[c] += table[l * cy + c];
        const nr = n - nl;
        if (nl < minLeaf || nr < minLeaf) continue;
        for (let c = 0; c < cy; c++) rightCounts[c] = classCounts[c] - leftCounts[c];
        const gain =
          parent - (nl / n) * gini(leftCounts, 0, cy, nl) - (nr / n) * gini(rightCounts, 0, cy, nr);
        if (gain > bestGain) {
          bestGain = gain;
          const left = new Uint8Array(L);
          for (let m = 0; m <= k; m++) left[levels[m]] = 1;
          best = { predictor: p, left };
        }
      }
    }
    if (!best) return { leaf: true, donors: rows };
    const x = data.columns[best.predictor];
    let nl = 0;
    for (let k = 0; k < n; k++) nl += best.left[x[rows[k]]];
    const lr = new Int32Array(nl);
    const rr = new Int32Array(n - nl);
    let a = 0;
    let b = 0;
    for (let k = 0; k < n; k++) {
      const i = rows[k];
      if (best.left[x[i]]) lr[a++] = i;
      else rr[b++] = i;
    }
    return {
      leaf: false,
      predictor: best.predictor,
      left: best.left,
      l: grow(lr, depth + 1),
      r: grow(rr, depth + 1),
    };
  };
  return grow(all, 0);
}

function countLeaves(n: Node): number {
  return n.leaf ? 1 : countLeaves(n.l) + countLeaves(n.r);
}

/** Fit sequential trees on the real table (encoded with an exact, non-private plan). */
export function fitCART(
  table: Table,
  plan: EncodingPlan,
  data: EncodedData,
  options: CartOptions = {},
): CartModel {
  const maxDepth = options.maxDepth ?? 10;
  const minLeaf = Math.max(1, options.minLeaf ?? 5);
  const maxPredictors = options.maxPredictors ?? 20;
  const d = plan.attributes.length;
  const sizes = data.domain.sizes;
  const ordinal = plan.attributes.map((a) => a instanceof BinnedCodec);
  // Mutual information on a subsample is enough to rank predictors.
  const sub = new Int32Array(Math.min(data.rows, 20000));
  const stride = data.rows / Math.max(1, sub.length);
  for (let k = 0; k < sub.length; k++) sub[k] = Math.floor(k * stride);

  const trees: Tree[] = [];
  for (let j = 1; j < d; j++) {
    options.progress?.(j, d, `tree for ${plan.domain.attributes[j]}`);
    let predictors = Array.from({ length: j }, (_x, i) => i);
    if (predictors.length > maxPredictors) {
      const mi = predictors.map((i) =>
        mutualInformation(data.columns[i], sizes[i], data.columns[j], sizes[j], sub),
      );
      predictors = predictors
        .sort((a, b) => mi[b] - mi[a])
        .slice(0, maxPredictors)
        .sort((a, b) => a - b);
    }
    trees.push({ target: j, predictors, root: fitTree(data, j, predictors, ordinal, maxDepth, minLeaf) });
  }
  options.progress?.(d, d, 'trees');

  const sampleCodes = (rows: number, rng: Rng) => {
    const donors: Int32Array[] = [];
    const codes: Int32Array[] = [];
    const first = new Int32Array(rows);
    for (let i = 0; i < rows; i++) first[i] = rng.int(Math.max(1, data.rows));
    donors.push(first);
    codes.push(d > 0 ? Int32Array.from(first, (r) => data.columns[0][r]) : new Int32Array(rows));
    for (const t of trees) {
      const dj = new Int32Array(rows);
      const cj = new Int32Array(rows);
      const y = data.columns[t.target];
      for (let i = 0; i < rows; i++) {
        let node = t.root;
        while (!node.leaf) node = node.left[codes[node.predictor][i]] ? node.l : node.r;
        const donor = node.donors[rng.int(node.donors.length)];
        dj[i] = donor;
        cj[i] = y[donor];
      }
      donors.push(dj);
      codes.push(cj);
    }
    return { codes: { domain: data.domain, columns: codes, rows }, donors };
  };

  return {
    sampleCodes,
    sample(rows: number, rng: Rng): Table {
      const { donors } = sampleCodes(rows, rng.fork('cart'));
      const byAttr = new Map(plan.attributes.map((a, i) => [a, i]));
      const out: Column[] = [];
      for (const cp of plan.columns) {
        if (cp.treatment === 'dropped') continue;
        if (cp.codec) out.push(takeColumn(table.column(cp.name), donors[byAttr.get(cp.codec)!]));
        else if (cp.regenerator) {
          const missing = new Uint8Array(rows);
          if (cp.missingIndicator) {
            const src = table.column(cp.name).missing;
            const dn = donors[byAttr.get(cp.missingIndicator)!];
            for (let i = 0; i < rows; i++) missing[i] = src[dn[i]];
          }
          out.push(cp.regenerator.generate(rows, rng.fork(`regenerate:${cp.name}`), missing));
        }
      }
      return new Table(out, {
        fictitious: true,
        comment: 'synthetic data generated by fictif synth (CART, no formal privacy guarantee)',
      });
    },
    summary() {
      return trees.map((t) => ({
        column: plan.domain.attributes[t.target],
        predictors: t.predictors.map((p) => plan.domain.attributes[p]),
        leaves: countLeaves(t.root),
      }));
    },
  };
}
