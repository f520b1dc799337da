export const THRESHOLDS = {
    /** EMA Policy 0070 / Health Canada PRCI maximum risk for public release. */
    publicMaxRisk: 0.09,
    /** El Emam's average risk for public release. */
    publicAverageRisk: 0.05,
    /** Risk of k = 5: floor for controlled sharing. */
    controlledMaxRisk: 0.2,
    /** Share of uniquely re-identifiable records above which the file is not anonymous. */
    uniqueShare: 0.01,
};
export const pct = (x) => `${(100 * x).toFixed(x > 0 && x < 0.001 ? 2 : x >= 0.9995 || x === 0 ? 0 : 1).replace(/\.0$/, '')} %`;
const r2 = (x) => x.toFixed(x < 0.01 ? 3 : 2);
const plus = (cols) => cols.join(' + ');
export function verdict(v) {
    const { unit, reid } = v;
    const details = [];
    const all = plus(v.qis);
    // The share re-identifiable by uniqueness: in the file itself (census) or estimated for the population.
    const uniqueRisk = v.census ? v.uniqueShare : Number.isFinite(v.population.share) ? v.population.share : v.uniqueShare;
    const linked = v.linkage ? (v.linkage.correctShare ?? v.linkage.matchedOneShare) : 0;
    let level;
    let headline;
    if (uniqueRisk >= THRESHOLDS.uniqueShare || linked >= THRESHOLDS.uniqueShare) {
        level = 'not-anonymous';
        const driver = v.drivers?.minimal[0];
        if (v.census && driver && driver.columns.length < v.qis.length) {
            headline = `${pct(driver.uniqueShare)} of ${unit} are unique on ${plus(driver.columns)} alone (${pct(v.uniqueShare)} on ${all}); this file is not anonymous.`;
        }
        else if (v.census) {
            headline = `${pct(v.uniqueShare)} of ${unit} are unique on ${all}; this file is not anonymous.`;
        }
        else {
            headline = `${pct(v.uniqueShare)} of ${unit} are unique in the file on ${all}, and an estimated ${pct(uniqueRisk)} are unique in the whole population (${v.population.model}); this file is not anonymous.`;
        }
        if (v.linkage && linked >= THRESHOLDS.uniqueShare && uniqueRisk < THRESHOLDS.uniqueShare)
            headline = `Linking with the directory re-identifies ${pct(linked)} of ${unit}; this file is not anonymous.`;
    }
    else if (reid.journalist.highest > THRESHOLDS.publicMaxRisk) {
        level = 'high';
        headline =
            `Few ${unit} are unique, but k = ${v.k}: ${pct(reid.journalist.recordsAtRisk)} of ${unit} have a re-identification risk above ` +
                `${THRESHOLDS.publicMaxRisk} (up to ${r2(reid.journalist.highest)}), the limit of EMA Policy 0070 and Health Canada for public release; ` +
                (reid.journalist.highest > THRESHOLDS.controlledMaxRisk
                    ? 'not fit for release, even under contract, without further generalisation.'
                    : 'share only under contract with safeguards.');
    }
    else if (reid.journalist.average > THRESHOLDS.publicAverageRisk) {
        level = 'moderate';
        headline = `Every ${unit.replace(/s$/, '')} is in a class of at least ${v.k}, but the average risk ${r2(reid.journalist.average)} exceeds the ${THRESHOLDS.publicAverageRisk} recommended for public release.`;
    }
    else {
        level = 'low';
        headline = `k = ${v.k} and average risk ${r2(reid.journalist.average)}: within the ${THRESHOLDS.publicMaxRisk} / ${THRESHOLDS.publicAverageRisk} public-release thresholds on ${all}.`;
        details.push('This holds only for these quasi-identifiers: an attacker who knows other attributes may still single people out.');
    }
    if (v.linkage) {
        const l = v.linkage;
        const on = l.pairs.map((p) => (p.transform === 'year' ? `year(${p.file})` : p.file)).join(' + ');
        details.push(`Linkage attack on ${on}: ${pct(l.matchedOneShare)} of ${unit} match exactly one directory entry` +
            (l.correct !== undefined ? `, ${pct(l.correctShare)} correctly (checked on ${l.truth.file}).` : '.'));
    }
    for (const d of v.diversity) {
        if (d.homogeneousShare > 0)
            details.push(`${pct(d.homogeneousShare)} of ${unit} in classes of two or more share a single value of ${d.attribute}: it is disclosed without knowing who is who (ℓ-diversity).`);
        if (d.t > 0.2)
            details.push(`Some classes' ${d.attribute} differs strongly from the whole file (t-closeness t = ${d.t.toFixed(2)} > 0.2).`);
    }
    return { level, headline, details };
}
//# sourceMappingURL=verdict.js.map