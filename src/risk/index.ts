// Public API of `risk`: re-identification risk of a table on its quasi-identifiers.
export {
  assessRisk,
  chooseAttributes,
  DEFAULT_RISK_THRESHOLD,
  type RecordRisks,
  type RiskClasses,
  recordRisks,
  riskClasses,
} from './assess.js';
export { type Classes, groupRows, rowsByClass, sizeHistogram } from './classes.js';
export { type DriverOptions, type RiskDrivers, riskDrivers, type SubsetUniqueness } from './drivers.js';
export { orderedEmd, type SensitiveDiversity, sensitiveDiversity } from './diversity.js';
export { type Coarsening, type EncodedColumn, encodeColumn } from './encode.js';
export { formatRisk, sizeBands } from './format.js';
export {
  canonicalLinkValue,
  defaultLinkPairs,
  type LinkageOptions,
  type LinkageResult,
  type LinkPair,
  linkageAttack,
} from './linkage.js';
export {
  type PopulationUniqueness,
  pitmanParameters,
  pitmanUniques,
  populationUniqueness,
  type UniquenessModel,
  zayatzUniques,
} from './population.js';
export {
  individualRisk,
  type ModelRisk,
  type ReidentificationRisk,
  reidentificationRisk,
} from './reident.js';
export { digamma, hypergeometricOne, logGamma, trigamma } from './special.js';
export type { ClassSummary, MissingQi, QiInfo, RiskOptions, RiskReport } from './types.js';
export { RISK_THRESHOLDS, type RiskVerdict, type RiskVerdictLevel, riskVerdict } from './verdict.js';
export { MAX_MISSING_PATTERNS, wildcardClassSizes } from './wildcard.js';
