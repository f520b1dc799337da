// The statistical building blocks of `evaluate`, each on a case small enough to compute by hand.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  auc,
  correlationRatio,
  cramersV,
  crossTab,
  ks,
  pearson,
  quantile,
  r2,
  ranks,
  spearman,
  tvd,
  wilson,
  zFor,
} from '../src/evaluate/stats.js';

const f = (...x: number[]) => Float64Array.from(x);
const close = (a: number, b: number, eps = 1e-6) => assert.ok(Math.abs(a - b) < eps, `${a} ≠ ${b}`);

describe('evaluate: statistics', () => {
  it('total-variation distance: ½ Σ |p − q| of the normalised counts', () => {
    close(tvd([1, 1], [1, 0]), 0.5); // (½, ½) vs (1, 0)
    close(tvd([2, 6, 2], [1, 3, 1]), 0); // same shares, different totals
    close(tvd([1, 0], [0, 3]), 1);
    close(tvd([3, 1, 0], [1, 1, 2]), 0.5); // |.75−.25| + |.25−.25| + |0−.5| = 1, halved
  });

  it('Kolmogorov–Smirnov: the largest gap between the empirical CDFs', () => {
    close(ks(f(1, 2, 3), f(2, 3, 4)), 1 / 3);
    close(ks(f(1, 2), f(1, 2)), 0);
    close(ks(f(1, 2), f(3, 4)), 1);
    close(ks(f(1, 1, 2, 2), f(1, 2, 2, 2)), 0.25); // ties: 0.5 vs 0.25 at x = 1
  });

  it('quantiles interpolate as R type 7', () => {
    close(quantile(f(1, 2, 3, 4), 0.5), 2.5);
    close(quantile(f(10, 20, 30), 0.05), 11);
  });

  it('Pearson and Spearman', () => {
    close(pearson(f(1, 2, 3), f(2, 4, 7)), 5 / Math.sqrt(2 * (38 / 3)));
    assert.deepEqual(Array.from(ranks(f(10, 20, 20, 30))), [1, 2.5, 2.5, 4]);
    close(spearman(f(1, 2, 3, 4), f(1, 10, 100, 1000)), 1);
    close(spearman(f(1, 2, 3, 4), f(4, 3, 2, 1)), -1);
    // Missing values are left out pairwise.
    close(pearson(f(1, 2, Number.NaN, 3), f(2, 4, 99, 6)), 1);
    assert.ok(Number.isNaN(pearson(f(1, 1, 1), f(1, 2, 3))), 'constant column: undefined');
  });

  it('Cramér’s V, with and without the bias correction', () => {
    const perfect = crossTab(Int32Array.from([0, 0, 1, 1]), 2, Int32Array.from([0, 0, 1, 1]), 2);
    assert.deepEqual(Array.from(perfect), [2, 0, 0, 2]);
    const diag = Float64Array.from([10, 0, 0, 10]);
    close(cramersV(diag, 2, 2, false), 1);
    // Bergsma: φ² − 1/19 = 18/19, r̃ = c̃ = 2 − 1/19, so V = √((18/19)/(18/19)) = 1.
    close(cramersV(diag, 2, 2, true), 1);
    close(cramersV(Float64Array.from([5, 5, 5, 5]), 2, 2, false), 0);
    // χ² of [[8, 2], [2, 8]]: expected 5 everywhere, χ² = 4 · 9/5 = 7.2, φ² = 0.36, V = 0.6.
    close(cramersV(Float64Array.from([8, 2, 2, 8]), 2, 2, false), 0.6);
    // Corrected: φ̃² = 0.36 − 1/19, r̃ − 1 = 1 − 1/19.
    close(cramersV(Float64Array.from([8, 2, 2, 8]), 2, 2, true), Math.sqrt((0.36 - 1 / 19) / (1 - 1 / 19)));
  });

  it('correlation ratio η: between-group over total variance', () => {
    // Groups {1, 3} and {5, 7}: between = 2·4 + 2·4 = 16, total = 20.
    close(correlationRatio(Int32Array.from([0, 0, 1, 1]), 2, f(1, 3, 5, 7)), Math.sqrt(0.8));
    close(correlationRatio(Int32Array.from([0, 1, 0, 1]), 2, f(1, 1, 2, 2)), 0);
  });

  it('Wilson interval as Anonymeter computes it', () => {
    close(zFor(0.95), 1.959964, 1e-5);
    const w = wilson(5, 10);
    close(w.rate, 0.5);
    close(w.error, (1.959964 / (10 + 1.959964 ** 2)) * Math.sqrt(2.5 + 1.959964 ** 2 / 4), 1e-5);
    const none = wilson(0, 100);
    assert.ok(none.rate > 0 && none.rate < 0.03 && none.low === 0);
  });

  it('AUC and R²', () => {
    close(auc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]), 0.75);
    close(auc([1, 1, 1, 1], [0, 1, 0, 1]), 0.5); // ties count half
    close(r2([1, 2, 3], [1, 2, 3]), 1);
    close(r2([1, 2, 3], [2, 2, 2]), 0);
  });
});
