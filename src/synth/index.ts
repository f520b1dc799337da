// Synthesis: differentially private (MST, AIM) or not (CART) synthetic tables.
export {
  Accountant,
  epsilonFromRho,
  gaussianSigma,
  type Measurement,
  rhoFromEpsilonDelta,
} from './accounting.js';
export { type CartModel, type CartOptions, fitCART } from './cart.js';
export { type ConstraintReport, type RuleCheck, type RuleChecker, sampleWithRules } from './constraints.js';
export { decodeTable } from './decode.js';
export { applyDerivations, type Derivation, derivationsOf } from './derive.js';
export {
  type ColumnPlan,
  type DiscretiseOptions,
  type EncodingPlan,
  encodeTable,
  MAX_BINS,
  planEncoding,
} from './discretise.js';
export type { Domain, EncodedData } from './domain.js';
export type { AttributeCodec } from './encode.js';
export { type EngineOptions, type FittedModel, fitAIM, fitMST } from './engine.js';
export {
  completeProvenance,
  guaranteeText,
  NO_GUARANTEE,
  type PrivacyStatement,
  type Provenance,
  type SynthMethod,
  sha256Hex,
} from './provenance.js';
export {
  CHUNK_ROWS,
  DEFAULT_DELTA,
  DEFAULT_EPSILON,
  type Sampler,
  type SynthOptions,
  type SynthResult,
  synthesize,
} from './synthesize.js';
