// Public API of `scan`: find personal data in a table.
export { classify, ROLE_THRESHOLD } from './classify.js';
export * from './detectors/index.js';
export { columnEvidence } from './evidence.js';
export { formatScan } from './format.js';
export { HEADER_CONCEPTS, type HeaderConcept, type HeaderMatch, matchHeader } from './headers.js';
export { foldAccents, headerTokens, normalizeValue } from './normalize.js';
export { sampleRowIndices } from './sample.js';
export { DEFAULT_SCAN_SAMPLE, ROLE_WORDS, scanTable } from './scan.js';
export { suggestSchema } from './suggest.js';
export type { ColumnFinding, Evidence, EvidenceSource, ScanOptions, ScanResult } from './types.js';
