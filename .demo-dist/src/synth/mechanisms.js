/** Bernoulli(p) for p ∈ [0, 1]. */
function bernoulli(rng, p) {
    return rng.next() < p;
}
/** Bernoulli(exp(−γ)) for γ ≥ 0 (CKS Algorithm 1). */
export function bernoulliExp(rng, gamma) {
    if (!(gamma >= 0))
        throw new RangeError(`bernoulliExp needs γ ≥ 0, got ${gamma}`);
    // exp(−γ) = exp(−1)^⌊γ⌋ · exp(−(γ − ⌊γ⌋)): one trial of exp(−1) per unit, stop at the first failure.
    while (gamma > 1) {
        if (!bernoulliExpUnit(rng, 1))
            return false;
        gamma -= 1;
    }
    return bernoulliExpUnit(rng, gamma);
}
/** Bernoulli(exp(−γ)) for γ ∈ [0, 1]: K ← 1; while Bernoulli(γ/K) K++; return K odd. */
function bernoulliExpUnit(rng, gamma) {
    let k = 1;
    while (bernoulli(rng, gamma / k))
        k++;
    return (k & 1) === 1;
}
/** Discrete Laplace with scale t (a positive integer): P(x) ∝ exp(−|x|/t) (CKS Algorithm 2). */
export function sampleDiscreteLaplace(rng, t) {
    if (!(t >= 1) || !Number.isInteger(t))
        throw new RangeError(`discrete Laplace scale must be an integer ≥ 1, got ${t}`);
    for (;;) {
        const u = rng.int(t);
        if (!bernoulliExp(rng, u / t))
            continue;
        let v = 0;
        while (bernoulliExp(rng, 1))
            v++;
        const x = u + t * v;
        const negative = bernoulli(rng, 0.5);
        if (negative && x === 0)
            continue;
        return negative ? -x : x;
    }
}
/** Discrete Gaussian N_Z(0, σ²): P(x) ∝ exp(−x²/(2σ²)) over the integers (CKS Algorithm 3). */
export function sampleDiscreteGaussian(rng, sigma) {
    if (!(sigma > 0) || !Number.isFinite(sigma))
        throw new RangeError(`sigma must be a positive number, got ${sigma}`);
    const t = Math.floor(sigma) + 1;
    const s2 = sigma * sigma;
    for (;;) {
        const y = sampleDiscreteLaplace(rng, t);
        const d = Math.abs(y) - s2 / t;
        if (bernoulliExp(rng, (d * d) / (2 * s2)))
            return y;
    }
}
/** Integer counts plus independent discrete Gaussian noise of scale σ in each cell. */
export function addDiscreteGaussianNoise(counts, sigma, rng) {
    const out = new Float64Array(counts.length);
    for (let i = 0; i < counts.length; i++)
        out[i] = counts[i] + sampleDiscreteGaussian(rng, sigma);
    return out;
}
/**
 * Exponential mechanism (McSherry & Talwar 2007): pick index i with probability ∝ exp(ε·q_i / (2Δ)),
 * where Δ bounds how much one record changes any score. Sampled exactly through the Gumbel-max trick
 * (argmax of ε·q_i/(2Δ) + Gumbel noise has exactly that distribution). It satisfies ε-DP and ε²/8-zCDP
 * (Cesar & Rogers 2021), see accounting.ts.
 */
export function exponentialMechanism(scores, epsilon, sensitivity, rng) {
    if (scores.length === 0)
        throw new RangeError('exponential mechanism over no candidates');
    if (!(epsilon > 0) || !(sensitivity > 0))
        throw new RangeError('exponential mechanism needs ε > 0 and Δ > 0');
    const scale = epsilon / (2 * sensitivity);
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < scores.length; i++) {
        // u ∈ (0, 1): next() is in [0, 1), shift away from 0.
        const u = (rng.next() * 9007199254740991 + 1) / 9007199254740992;
        const g = -Math.log(-Math.log(u));
        const v = scale * scores[i] + g;
        if (v > bestValue) {
            bestValue = v;
            best = i;
        }
    }
    return best;
}
//# sourceMappingURL=mechanisms.js.map