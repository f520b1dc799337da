// The provenance sidecar `<out>.provenance.json`: how a synthetic file was made, enough to state its
// guarantee and reproduce the run by whoever holds the seed, without the seed itself (whoever knows the
// seed of DP noise can remove the noise) and without any figure of the real data beyond the hash of
// its file.
import { sha256 } from '@noble/hashes/sha2.js';
export const NO_GUARANTEE = 'NO formal privacy guarantee: CART copies values of real rows from the leaves of trees fitted on the real data; ' +
    'rare combinations and outliers can be reproduced. Use --method mst or aim for a differential-privacy guarantee.';
export function sha256Hex(data) {
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
    return Array.from(sha256(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}
/** Hash of a seed, the same for the number 7 and the string "7" as the CLI reads them alike. */
export function seedHash(seed) {
    return sha256Hex(`fictif-seed:${String(seed)}`);
}
export function guaranteeText(method, p) {
    if (!p)
        return NO_GUARANTEE;
    return (`(${fmt(p.epsilon)}, ${fmt(p.delta)})-differential privacy (${method.toUpperCase()}, ρ = ${fmt(p.rho)} zCDP): ` +
        `adding or removing any one row of the input changes the probability of any output by a factor of at most ` +
        `e^${fmt(p.epsilon)} ≈ ${fmt(Math.exp(p.epsilon))}, except with probability ${fmt(p.delta)}.`);
}
export function fmt(x) {
    if (x === 0)
        return '0';
    if (Math.abs(x) < 1e-3 || Math.abs(x) >= 1e6)
        return x.toExponential(3).replace(/\.?0+e/, 'e');
    return String(Number(x.toPrecision(4)));
}
export function columnsProvenance(columns) {
    const pick = (t) => columns.filter((c) => c.treatment === t).map((c) => ({ name: c.name, kind: c.kind, detail: c.detail }));
    return { modelled: pick('modelled'), regenerated: pick('regenerated'), dropped: pick('dropped') };
}
/** The provenance once the rows are written. */
export function completeProvenance(p, done) {
    return { ...p, output: { rows: done.rows, file: done.file }, constraints: done.constraints ?? p.constraints };
}
//# sourceMappingURL=provenance.js.map