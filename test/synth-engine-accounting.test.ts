import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  Accountant,
  deltaFromRhoEpsilon,
  epsilonFromRho,
  exponentialEpsilon,
  gaussianSigma,
  rhoFromEpsilonDelta,
  rhoOfGaussian,
} from '../src/synth/accounting.js';

const close = (a: number, b: number, rel: number, msg?: string) =>
  assert.ok(Math.abs(a - b) <= rel * Math.abs(b), msg ?? `${a} is not within ${rel} of ${b}`);

describe('zCDP ↔ (ε, δ) conversion (Canonne, Kamath & Steinke 2020)', () => {
  it('matches the reference values of the cdp_rho / cdp_eps helpers of the MST/AIM authors', () => {
    // Computed with the authors' Python bisection (1000 steps).
    close(rhoFromEpsilonDelta(0.1, 1e-9), 0.00017713844718502086, 1e-9);
    close(rhoFromEpsilonDelta(1, 1e-9), 0.014973057673588523, 1e-9);
    close(rhoFromEpsilonDelta(10, 1e-9), 1.0907857043970155, 1e-9);
    close(epsilonFromRho(0.5, 1e-6), 5.221534444530169, 1e-9);
    close(epsilonFromRho(1, 1e-5), 7.0771966958063395, 1e-9);
  });

  it('is tighter than the classic bound ε = ρ + 2√(ρ log 1/δ), and close to it', () => {
    for (const rho of [1e-4, 0.01, 0.1, 1, 5]) {
      const classic = rho + 2 * Math.sqrt(rho * Math.log(1e9));
      const eps = epsilonFromRho(rho, 1e-9);
      assert.ok(eps < classic, `ρ=${rho}: ${eps} ≥ ${classic}`);
      assert.ok(eps > 0.8 * classic, `ρ=${rho}: ${eps} implausibly small vs ${classic}`);
    }
  });

  it('is monotone: more ε or more δ allows more ρ', () => {
    let prev = 0;
    for (const eps of [0.01, 0.1, 0.5, 1, 2, 5, 10, 20]) {
      const rho = rhoFromEpsilonDelta(eps, 1e-9);
      assert.ok(rho > prev);
      prev = rho;
    }
    assert.ok(rhoFromEpsilonDelta(1, 1e-6) > rhoFromEpsilonDelta(1, 1e-9));
    assert.ok(epsilonFromRho(0.1, 1e-9) > epsilonFromRho(0.05, 1e-9));
  });

  it('round-trips and meets δ exactly at the returned ρ', () => {
    for (const eps of [0.05, 0.3, 1, 3, 10]) {
      for (const delta of [1e-5, 1e-9, 1e-12]) {
        const rho = rhoFromEpsilonDelta(eps, delta);
        close(epsilonFromRho(rho, delta), eps, 1e-9);
        const d = deltaFromRhoEpsilon(rho, eps);
        assert.ok(d <= delta * (1 + 1e-12), `δ(ρ, ε) = ${d} > ${delta}`);
        assert.ok(d >= delta * 0.999999, `returned ρ is not the largest: δ = ${d}`);
      }
    }
  });

  it('rejects meaningless parameters', () => {
    assert.throws(() => rhoFromEpsilonDelta(0, 1e-9), RangeError);
    assert.throws(() => rhoFromEpsilonDelta(1, 0), RangeError);
    assert.throws(() => rhoFromEpsilonDelta(1, 1), RangeError);
    assert.throws(() => epsilonFromRho(-1, 1e-9), RangeError);
    assert.equal(epsilonFromRho(0, 1e-9), 0);
  });
});

describe('mechanism calibration', () => {
  it('Gaussian: σ = Δ/√(2ρ) and back', () => {
    assert.equal(gaussianSigma(0.5), 1);
    close(gaussianSigma(0.02, 3), 3 / Math.sqrt(0.04), 1e-15);
    close(rhoOfGaussian(gaussianSigma(0.123)), 0.123, 1e-12);
    assert.throws(() => gaussianSigma(0), RangeError);
  });
  it('exponential mechanism: ε²/8 = ρ', () => {
    close(exponentialEpsilon(0.125), 1, 1e-15);
    close(exponentialEpsilon(0.02) ** 2 / 8, 0.02, 1e-12);
  });
});

describe('Accountant', () => {
  it('sums spends and keeps the ledger', () => {
    const acc = new Accountant(1);
    acc.spend({ label: 'a', mechanism: 'discrete-gaussian', rho: 0.25, sigma: gaussianSigma(0.25) });
    acc.spend({ label: 'b', mechanism: 'exponential', rho: 0.5 });
    assert.equal(acc.spent, 0.75);
    assert.equal(acc.remaining, 0.25);
    assert.deepEqual(
      acc.ledger.map((m) => m.label),
      ['a', 'b'],
    );
  });
  it('refuses to overspend, but tolerates rounding of an exact split', () => {
    const acc = new Accountant(0.3);
    for (let i = 0; i < 10; i++) acc.spend({ label: `${i}`, mechanism: 'gaussian', rho: 0.03 });
    assert.ok(Math.abs(acc.spent - 0.3) < 1e-15);
    assert.throws(() => acc.spend({ label: 'more', mechanism: 'gaussian', rho: 1e-9 }), /budget exceeded/);
    assert.equal(acc.ledger.length, 10);
    const b = new Accountant(1);
    assert.throws(() => b.spend({ label: 'x', mechanism: 'gaussian', rho: 1.000001 }), /budget exceeded/);
    assert.throws(() => b.spend({ label: 'y', mechanism: 'gaussian', rho: -0.1 }), RangeError);
    assert.equal(b.spent, 0);
  });
});
