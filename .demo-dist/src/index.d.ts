export * from './demo/index.js';
export * from './errors.js';
export * from './io/index.js';
export type { Progress } from './progress.js';
export * from './random.js';
export * from './table/index.js';
export * from './table/infer.js';
export { VERSION } from './version.js';
