import { gaussianSigma } from './accounting.js';
import { product, sizesOf, sortedUnique } from './factor.js';
import { addDiscreteGaussianNoise } from './mechanisms.js';
/** Exact counts of the marginal over `attrs` (any order; counted over the sorted set). */
export function countMarginal(data, attrs) {
    const a = sortedUnique(attrs);
    const sizes = sizesOf(data.domain.sizes, a);
    const out = new Float64Array(product(sizes));
    const n = data.rows;
    if (a.length === 0) {
        out[0] = n;
        return out;
    }
    if (a.length === 1) {
        const c = data.columns[a[0]];
        for (let i = 0; i < n; i++)
            out[c[i]]++;
        return out;
    }
    if (a.length === 2) {
        const c0 = data.columns[a[0]];
        const c1 = data.columns[a[1]];
        const s1 = sizes[1];
        for (let i = 0; i < n; i++)
            out[c0[i] * s1 + c1[i]]++;
        return out;
    }
    const idx = new Int32Array(n);
    for (let j = 0; j < a.length; j++) {
        const c = data.columns[a[j]];
        const s = sizes[j];
        for (let i = 0; i < n; i++)
            idx[i] = idx[i] * s + c[i];
    }
    for (let i = 0; i < n; i++)
        out[idx[i]]++;
    return out;
}
/** Key of an attribute set, for maps. */
export function setKey(attrs) {
    return attrs.join(',');
}
/**
 * Measure the marginal over `attrs` with ρ of zCDP: counts plus discrete Gaussian noise of scale
 * σ = 1/√(2ρ), recorded in the accountant (which refuses it if the budget would be exceeded).
 */
export function measureMarginal(data, attrs, rho, rng, accountant, names = data.domain.attributes) {
    const a = sortedUnique(attrs);
    const sigma = gaussianSigma(rho);
    accountant.spend({
        label: `marginal(${a.map((i) => names[i]).join(', ')})`,
        mechanism: 'discrete-gaussian',
        rho,
        sigma,
    });
    const counts = countMarginal(data, a);
    return { attrs: a, values: addDiscreteGaussianNoise(counts, sigma, rng), sigma };
}
/** Total variation distance between two count tables (each normalised to a distribution). */
export function tvd(x, y) {
    let sx = 0;
    let sy = 0;
    for (let i = 0; i < x.length; i++) {
        sx += x[i];
        sy += y[i];
    }
    if (sx <= 0 || sy <= 0)
        return sx === sy ? 0 : 1;
    let d = 0;
    for (let i = 0; i < x.length; i++)
        d += Math.abs(x[i] / sx - y[i] / sy);
    return d / 2;
}
/** L1 distance between two equally long arrays. */
export function l1(x, y) {
    let d = 0;
    for (let i = 0; i < x.length; i++)
        d += Math.abs(x[i] - y[i]);
    return d;
}
//# sourceMappingURL=marginals.js.map