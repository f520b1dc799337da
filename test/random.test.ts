import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createNoiseRng, createRng, permutation } from '../src/random.js';

for (const [name, make] of [
  ['createRng', createRng],
  ['createNoiseRng', createNoiseRng],
] as const) {
  describe(name, () => {
    it('is deterministic for a seed and differs across seeds and forks', () => {
      const a = make(42);
      const b = make(42);
      const c = make(43);
      const xs = Array.from({ length: 5 }, () => a.next());
      assert.deepEqual(
        xs,
        Array.from({ length: 5 }, () => b.next()),
      );
      assert.notDeepEqual(
        xs,
        Array.from({ length: 5 }, () => c.next()),
      );
      assert.notEqual(make(42).fork('x').next(), make(42).fork('y').next());
      assert.equal(make(42).fork('x').next(), make(42).fork('x').next());
      assert.notEqual(make(42).next(), make('42').next());
    });

    it('gives uniform doubles and unbiased integers', () => {
      const r = make(7);
      const n = 200000;
      let sum = 0;
      let sumSq = 0;
      const counts = new Array(6).fill(0);
      for (let i = 0; i < n; i++) {
        const u = r.next();
        assert.ok(u >= 0 && u < 1);
        sum += u;
        sumSq += u * u;
        counts[r.int(6)]++;
      }
      assert.ok(Math.abs(sum / n - 0.5) < 0.005);
      assert.ok(Math.abs(sumSq / n - (sum * sum) / n / n - 1 / 12) < 0.002);
      // chi-square with 5 degrees of freedom: 99.9 % quantile is 20.5
      const chi = counts.reduce((s, c) => s + (c - n / 6) ** 2 / (n / 6), 0);
      assert.ok(chi < 20.5, `chi2 ${chi}`);
    });

    it('gives standard normal deviates', () => {
      const r = make(9);
      const n = 200000;
      let s = 0;
      let s2 = 0;
      for (let i = 0; i < n; i++) {
        const z = r.normal();
        s += z;
        s2 += z * z;
      }
      assert.ok(Math.abs(s / n) < 0.01);
      assert.ok(Math.abs(s2 / n - 1) < 0.015);
    });
  });
}

describe('permutation', () => {
  it('is a permutation', () => {
    const p = permutation(createRng(1), 1000);
    assert.deepEqual(
      [...p].sort((a, b) => a - b),
      Array.from({ length: 1000 }, (_, i) => i),
    );
  });
});
