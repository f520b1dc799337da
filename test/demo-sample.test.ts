// The demo's own samplers (32-bit uniforms, ziggurat normal, guide-table choices, polynomial exp):
// they trade exactness nobody can see for speed, so their distributions are checked here.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Benefits, computeBenefits, surelyNothing } from '../src/demo/benefits.js';
import { drawHome, drawMembers, Household } from '../src/demo/household.js';
import { below, Choice, expSmall, gamma, normal, uniform, Weighted } from '../src/demo/sample.js';
import { createRng } from '../src/random.js';

/** Standard normal CDF (Abramowitz & Stegun 7.1.26 on erf, error < 1.5e-7). */
function phi(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const erf =
    1 - t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) *
      Math.exp(-z * z);
  return x >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

describe('demo samplers', () => {
  it('normal: mean 0, variance 1, the tails and the whole CDF of a standard normal', () => {
    const rng = createRng(11, 'normal');
    const n = 400_000;
    const xs = new Float64Array(n);
    let sum = 0;
    let sq = 0;
    let beyond2 = 0;
    let beyond3 = 0;
    let beyondR = 0;
    for (let i = 0; i < n; i++) {
      const x = normal(rng);
      xs[i] = x;
      sum += x;
      sq += x * x;
      if (Math.abs(x) > 2) beyond2++;
      if (Math.abs(x) > 3) beyond3++;
      if (Math.abs(x) > 3.442619855899) beyondR++; // the ziggurat's tail beyond its base layer
    }
    const mean = sum / n;
    const variance = sq / n - mean * mean;
    assert.ok(Math.abs(mean) < 0.006, `mean ${mean}`); // 4 standard errors
    assert.ok(Math.abs(variance - 1) < 0.01, `variance ${variance}`);
    // P(|Z| > 2) = 0.0455, P(|Z| > 3) = 0.0027, P(|Z| > R) = 0.000576: within 5 standard errors.
    const within = (count: number, p: number) => Math.abs(count / n - p) < 5 * Math.sqrt((p * (1 - p)) / n);
    assert.ok(within(beyond2, 0.0455), `beyond 2: ${beyond2 / n}`);
    assert.ok(within(beyond3, 0.0027), `beyond 3: ${beyond3 / n}`);
    assert.ok(within(beyondR, 0.000576), `beyond R: ${beyondR / n}`);
    // Kolmogorov-Smirnov distance: the 1 % critical value for n = 400,000 is 1.63 / √n ≈ 0.0026.
    xs.sort();
    let ks = 0;
    for (let i = 0; i < n; i++) {
      const f = phi(xs[i]);
      ks = Math.max(ks, Math.abs(f - i / n), Math.abs(f - (i + 1) / n));
    }
    assert.ok(ks < 0.0026, `KS distance ${ks}`);
  });

  it('uniform and below: flat, in range', () => {
    const rng = createRng(12, 'uniform');
    const counts = new Int32Array(7);
    let lo = 1;
    let hi = 0;
    for (let i = 0; i < 70_000; i++) {
      const u = uniform(rng);
      lo = Math.min(lo, u);
      hi = Math.max(hi, u);
      counts[below(rng, 7)]++;
    }
    assert.ok(lo >= 0 && hi < 1 && lo < 0.001 && hi > 0.999);
    for (const c of counts) assert.ok(Math.abs(c - 10_000) < 500, `bucket ${c}`); // 5 standard errors
  });

  it('Choice and Weighted draw each index with its probability, and agree with a plain scan', () => {
    const probs = [0.47, 0.08, 0.14, 0.31, 0, 0.0001];
    const choice = new Choice(probs);
    const rng = createRng(13, 'choice');
    const counts = new Float64Array(probs.length);
    const n = 200_000;
    for (let i = 0; i < n; i++) counts[choice.pick(rng)]++;
    const total = probs.reduce((a, b) => a + b, 0);
    probs.forEach((p, i) => {
      const q = p / total;
      assert.ok(Math.abs(counts[i] / n - q) < 5 * Math.sqrt((q * (1 - q)) / n) + 1e-9, `index ${i}`);
    });
    assert.equal(counts[4], 0, 'a zero-probability index is never drawn');
    // Weighted's guide table gives the binary search's answer for every u.
    const weights = Array.from({ length: 300 }, (_, i) => ((i * 7919) % 101) + (i % 13 === 0 ? 0 : 1));
    const w = new Weighted(weights, (x) => x);
    const cum: number[] = [];
    weights.reduce((s, x, i) => {
      cum[i] = s + x;
      return cum[i];
    }, 0);
    const sum = cum[cum.length - 1];
    for (let k = 0; k < 20_000; k++) {
      const u = k / 20_000;
      const expected = cum.findIndex((c) => c > u * sum);
      assert.equal(w.indexOf(u), expected, `u = ${u}`);
    }
  });

  it('expSmall is within 5e-7 of Math.exp, and gamma has its mean and variance', () => {
    for (let t = -3; t <= 3; t += 0.001) {
      const rel = Math.abs(expSmall(t) / Math.exp(t) - 1);
      assert.ok(rel < 5e-7, `t = ${t}: ${rel}`);
    }
    const rng = createRng(14, 'gamma');
    let s = 0;
    let s2 = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      const x = gamma(rng, 2, 1.5);
      s += x;
      s2 += x * x;
    }
    const mean = s / n;
    const variance = s2 / n - mean * mean;
    assert.ok(Math.abs(mean - 3) < 0.03, `mean ${mean}`); // k θ = 3, se ≈ 0.0067
    assert.ok(Math.abs(variance - 4.5) < 0.15, `variance ${variance}`); // k θ² = 4.5
  });
});

describe('rejected draws', () => {
  it('a household surelyNothing drops gets nothing when drawn in full', () => {
    const rng = createRng(15, 'drops');
    const h = new Household();
    const b = new Benefits();
    let dropped = 0;
    for (let i = 0; i < 60_000; i++) {
      drawMembers(rng, h);
      const drop = surelyNothing(h);
      drawHome(rng, h);
      computeBenefits(h, b);
      if (drop) {
        dropped++;
        assert.equal(b.annual, 0, `household ${i} was dropped but gets ${b.annual}`);
      }
    }
    // It must also drop something: most childless households with nothing (about 17 % of draws).
    assert.ok(dropped > 0.1 * 60_000, `dropped ${dropped}`);
  });
});
