// fictif's library entry point: everything the CLI does is available from here.
// `fictif/core` is the browser-safe subset (no file system, no HTML rendering).
export * from './core.js';
export * from './io/index.js';
export * from './report/index.js';
