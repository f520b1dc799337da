import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createNoiseRng } from '../src/random.js';
import {
  addDiscreteGaussianNoise,
  bernoulliExp,
  exponentialMechanism,
  sampleDiscreteGaussian,
  sampleDiscreteLaplace,
} from '../src/synth/mechanisms.js';

/** Mean and variance of n draws. */
function moments(n: number, draw: () => number): { mean: number; variance: number; values: Int32Array } {
  const values = new Int32Array(n);
  let s = 0;
  for (let i = 0; i < n; i++) {
    values[i] = draw();
    s += values[i];
  }
  const mean = s / n;
  let v = 0;
  for (let i = 0; i < n; i++) v += (values[i] - mean) ** 2;
  return { mean, variance: v / (n - 1), values };
}

/** Exact pmf of the discrete Gaussian N_Z(0, σ²) on [-m, m]. */
function discreteGaussianPmf(sigma: number, m: number): Map<number, number> {
  let z = 0;
  const w = new Map<number, number>();
  for (let x = -m; x <= m; x++) {
    const p = Math.exp((-x * x) / (2 * sigma * sigma));
    w.set(x, p);
    z += p;
  }
  for (const [x, p] of w) w.set(x, p / z);
  return w;
}

describe('Bernoulli(exp(−γ))', () => {
  it('has the right frequency for γ below and above 1', () => {
    const rng = createNoiseRng('bern');
    for (const gamma of [0, 0.3, 1, 2.5]) {
      const n = 40000;
      let hits = 0;
      for (let i = 0; i < n; i++) if (bernoulliExp(rng, gamma)) hits++;
      const p = Math.exp(-gamma);
      const se = Math.sqrt((p * (1 - p)) / n) + 1e-12;
      assert.ok(Math.abs(hits / n - p) <= 5 * se, `γ=${gamma}: ${hits / n} vs ${p}`);
    }
  });
});

describe('discrete Laplace', () => {
  it('is symmetric with variance 2e^{-1/t}/(1−e^{-1/t})²', () => {
    const rng = createNoiseRng('dlap');
    const t = 3;
    const n = 100000;
    const { mean, variance } = moments(n, () => sampleDiscreteLaplace(rng, t));
    const q = Math.exp(-1 / t);
    const exact = (2 * q) / (1 - q) ** 2;
    assert.ok(Math.abs(mean) < 5 * Math.sqrt(exact / n), `mean ${mean}`);
    assert.ok(Math.abs(variance / exact - 1) < 0.03, `variance ${variance} vs ${exact}`);
  });
});

describe('discrete Gaussian sampler (Canonne, Kamath & Steinke 2020)', () => {
  it('has mean 0 and variance σ² over 200k draws', () => {
    const rng = createNoiseRng('dg');
    const sigma = 4;
    const n = 200000;
    const { mean, variance, values } = moments(n, () => sampleDiscreteGaussian(rng, sigma));
    assert.ok(Number.isInteger(values[0]));
    // Standard errors: σ/√n for the mean, σ²√(2/n) for the variance; 5 of them.
    assert.ok(Math.abs(mean) < (5 * sigma) / Math.sqrt(n), `mean ${mean}`);
    assert.ok(
      Math.abs(variance - sigma * sigma) < 5 * sigma * sigma * Math.sqrt(2 / n),
      `variance ${variance}`,
    );
  });

  it('matches the exact pmf, including for small σ where its variance is below σ²', () => {
    const rng = createNoiseRng('dg-small');
    const sigma = 0.6;
    const n = 100000;
    const pmf = discreteGaussianPmf(sigma, 20);
    const counts = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const x = sampleDiscreteGaussian(rng, sigma);
      counts.set(x, (counts.get(x) ?? 0) + 1);
    }
    for (const x of [-2, -1, 0, 1, 2]) {
      const p = pmf.get(x) as number;
      const f = (counts.get(x) ?? 0) / n;
      assert.ok(Math.abs(f - p) < 5 * Math.sqrt((p * (1 - p)) / n) + 1e-4, `P(${x}) = ${f} vs ${p}`);
    }
  });

  it('adds integer noise of the stated scale to counts, reproducibly from the seed', () => {
    const counts = new Float64Array(50000).fill(10);
    const a = addDiscreteGaussianNoise(counts, 10, createNoiseRng('s'));
    const b = addDiscreteGaussianNoise(counts, 10, createNoiseRng('s'));
    assert.deepEqual(a, b);
    let s = 0;
    let s2 = 0;
    for (const v of a) {
      assert.ok(Number.isInteger(v));
      s += v - 10;
      s2 += (v - 10) ** 2;
    }
    assert.ok(Math.abs(s / a.length) < 5 * (10 / Math.sqrt(a.length)));
    assert.ok(Math.abs(s2 / a.length / 100 - 1) < 5 * Math.sqrt(2 / a.length));
  });

  it('refuses a non-positive σ', () => {
    assert.throws(() => sampleDiscreteGaussian(createNoiseRng(1), 0), RangeError);
  });
});

describe('exponential mechanism', () => {
  it('selects with probability ∝ exp(ε·q/(2Δ))', () => {
    const rng = createNoiseRng('em');
    const scores = [0, 1, 2, 4];
    const epsilon = 1;
    const sensitivity = 2;
    const n = 60000;
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < n; i++) counts[exponentialMechanism(scores, epsilon, sensitivity, rng)]++;
    const w = scores.map((q) => Math.exp((epsilon * q) / (2 * sensitivity)));
    const z = w.reduce((a, b) => a + b, 0);
    w.forEach((wi, i) => {
      const p = wi / z;
      assert.ok(
        Math.abs(counts[i] / n - p) < 5 * Math.sqrt((p * (1 - p)) / n),
        `candidate ${i}: ${counts[i] / n} vs ${p}`,
      );
    });
  });
  it('picks the best with high ε and refuses empty candidate lists', () => {
    const rng = createNoiseRng('em2');
    assert.equal(exponentialMechanism([3, 100, 5], 10, 1, rng), 1);
    assert.throws(() => exponentialMechanism([], 1, 1, rng), RangeError);
  });
});
