// The browser-safe part of the library (no Node API): tables, demo, scan, risk, synthesis, evaluation.
// `import { ... } from 'fictif/core'` in a web page; the full entry point adds files and HTML reports.
export * from './errors.js';
export * from './random.js';
export type { Progress } from './progress.js';
export * from './table/index.js';
export * from './table/infer.js';
export * from './table/rules.js';
export * from './demo/index.js';
export * from './scan/index.js';
export * from './risk/index.js';
export * from './synth/index.js';
export * from './evaluate/index.js';
export { VERSION } from './version.js';
