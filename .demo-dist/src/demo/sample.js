/** Draws an index with probability proportional to its weight, by binary search on cumulative weights. */
export class Weighted {
    items;
    cum;
    total;
    constructor(items, weight) {
        this.items = items;
        this.cum = new Float64Array(items.length);
        let s = 0;
        items.forEach((it, i) => {
            s += weight(it);
            this.cum[i] = s;
        });
        this.total = s;
    }
    index(rng) {
        const u = rng.next() * this.total;
        let lo = 0;
        let hi = this.cum.length - 1;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (this.cum[mid] > u)
                hi = mid;
            else
                lo = mid + 1;
        }
        return lo;
    }
    pick(rng) {
        return this.items[this.index(rng)];
    }
}
/** Index drawn from a small table of probabilities (need not sum to 1). */
export function choose(rng, probs) {
    let total = 0;
    for (const p of probs)
        total += p;
    let u = rng.next() * total;
    for (let i = 0; i < probs.length; i++) {
        u -= probs[i];
        if (u < 0)
            return i;
    }
    return probs.length - 1;
}
export function bernoulli(rng, p) {
    return rng.next() < p;
}
/** Log-normal with the given median and log-scale standard deviation. */
export function lognormal(rng, median, sigma) {
    return median * Math.exp(sigma * rng.normal());
}
/** Normal clipped to [lo, hi]. */
export function clippedNormal(rng, mean, sd, lo, hi) {
    const x = mean + sd * rng.normal();
    return x < lo ? lo : x > hi ? hi : x;
}
/** Gamma(shape k ≥ 1, scale θ) by Marsaglia–Tsang. */
export function gamma(rng, k, theta) {
    const d = k - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
        let x;
        let v;
        do {
            x = rng.normal();
            v = 1 + c * x;
        } while (v <= 0);
        v = v * v * v;
        const u = rng.next();
        if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v)))
            return d * v * theta;
    }
}
export const cents = (x) => Math.round(x * 100) / 100;
//# sourceMappingURL=sample.js.map