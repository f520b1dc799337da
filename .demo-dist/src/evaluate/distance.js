import { rowKey, takeRows } from './encode.js';
import { nearest } from './neighbors.js';
import { sampleIndices } from './sample.js';
import { auc, quantile, wilson } from './stats.js';
const MAX_QUERIES = 2000;
const MAX_REFERENCES = 10000;
const MAX_CANDIDATES = 1000;
function summary(d, references) {
    const s = Float64Array.from(d).sort();
    let m = 0;
    for (const x of s)
        m += x;
    return { queries: s.length, references, p5: quantile(s, 0.05), median: quantile(s, 0.5), mean: s.length ? m / s.length : Number.NaN };
}
function ratio(d) {
    const r = new Float64Array(d.d1.length);
    for (let i = 0; i < r.length; i++)
        r[i] = d.d2[i] > 0 ? d.d1[i] / d.d2[i] : d.d1[i] > 0 ? 1 : 0;
    return r;
}
/** Shares of values in equal-width bins over [0, max]. */
function histogram(d, edges) {
    const k = edges.length - 1;
    const out = new Array(k).fill(0);
    const w = edges[k] / k;
    for (const x of d)
        out[Math.min(k - 1, Math.max(0, Math.floor(x / w)))]++;
    return out.map((c) => (d.length ? c / d.length : 0));
}
/** The ROC curve of scores (positives = label 1), at most ~100 points. */
export function rocCurve(scores, labels) {
    const idx = Array.from(scores.keys()).sort((a, b) => scores[b] - scores[a]);
    let pos = 0;
    for (const l of labels)
        pos += l;
    const neg = labels.length - pos;
    const fpr = [0];
    const tpr = [0];
    let tp = 0;
    let fp = 0;
    const step = Math.max(1, Math.floor(idx.length / 100));
    for (let k = 0; k < idx.length; k++) {
        if (labels[idx[k]])
            tp++;
        else
            fp++;
        const tieNext = k + 1 < idx.length && scores[idx[k + 1]] === scores[idx[k]];
        if (!tieNext && (k % step === 0 || k === idx.length - 1)) {
            fpr.push(neg ? fp / neg : 0);
            tpr.push(pos ? tp / pos : 0);
        }
    }
    return { fpr, tpr };
}
function shareBelow(d, limit) {
    let k = 0;
    for (const x of d)
        if (x < limit)
            k++;
    return wilson(k, d.length);
}
function exactRate(queries, realKeys) {
    let k = 0;
    for (let i = 0; i < queries.n; i++)
        if (realKeys.has(rowKey(queries, i)))
            k++;
    return wilson(k, queries.n);
}
export function distancePrivacy(enc, rng, progress = () => { }) {
    const { specs, real, synthetic, holdout } = enc;
    const notes = [];
    const realKeys = new Set();
    for (let i = 0; i < real.n; i++)
        realKeys.add(rowKey(real, i));
    const exactCopies = { synthetic: exactRate(synthetic, realKeys), holdout: holdout ? exactRate(holdout, realKeys) : undefined };
    // With a holdout, the real reference set has the holdout's size, so that the two distances are
    // measured against equally dense sets of people.
    const refSize = Math.min(real.n, MAX_REFERENCES, holdout ? holdout.n : Number.POSITIVE_INFINITY);
    const refRows = sampleIndices(real.n, refSize, rng.fork('references'));
    const realRef = takeRows(real, refRows);
    const synQ = takeRows(synthetic, sampleIndices(synthetic.n, MAX_QUERIES, rng.fork('synthetic-queries')));
    if (refSize < real.n)
        notes.push(`distances measured against ${refSize.toLocaleString('en')} of the ${real.n.toLocaleString('en')} real rows (sampled)`);
    if (synQ.n < synthetic.n)
        notes.push(`DCR and NNDR measured on ${synQ.n.toLocaleString('en')} sampled synthetic rows`);
    const total = holdout ? 5 : 1;
    progress(0, total);
    const synNN = nearest(specs, synQ, realRef);
    progress(1, total);
    const dcr = { synthetic: summary(synNN.d1, realRef.n) };
    const nndr = { synthetic: summary(ratio(synNN), realRef.n) };
    let dcrShare;
    let holdD1;
    let membership;
    if (holdout) {
        const holdQ = takeRows(holdout, sampleIndices(holdout.n, MAX_QUERIES, rng.fork('holdout-queries')));
        const holdNN = nearest(specs, holdQ, realRef);
        progress(2, total);
        dcr.holdout = summary(holdNN.d1, realRef.n);
        holdD1 = holdNN.d1;
        nndr.holdout = summary(ratio(holdNN), realRef.n);
        dcr.ratioP5 = dcr.holdout.p5 > 0 ? dcr.synthetic.p5 / dcr.holdout.p5 : dcr.synthetic.p5 > 0 ? Number.POSITIVE_INFINITY : 1;
        nndr.ratioP5 = nndr.holdout.p5 > 0 ? nndr.synthetic.p5 / nndr.holdout.p5 : nndr.synthetic.p5 > 0 ? Number.POSITIVE_INFINITY : 1;
        dcr.belowHoldoutP5 = shareBelow(synNN.d1, dcr.holdout.p5);
        nndr.belowHoldoutP5 = shareBelow(ratio(synNN), nndr.holdout.p5);
        const holdRef = takeRows(holdout, sampleIndices(holdout.n, refSize, rng.fork('holdout-references')));
        const toHold = nearest(specs, synQ, holdRef);
        progress(3, total);
        let closer = 0;
        for (let i = 0; i < synQ.n; i++)
            closer += synNN.d1[i] < toHold.d1[i] ? 1 : synNN.d1[i] === toHold.d1[i] ? 0.5 : 0;
        dcrShare = wilson(closer, synQ.n);
        const m = Math.min(MAX_CANDIDATES, holdout.n, real.n);
        const members = takeRows(real, sampleIndices(real.n, m, rng.fork('members')));
        const nonMembers = takeRows(holdout, sampleIndices(holdout.n, m, rng.fork('non-members')));
        const synRef = takeRows(synthetic, sampleIndices(synthetic.n, MAX_REFERENCES, rng.fork('synthetic-references')));
        if (synRef.n < synthetic.n)
            notes.push(`membership inference measured against ${synRef.n.toLocaleString('en')} sampled synthetic rows`);
        const dm = nearest(specs, members, synRef).d1;
        const dn = nearest(specs, nonMembers, synRef).d1;
        progress(5, total);
        const scores = new Float64Array(2 * m);
        const labels = new Uint8Array(2 * m);
        for (let i = 0; i < m; i++) {
            scores[i] = -dm[i];
            labels[i] = 1;
            scores[m + i] = -dn[i];
        }
        membership = { auc: auc(scores, labels), members: m, nonMembers: m, roc: rocCurve(scores, labels) };
    }
    let top = 0;
    for (const x of synNN.d1)
        top = Math.max(top, x);
    for (const x of holdD1 ?? [])
        top = Math.max(top, x);
    const edges = Array.from({ length: 31 }, (_, i) => ((top || 1) * i) / 30);
    const dcrHistogram = { edges, synthetic: histogram(synNN.d1, edges), holdout: holdD1 ? histogram(holdD1, edges) : undefined };
    return { exactCopies, dcr, nndr, dcrShare, membership, dcrHistogram, notes };
}
//# sourceMappingURL=distance.js.map