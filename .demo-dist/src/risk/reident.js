// Record-level re-identification risk under the three attacker models of El Emam (Guide to the
// De-Identification of Personal Health Information, 2013), as ARX reports them:
//   prosecutor  the attacker knows the target is in the file:           risk = 1 / f_k
//   journalist  the attacker does not know; links to the population:    risk = 1 / F_k
//   marketer    re-identify as many records as possible:                average risk over all records
// f_k is the size of the record's equivalence class in the file, F_k in the population. When the file
// is a sample, F_k is unknown: we use the individual risk of Benedetti & Franconi as sdcMicro computes
// it (measure_risk / indivRisk, method "approx"), an estimate of E[1/F_k | f_k] from the sampling
// weights (F_k ≈ sum of the weights in the class, weight = 1 / sampling fraction by default):
//   p = f/F;  f = 1: p/(1−p)·ln(1/p);  f = 2: p/(1−p) − (p/(1−p))²·ln(1/p);  f > 2: p/(f − (1 − p));
//   and 1/f when F = f (census).
// sdcMicro's global risk, Σ risk / n, is the expected share of records re-identified: the marketer risk.
/** sdcMicro's approximate individual risk for a class of f records and F (estimated) in the population. */
export function individualRisk(f, F) {
    if (F <= f)
        return 1 / f;
    const p = f / F;
    if (f === 1)
        return (p / (1 - p)) * Math.log(1 / p);
    if (f === 2) {
        const a = p / (1 - p);
        return a - a * a * Math.log(1 / p);
    }
    return p / (f - (1 - p));
}
/** Tolerance so that a class of 11 is not "above 0.09" (1/11 = 0.0909…), as ARX rounds thresholds. */
const ROUNDING = 0.001;
export function reidentificationRisk(input) {
    const { classSizes, classRecords, populationSizes, threshold } = input;
    const count = classSizes.length;
    let n = 0;
    let pHigh = 0;
    let pSum = 0;
    let pAtRisk = 0;
    let jHigh = 0;
    let jSum = 0;
    let jAtRisk = 0;
    for (let k = 0; k < count; k++) {
        const records = classRecords[k];
        const f = classSizes[k];
        n += records;
        const pr = 1 / f;
        pSum += pr * records;
        if (pr > pHigh)
            pHigh = pr;
        if (pr > threshold + ROUNDING)
            pAtRisk += records;
        const jr = populationSizes ? individualRisk(f, populationSizes[k]) : pr;
        jSum += jr * records;
        if (jr > jHigh)
            jHigh = jr;
        if (jr > threshold + ROUNDING)
            jAtRisk += records;
    }
    const safe = (x) => (n ? x / n : 0);
    return {
        threshold,
        prosecutor: { highest: pHigh, average: safe(pSum), recordsAtRisk: safe(pAtRisk) },
        journalist: { highest: jHigh, average: safe(jSum), recordsAtRisk: safe(jAtRisk) },
        marketer: { average: safe(jSum) },
        expectedReidentifications: jSum,
        population: input.population,
        samplingFraction: input.samplingFraction,
    };
}
//# sourceMappingURL=reident.js.map