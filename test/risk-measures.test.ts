// Every figure of `risk` on hand-computed cases: attacker models, individual risk, population
// uniqueness, ℓ-diversity, t-closeness, risk drivers, verdict thresholds.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRng } from '../src/random.js';
import {
  digamma,
  encodeColumn,
  groupRows,
  hypergeometricOne,
  individualRisk,
  logGamma,
  orderedEmd,
  pitmanParameters,
  pitmanUniques,
  populationUniqueness,
  reidentificationRisk,
  riskDrivers,
  sensitiveDiversity,
  trigamma,
  zayatzUniques,
} from '../src/risk/index.js';
import { columnFromValues } from '../src/table/column.js';

const close = (a: number, b: number, tol = 1e-9) => assert.ok(Math.abs(a - b) <= tol, `${a} ≠ ${b}`);

describe('risk: special functions', () => {
  it('matches known values', () => {
    close(logGamma(5), Math.log(24), 1e-12);
    close(logGamma(0.5), Math.log(Math.sqrt(Math.PI)), 1e-12);
    close(logGamma(101), 363.73937555556347, 1e-9);
    close(digamma(1), -0.5772156649015329, 1e-12);
    close(digamma(0.5), -1.9635100260214235, 1e-12);
    close(trigamma(1), (Math.PI * Math.PI) / 6, 1e-12);
    // C(2,1)·C(6,3)/C(8,4) = 2·20/70
    close(hypergeometricOne(8, 2, 4), 4 / 7, 1e-12);
    close(hypergeometricOne(8, 1, 4), 0.5, 1e-12);
  });
});

describe('risk: attacker models', () => {
  // Classes of sizes 2, 1, 1, 1, 1 (six records).
  const sizes = [2, 1, 1, 1, 1];
  it('prosecutor: highest 1/k, average = classes / records, records at risk', () => {
    const r = reidentificationRisk({
      classSizes: sizes,
      classRecords: sizes,
      population: 'census',
      samplingFraction: 1,
      threshold: 0.09,
    });
    close(r.prosecutor.highest, 1);
    close(r.prosecutor.average, 5 / 6);
    close(r.prosecutor.recordsAtRisk, 1);
    close(r.journalist.average, 5 / 6);
    close(r.marketer.average, 5 / 6);
    close(r.expectedReidentifications, 5);
    const safe = reidentificationRisk({
      classSizes: [11, 20],
      classRecords: [11, 20],
      population: 'census',
      samplingFraction: 1,
      threshold: 0.09,
    });
    close(safe.prosecutor.recordsAtRisk, 0); // 1/11 = 0.0909… is not above 0.09 (ARX's rounding)
    close(safe.prosecutor.average, 2 / 31);
  });

  it("individual risk follows sdcMicro's approximation", () => {
    // p = 1/2: f = 1 → ln 2; f = 2 → 1 − ln 2; f = 3 → 0.5 / 2.5
    close(individualRisk(1, 2), Math.log(2));
    close(individualRisk(2, 4), 1 - Math.log(2));
    close(individualRisk(3, 6), 0.2);
    close(individualRisk(4, 4), 0.25); // F = f: census
    const r = reidentificationRisk({
      classSizes: sizes,
      classRecords: sizes,
      populationSizes: sizes.map((s) => 2 * s),
      population: 'sampling-fraction',
      samplingFraction: 0.5,
      threshold: 0.09,
    });
    close(r.journalist.highest, Math.log(2));
    close(r.journalist.average, (4 * Math.log(2) + 2 * (1 - Math.log(2))) / 6);
    close(r.marketer.average, r.journalist.average);
    close(r.prosecutor.average, 5 / 6);
  });
});

describe('risk: population uniqueness', () => {
  it('Zayatz on a hand-computed case', () => {
    // c1 = 2, c2 = 1, u = 3, n = 4, N = 8: P(cond) = (2/3·½) / (2/3·½ + 1/3·4/7) = 0.6364; uniques = 2·P/0.5
    const cond = 2 / 3 / 2 / (2 / 3 / 2 + (1 / 3) * (4 / 7));
    close(
      zayatzUniques(
        [
          [1, 2],
          [2, 1],
        ],
        4,
        8,
      ),
      (2 * cond) / 0.5,
      1e-12,
    );
  });

  it('Pitman: finds the maximum where Newton alone ran off to θ → ∞ (a demo histogram)', () => {
    // Commune × sex × children × family situation on a demo draw: plain Newton went to θ ≈ 1.7e19,
    // where the score underflows to 0, and reported it as converged. The maximum is near θ 418, α 0.25.
    const hist: [number, number][] = JSON.parse(
      '[[1,826],[2,416],[3,237],[4,149],[5,86],[6,74],[7,37],[8,46],[9,16],[10,17],[11,20],[12,22],' +
        '[13,13],[14,18],[15,16],[16,7],[17,10],[18,5],[19,7],[20,4],[22,6],[23,4],[24,6],[25,2],[26,3],' +
        '[27,2],[28,2],[29,3],[30,4],[31,2],[32,3],[33,2],[34,2],[35,4],[36,1],[37,1],[38,1],[39,1],' +
        '[40,1],[42,1],[44,4],[46,1],[47,1],[50,1],[53,1],[55,1],[61,1],[65,1],[74,1],[77,1],[80,2],' +
        '[84,1],[88,1],[94,1],[103,1],[107,1],[116,1],[144,1],[288,1],[329,1]]',
    );
    const n = hist.reduce((a, [s, c]) => a + s * c, 0);
    const u = hist.reduce((a, [, c]) => a + c, 0);
    assert.equal(n, 10204);
    const p = pitmanParameters(hist, n)!;
    assert.ok(p, 'an estimate');
    // The log-likelihood by direct sums: no point of a grid around the estimate is higher.
    const logLik = (t: number, a: number) => {
      let l = 0;
      for (let i = 1; i < u; i++) l += Math.log(t + i * a);
      for (let i = 1; i < n; i++) l -= Math.log(t + i);
      for (const [s, c] of hist) for (let k = 1; k < s; k++) l += c * Math.log(k - a);
      return l;
    };
    const at = logLik(p.theta, p.alpha);
    for (const t of [1, 10, 100, 300, 400, 418, 420, 450, 600, 1000, 1e4, 1e6])
      for (const a of [0.01, 0.1, 0.2, 0.25, 0.26, 0.3, 0.4, 0.5, 0.52, 0.7, 0.9])
        assert.ok(logLik(t, a) <= at + 1e-6, `(${t}, ${a}) is higher than the estimate`);
    assert.ok(p.theta > 300 && p.theta < 600 && p.alpha > 0.2 && p.alpha < 0.32, JSON.stringify(p));
  });

  it('Pitman: the maximum-likelihood equations hold at the estimate', () => {
    const hist: [number, number][] = [
      [1, 300],
      [2, 80],
      [3, 30],
      [4, 12],
      [6, 5],
      [10, 2],
    ];
    const n = hist.reduce((a, [s, c]) => a + s * c, 0);
    const u = hist.reduce((a, [, c]) => a + c, 0);
    const p = pitmanParameters(hist, n)!;
    assert.ok(p.alpha > 0 && p.alpha < 1 && p.theta > -p.alpha);
    // Score equations by direct sums (independent of the digamma closed forms).
    let g1 = 0;
    let g2 = 0;
    for (let i = 1; i < u; i++) {
      g1 += 1 / (p.theta + i * p.alpha);
      g2 += i / (p.theta + i * p.alpha);
    }
    for (let i = 1; i < n; i++) g1 -= 1 / (p.theta + i);
    for (const [s, c] of hist) for (let k = 1; k < s; k++) g2 -= c / (k - p.alpha);
    close(g1, 0, 1e-6);
    close(g2, 0, 1e-6);
    const N = n * 20;
    const est = pitmanUniques(hist, n, N)!;
    close(est.uniques, Math.exp(logGamma(p.theta + 1) - logGamma(p.theta + p.alpha)) * N ** p.alpha, 1e-6);
  });

  it("chooses the model by Dankar et al.'s rule", () => {
    const hist: [number, number][] = [
      [1, 300],
      [2, 80],
      [3, 30],
      [4, 12],
      [6, 5],
      [10, 2],
    ];
    const n = hist.reduce((a, [s, c]) => a + s * c, 0);
    assert.equal(populationUniqueness(hist, n, 1).model, 'census');
    assert.equal(populationUniqueness(hist, n, 1).populationUniques, 300);
    assert.equal(populationUniqueness(hist, n, 0.05).model, 'pitman');
    assert.equal(populationUniqueness(hist, n, 0.5).model, 'zayatz');
    assert.equal(
      populationUniqueness(
        [
          [1, 3],
          [3, 2],
        ],
        9,
        0.05,
      ).model,
      'zayatz',
    ); // no classes of size 2
    // A light tail puts Pitman's α on the boundary 0, where it is undefined: Zayatz takes over.
    const light: [number, number][] = [
      [1, 300],
      [2, 80],
      [3, 30],
      [4, 12],
    ];
    assert.equal(populationUniqueness(light, 598, 0.05).model, 'zayatz');
    assert.equal(populationUniqueness([[2, 3]], 6, 0.05).populationUniques, 0);
    const z = populationUniqueness(hist, n, 0.5);
    assert.ok(z.populationUniques < 300 / 0.5 && z.populationUniques > 0);
    close(z.share, z.populationUniques / (n / 0.5));
  });
});

describe('risk: ℓ-diversity and t-closeness', () => {
  // Classes {r0, r1} and {r2, r3}.
  const classes = groupRows([Int32Array.of(0, 0, 1, 1)], 4);
  it('categorical: distinct and entropy ℓ, homogeneity, equal-distance EMD', () => {
    const s = sensitiveDiversity(columnFromValues('s', 'categorical', ['a', 'a', 'a', 'b']), classes);
    assert.equal(s.distance, 'equal');
    assert.equal(s.distinctL, 1);
    close(s.entropyL, 1);
    close(s.homogeneousShare, 0.5);
    // overall (¾, ¼); class 1 (1, 0): ½(¼ + ¼); class 2 (½, ½): ½(¼ + ¼)
    close(s.t, 0.25);
    close(s.averageEmd, 0.25);
    const balanced = sensitiveDiversity(columnFromValues('s', 'categorical', ['a', 'b', 'a', 'b']), classes);
    assert.equal(balanced.distinctL, 2);
    close(balanced.entropyL, 2);
    close(balanced.t, 0);
  });

  it('numeric: ordered-distance EMD of Li et al.', () => {
    const s = sensitiveDiversity(columnFromValues('v', 'numeric', [1, 1, 2, 3]), classes);
    assert.equal(s.distance, 'ordered');
    // m = 3, overall (½, ¼, ¼). Class 1: r = (½, −¼, −¼), cumulative ½, ¼ → 0.75 / 2
    close(s.t, 0.375);
    const three = groupRows([Int32Array.of(0, 0, 0, 1)], 4);
    // class {3}: r = (−½, −¼, ¾): cumulative −½, −¾ → 1.25 / 2
    close(sensitiveDiversity(columnFromValues('v', 'numeric', [1, 1, 2, 3]), three).t, 0.625);
  });

  it('the ordered EMD agrees with the direct formula on random classes', () => {
    const rng = createRng(9);
    const m = 40;
    const q = Array.from({ length: m }, () => rng.next());
    const total = q.reduce((a, b) => a + b, 0);
    const Q = new Float64Array(m);
    const SQ = new Float64Array(m + 1);
    let acc = 0;
    for (let i = 0; i < m; i++) {
      acc += q[i] / total;
      Q[i] = acc;
      SQ[i + 1] = SQ[i] + acc;
    }
    for (let trial = 0; trial < 50; trial++) {
      const ranks = Array.from({ length: 1 + rng.int(12) }, () => rng.int(m));
      const p = new Float64Array(m);
      for (const r of ranks) p[r] += 1 / ranks.length;
      let direct = 0;
      let cum = 0;
      for (let i = 0; i < m - 1; i++) {
        cum += p[i] - q[i] / total;
        direct += Math.abs(cum);
      }
      close(orderedEmd([...ranks], Q, SQ, m), direct / (m - 1), 1e-9);
    }
  });
});

describe('risk: what drives the risk', () => {
  it('finds the minimal combination and the leave-one-out drops', () => {
    const qis = [
      encodeColumn(columnFromValues('A', 'integer', [1, 1, 2, 2])),
      encodeColumn(columnFromValues('B', 'integer', [1, 2, 1, 2])),
      encodeColumn(columnFromValues('C', 'integer', [1, 1, 1, 1])),
    ];
    const d = riskDrivers(qis, 4);
    assert.equal(d.all.uniqueShare, 1);
    assert.equal(d.minimal.length, 1);
    assert.deepEqual(d.minimal[0].columns, ['A', 'B']);
    assert.deepEqual(
      d.single.map((s) => s.uniqueShare),
      [0, 0, 0],
    );
    const drop = Object.fromEntries(d.leaveOneOut.map((x) => [x.column, x.drop]));
    assert.deepEqual(drop, { A: 1, B: 1, C: 0 });
    assert.equal(d.truncated, false);
  });

  it('prunes supersets of a driving set and honours the bound', () => {
    const n = 50;
    const qis = [
      encodeColumn(
        columnFromValues(
          'id',
          'integer',
          Array.from({ length: n }, (_, i) => i),
        ),
      ),
      encodeColumn(
        columnFromValues(
          'b',
          'integer',
          Array.from({ length: n }, (_, i) => i % 2),
        ),
      ),
      encodeColumn(
        columnFromValues(
          'c',
          'integer',
          Array.from({ length: n }, (_, i) => i % 3),
        ),
      ),
    ];
    const d = riskDrivers(qis, n);
    assert.deepEqual(
      d.minimal.map((m) => m.columns),
      [['id']],
    );
    // b + c alone: 6 classes, none unique; every set containing id is pruned.
    assert.deepEqual(d.bestBySize[1].columns, ['b', 'c']);
    const bounded = riskDrivers(qis, n, { maxSubsets: 2 });
    assert.ok(bounded.truncated);
  });
});
