// fictif's library entry point: everything the CLI does is available from here.
export * from './demo/index.js';
export * from './errors.js';
export * from './io/index.js';
export * from './random.js';
export * from './table/index.js';
export * from './table/infer.js';
export { VERSION } from './version.js';
//# sourceMappingURL=index.js.map