import { applyBinning, binningFor, binTable, jointCounts } from './bins.js';
import { valueFormatter } from './format.js';
import { correlationRatio, crossTab, cramersV, ks, mean, pearson, sortedFinite, spearman, tvd } from './stats.js';
const HIST_BINS = 20;
const BAR_TOP = 20;
const PAIR_BINS = 10;
const TRIPLE_BINS = 5;
const MAX_TRIPLES = 100;
function missingRate(v) {
    let m = 0;
    for (let i = 0; i < v.length; i++)
        if (v instanceof Float64Array ? Number.isNaN(v[i]) : v[i] < 0)
            m++;
    return v.length ? m / v.length : 0;
}
function histogram(values, edges) {
    const k = edges.length - 1;
    const out = new Array(k).fill(0);
    let n = 0;
    const lo = edges[0];
    const width = (edges[k] - lo) / k;
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (Number.isNaN(v))
            continue;
        let b = width > 0 ? Math.floor((v - lo) / width) : 0;
        if (b < 0)
            b = 0;
        if (b >= k)
            b = k - 1;
        out[b]++;
        n++;
    }
    return out.map((c) => (n ? c / n : 0));
}
function columnChart(spec, real, syn) {
    if (spec.type === 'num') {
        const s = sortedFinite(real);
        let lo = s.length ? s[0] : 0;
        let hi = s.length ? s[s.length - 1] : 1;
        if (hi <= lo) {
            lo -= 0.5;
            hi += 0.5;
        }
        const bins = spec.kind === 'integer' && hi - lo < HIST_BINS ? Math.max(1, Math.ceil(hi - lo + 1)) : HIST_BINS;
        if (bins !== HIST_BINS) {
            lo -= 0.5;
            hi = lo + bins;
        }
        const edges = Array.from({ length: bins + 1 }, (_, i) => lo + ((hi - lo) * i) / bins);
        return { type: 'histogram', edges, real: histogram(real, edges), synthetic: histogram(syn, edges) };
    }
    const k = spec.categories.length;
    const count = (v) => {
        const c = new Float64Array(k);
        let n = 0;
        for (let i = 0; i < v.length; i++)
            if (v[i] >= 0) {
                c[v[i]]++;
                n++;
            }
        return c.map((x) => (n ? x / n : 0));
    };
    const r = count(real);
    const s = count(syn);
    const order = Array.from(spec.categories.keys()).sort((a, b) => r[b] + s[b] - (r[a] + s[a]) || a - b);
    const top = order.slice(0, BAR_TOP);
    const labels = top.map((c) => spec.categories[c]);
    const real1 = top.map((c) => r[c]);
    const syn1 = top.map((c) => s[c]);
    if (order.length > BAR_TOP) {
        labels.push(`(${order.length - BAR_TOP} others)`);
        real1.push(1 - real1.reduce((a, b) => a + b, 0));
        syn1.push(1 - syn1.reduce((a, b) => a + b, 0));
    }
    return { type: 'bars', labels, real: real1, synthetic: syn1 };
}
function categoryCounts(codes, k) {
    const c = new Float64Array(k);
    for (let i = 0; i < codes.length; i++)
        if (codes[i] >= 0)
            c[codes[i]]++;
    return c;
}
function univariateDistance(spec, a, b) {
    if (spec.type === 'num')
        return ks(sortedFinite(a), sortedFinite(b));
    const k = spec.categories.length;
    return tvd(categoryCounts(a, k), categoryCounts(b, k));
}
function association(si, sj, vi, vj) {
    if (si.type === 'num' && sj.type === 'num')
        return { measure: 'spearman', value: spearman(vi, vj) };
    if (si.type === 'cat' && sj.type === 'cat') {
        const ka = si.categories.length;
        const kb = sj.categories.length;
        return { measure: 'cramers-v', value: cramersV(crossTab(vi, ka, vj, kb), ka, kb, true) };
    }
    const [cat, num, k] = si.type === 'cat' ? [vi, vj, si.categories.length] : [vj, vi, sj.categories.length];
    return { measure: 'eta', value: correlationRatio(cat, k, num) };
}
/** k distinct random triples of 0..p-1 (all of them when there are few). */
export function randomTriples(p, k, rng) {
    const all = [];
    const possible = (p * (p - 1) * (p - 2)) / 6;
    if (possible <= k) {
        for (let a = 0; a < p; a++)
            for (let b = a + 1; b < p; b++)
                for (let c = b + 1; c < p; c++)
                    all.push([a, b, c]);
        return all;
    }
    const seen = new Set();
    while (all.length < k) {
        const t = [rng.int(p), rng.int(p), rng.int(p)].sort((x, y) => x - y);
        if (t[0] === t[1] || t[1] === t[2])
            continue;
        const key = t.join(',');
        if (seen.has(key))
            continue;
        seen.add(key);
        all.push(t);
    }
    return all;
}
const nanToNull = (x) => x;
export function fidelity(enc, rng, progress = () => { }) {
    const { specs, real, synthetic, holdout } = enc;
    const p = specs.length;
    progress('columns');
    const columns = specs.map((spec, c) => {
        const mr = missingRate(real.values[c]);
        const ms = missingRate(synthetic.values[c]);
        return {
            name: spec.name,
            kind: spec.kind,
            metric: spec.type === 'num' ? 'ks' : 'tvd',
            distance: univariateDistance(spec, real.values[c], synthetic.values[c]),
            holdoutDistance: holdout ? univariateDistance(spec, real.values[c], holdout.values[c]) : undefined,
            missingReal: mr,
            missingSynthetic: ms,
            missingDifference: Math.abs(mr - ms),
            chart: columnChart(spec, real.values[c], synthetic.values[c]),
        };
    });
    progress('pairs');
    const pairBins = specs.map((s, c) => binningFor(s, real.values[c], PAIR_BINS, valueFormatter(s)));
    const binnedOf = (t) => binTable(t, pairBins);
    const br = binnedOf(real);
    const bs = binnedOf(synthetic);
    const bh = holdout ? binnedOf(holdout) : undefined;
    const sizes = pairBins.map((b) => b.size);
    const pairs = [];
    const matR = specs.map(() => new Array(p).fill(1));
    const matS = specs.map(() => new Array(p).fill(1));
    const matM = specs.map(() => new Array(p).fill('spearman'));
    for (let i = 0; i < p; i++)
        for (let j = i + 1; j < p; j++) {
            const ar = association(specs[i], specs[j], real.values[i], real.values[j]);
            const as = association(specs[i], specs[j], synthetic.values[i], synthetic.values[j]);
            matR[i][j] = matR[j][i] = ar.value;
            matS[i][j] = matS[j][i] = as.value;
            matM[i][j] = matM[j][i] = ar.measure;
            const pair = {
                a: specs[i].name,
                b: specs[j].name,
                tvd: tvd(jointCounts(br, sizes, [i, j]), jointCounts(bs, sizes, [i, j])),
                holdoutTvd: bh ? tvd(jointCounts(br, sizes, [i, j]), jointCounts(bh, sizes, [i, j])) : undefined,
                measure: ar.measure,
                real: nanToNull(ar.value),
                synthetic: nanToNull(as.value),
            };
            if (ar.measure === 'spearman') {
                pair.pearsonReal = pearson(real.values[i], real.values[j]);
                pair.pearsonSynthetic = pearson(synthetic.values[i], synthetic.values[j]);
            }
            pairs.push(pair);
        }
    const diffs = [];
    for (const pr of pairs) {
        const a = Number.isNaN(pr.real) ? 0 : pr.real;
        const b = Number.isNaN(pr.synthetic) ? 0 : pr.synthetic;
        diffs.push(Math.abs(a - b));
    }
    progress('triples');
    const tripleBins = specs.map((s, c) => binningFor(s, real.values[c], TRIPLE_BINS, valueFormatter(s)));
    const tr = tripleBins.map((b, c) => applyBinning(b, real.values[c]));
    const ts = tripleBins.map((b, c) => applyBinning(b, synthetic.values[c]));
    const th = holdout ? tripleBins.map((b, c) => applyBinning(b, holdout.values[c])) : undefined;
    const tsizes = tripleBins.map((b) => b.size);
    const triples = p >= 3 ? randomTriples(p, MAX_TRIPLES, rng) : [];
    const tripleTvds = triples.map((t) => tvd(jointCounts(tr, tsizes, t), jointCounts(ts, tsizes, t)));
    const tripleHold = th ? triples.map((t) => tvd(jointCounts(tr, tsizes, t), jointCounts(th, tsizes, t))) : undefined;
    const worst = triples
        .map((t, k) => ({ columns: t.map((c) => specs[c].name), tvd: tripleTvds[k] }))
        .sort((a, b) => b.tvd - a.tvd)
        .slice(0, 5);
    const components = {
        univariate: columns.length ? mean(columns.map((c) => c.distance)) : 0,
        pairs: pairs.length ? mean(pairs.map((x) => x.tvd)) : 0,
        triples: tripleTvds.length ? mean(tripleTvds) : 0,
        associations: diffs.length ? mean(diffs) : 0,
    };
    const parts = [components.univariate];
    if (pairs.length)
        parts.push(components.pairs, components.associations);
    if (tripleTvds.length)
        parts.push(components.triples);
    const score = 100 * (1 - mean(parts));
    return {
        score,
        scoreDefinition: 'Fidelity score = 100 × (1 − mean of four distances, each in [0, 1]): the mean per-column distance ' +
            '(KS for numbers and dates, TVD for categories), the mean TVD of the 2-way marginals, the mean ' +
            '|real − synthetic| of the pairwise associations, and the mean TVD of the 3-way marginals on random ' +
            'triples. 100 means identical distributions; sampling noise alone keeps a perfect synthesiser a few ' +
            'points below 100 (compare with the holdout figures when given).',
        components,
        columns,
        pairs,
        pairMeanTvd: components.pairs,
        pairMaxTvd: pairs.length ? Math.max(...pairs.map((x) => x.tvd)) : 0,
        associations: { names: specs.map((s) => s.name), real: matR, synthetic: matS, measure: matM },
        associationMeanDifference: components.associations,
        triples: {
            count: triples.length,
            possible: (p * (p - 1) * (p - 2)) / 6,
            meanTvd: components.triples,
            maxTvd: tripleTvds.length ? Math.max(...tripleTvds) : 0,
            holdoutMeanTvd: tripleHold?.length ? mean(tripleHold) : undefined,
            worst,
        },
    };
}
//# sourceMappingURL=fidelity.js.map