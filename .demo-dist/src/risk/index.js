// Public API of `risk`: re-identification risk of a table on its quasi-identifiers.
export { assessRisk, chooseAttributes, DEFAULT_RISK_THRESHOLD } from './assess.js';
export { groupRows, rowsByClass, sizeHistogram } from './classes.js';
export { riskDrivers } from './drivers.js';
export { orderedEmd, sensitiveDiversity } from './diversity.js';
export { encodeColumn } from './encode.js';
export { formatRisk, sizeBands } from './format.js';
export { canonicalLinkValue, defaultLinkPairs, linkageAttack, } from './linkage.js';
export { pitmanParameters, pitmanUniques, populationUniqueness, zayatzUniques, } from './population.js';
export { individualRisk, reidentificationRisk } from './reident.js';
export { digamma, hypergeometricOne, logGamma, trigamma } from './special.js';
export { THRESHOLDS, verdict } from './verdict.js';
export { MAX_MISSING_PATTERNS, wildcardClassSizes } from './wildcard.js';
//# sourceMappingURL=index.js.map