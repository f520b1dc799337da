// A compact random forest (Breiman 2001) on binned features, written here rather than taken from
// ml-random-forest: the binned (histogram) split search is linear in the rows, handles missing values
// and categories natively, and every random choice comes from fictif's seeded Rng.
//
// Features are small integers (bins): numbers in ≤ 32 quantile bins of the training data, categories
// in ≤ 32 bins ordered by their mean target in the training data (the classic ordering that makes
// binary splits on categories optimal for two classes and regression), missing in bin 0.
import type { Rng } from '../random.js';
import { quantile, sortedFinite } from './stats.js';

export const MAX_BINS = 32;

export interface FeatureBinner {
  /** The bin of a raw value (a number, NaN, or a category code with -1 missing). */
  bin(v: number): number;
}

export function numericBinner(train: Float64Array): FeatureBinner {
  const s = sortedFinite(train);
  const edges: number[] = [];
  for (let b = 1; b < MAX_BINS - 1; b++) {
    const e = quantile(s, b / (MAX_BINS - 1));
    if (edges.length === 0 || e > edges[edges.length - 1]) edges.push(e);
  }
  return {
    bin(v) {
      if (Number.isNaN(v)) return 0;
      let lo = 0;
      let hi = edges.length;
      while (lo < hi) {
        const m = (lo + hi) >> 1;
        if (v < edges[m]) hi = m;
        else lo = m + 1;
      }
      return lo + 1;
    },
  };
}

/** Categories ranked by their mean target (`score`, per training row); rare ones share the last bin. */
export function categoricalBinner(codes: Int32Array, k: number, score: Float64Array): FeatureBinner {
  const sum = new Float64Array(k);
  const cnt = new Float64Array(k);
  for (let i = 0; i < codes.length; i++)
    if (codes[i] >= 0) {
      sum[codes[i]] += score[i];
      cnt[codes[i]]++;
    }
  const byCount = Array.from({ length: k }, (_, c) => c).sort((a, b) => cnt[b] - cnt[a]);
  const kept = byCount.slice(0, MAX_BINS - 2).filter((c) => cnt[c] > 0);
  kept.sort((a, b) => sum[a] / cnt[a] - sum[b] / cnt[b]);
  const map = new Int32Array(k).fill(MAX_BINS - 1);
  kept.forEach((c, r) => {
    map[c] = r + 1;
  });
  return { bin: (v) => (v < 0 ? 0 : v < k ? map[v] : MAX_BINS - 1) };
}

export interface ForestOptions {
  trees?: number;
  maxDepth?: number;
  minLeaf?: number;
  /** Features tried per split (default √p for classification, p/3 for regression). */
  mtry?: number;
}

interface Node {
  feature: number;
  /** Rows with bin ≤ threshold go left. */
  threshold: number;
  left: number;
  right: number;
  /** Leaf value: class distribution (classification) or mean (regression). */
  value?: Float64Array;
}

export interface Forest {
  /** Class probabilities (classification; length = classes) or [mean] (regression). */
  predict(features: Uint8Array[], row: number): Float64Array;
}

/**
 * Fit a forest. `x[f][i]` is the bin of feature f for row i; `y[i]` a class index (classification,
 * `classes` > 0) or a number (regression, `classes` = 0).
 */
export function fitForest(
  x: Uint8Array[],
  y: Float64Array,
  classes: number,
  rng: Rng,
  options: ForestOptions = {},
): Forest {
  const n = y.length;
  const p = x.length;
  const nTrees = options.trees ?? 50;
  const maxDepth = options.maxDepth ?? 12;
  const minLeaf = options.minLeaf ?? 3;
  const mtry = Math.max(
    1,
    Math.min(p, options.mtry ?? (classes > 0 ? Math.round(Math.sqrt(p)) : Math.ceil(p / 3))),
  );
  const width = classes > 0 ? classes : 3; // regression: count, sum, sum of squares
  const trees: Node[][] = [];
  const hist = new Float64Array(MAX_BINS * width);
  const leftAcc = new Float64Array(width);
  const totalAcc = new Float64Array(width);

  const impurity = (acc: Float64Array, count: number): number => {
    if (count <= 0) return 0;
    if (classes > 0) {
      let g = 1;
      for (let c = 0; c < classes; c++) g -= (acc[c] / count) ** 2;
      return g * count;
    }
    return acc[2] - (acc[1] * acc[1]) / acc[0]; // sum of squared deviations
  };

  for (let t = 0; t < nTrees; t++) {
    const trng = rng.fork(`tree ${t}`);
    const rows = new Int32Array(n);
    for (let i = 0; i < n; i++) rows[i] = trng.int(n);
    const nodes: Node[] = [];
    const grow = (start: number, end: number, depth: number): number => {
      const id = nodes.length;
      const node: Node = { feature: -1, threshold: 0, left: -1, right: -1 };
      nodes.push(node);
      const count = end - start;
      totalAcc.fill(0);
      for (let k = start; k < end; k++) {
        const yi = y[rows[k]];
        if (classes > 0) totalAcc[yi]++;
        else {
          totalAcc[0]++;
          totalAcc[1] += yi;
          totalAcc[2] += yi * yi;
        }
      }
      const leafValue =
        classes > 0 ? totalAcc.map((c) => c / count) : Float64Array.of(totalAcc[1] / totalAcc[0]);
      const parent = impurity(totalAcc, count);
      if (depth >= maxDepth || count < 2 * minLeaf || parent <= 1e-12) {
        node.value = leafValue;
        return id;
      }
      const total = Float64Array.from(totalAcc);
      let bestGain = 1e-12;
      let bestF = -1;
      let bestT = 0;
      const features = Array.from({ length: p }, (_, f) => f);
      for (let m = 0; m < mtry; m++) {
        const j = m + trng.int(p - m);
        [features[m], features[j]] = [features[j], features[m]];
        const f = features[m];
        hist.fill(0);
        const xf = x[f];
        for (let k = start; k < end; k++) {
          const r = rows[k];
          const b = xf[r] * width;
          if (classes > 0) hist[b + y[r]]++;
          else {
            const yi = y[r];
            hist[b]++;
            hist[b + 1] += yi;
            hist[b + 2] += yi * yi;
          }
        }
        leftAcc.fill(0);
        let leftCount = 0;
        for (let b = 0; b < MAX_BINS - 1; b++) {
          for (let c = 0; c < width; c++) leftAcc[c] += hist[b * width + c];
          leftCount +=
            classes > 0
              ? hist.subarray(b * width, b * width + width).reduce((s, v) => s + v, 0)
              : hist[b * width];
          const rightCount = count - leftCount;
          if (leftCount < minLeaf || rightCount < minLeaf) continue;
          const right = total.map((v, c) => v - leftAcc[c]);
          const gain = parent - impurity(leftAcc, leftCount) - impurity(right, rightCount);
          if (gain > bestGain) {
            bestGain = gain;
            bestF = f;
            bestT = b;
          }
        }
      }
      if (bestF < 0) {
        node.value = leafValue;
        return id;
      }
      // Partition rows[start, end) in place: bin ≤ threshold first.
      const xf = x[bestF];
      let i = start;
      let j = end - 1;
      while (i <= j) {
        if (xf[rows[i]] <= bestT) i++;
        else {
          const tmp = rows[i];
          rows[i] = rows[j];
          rows[j] = tmp;
          j--;
        }
      }
      node.feature = bestF;
      node.threshold = bestT;
      node.left = grow(start, i, depth + 1);
      node.right = grow(i, end, depth + 1);
      return id;
    };
    grow(0, n, 0);
    trees.push(nodes);
  }

  return {
    predict(features, row) {
      const out = new Float64Array(classes > 0 ? classes : 1);
      for (const nodes of trees) {
        let k = 0;
        while (!nodes[k].value)
          k = features[nodes[k].feature][row] <= nodes[k].threshold ? nodes[k].left : nodes[k].right;
        const v = nodes[k].value as Float64Array;
        for (let c = 0; c < out.length; c++) out[c] += v[c];
      }
      for (let c = 0; c < out.length; c++) out[c] /= trees.length;
      return out;
    },
  };
}
