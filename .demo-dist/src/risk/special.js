// Special functions for the population models: log-gamma, digamma, trigamma, hypergeometric P(X = 1).
const LANCZOS = [
    676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
    -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9; relative error ~1e-15). */
export function logGamma(x) {
    if (x < 0.5)
        return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    x -= 1;
    let a = 0.99999999999980993;
    const t = x + 7.5;
    for (let i = 0; i < 8; i++)
        a += LANCZOS[i] / (x + i + 1);
    return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}
/** ψ(x) = d/dx ln Γ(x), x > 0: recurrence up to x ≥ 6, then the asymptotic series. */
export function digamma(x) {
    let r = 0;
    while (x < 6) {
        r -= 1 / x;
        x += 1;
    }
    const f = 1 / (x * x);
    return r + Math.log(x) - 0.5 / x - f * (1 / 12 - f * (1 / 120 - f * (1 / 252 - f * (1 / 240 - f / 132))));
}
/** ψ'(x), x > 0. */
export function trigamma(x) {
    let r = 0;
    while (x < 6) {
        r += 1 / (x * x);
        x += 1;
    }
    const f = 1 / (x * x);
    return r + 1 / x + f / 2 + (f / x) * (1 / 6 - f * (1 / 30 - f * (1 / 42 - f / 30)));
}
/** ln C(n, k). */
export function logChoose(n, k) {
    return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}
/**
 * P(X = 1) for X ~ Hypergeometric(population N, successes K, draws n): the chance that exactly one
 * member of a group of K ends up in a sample of n drawn from N.
 */
export function hypergeometricOne(N, K, n) {
    if (K < 1 || n < 1 || K > N || n > N || N - K < n - 1)
        return 0;
    return Math.exp(Math.log(K) + logChoose(N - K, n - 1) - logChoose(N, n));
}
//# sourceMappingURL=special.js.map