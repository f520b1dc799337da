// The built-in FICTITIOUS family-benefits population ("demo"), the default input of every command:
// a household-level file shaped like the one a French family-benefits office (CAF) holds.
export { HOUSING_AID_TYPES, MONTHLY_BENEFITS } from './benefits.js';
export { DIRECTORY_COMMENT, type DirectoryOptions, generateDirectory } from './directory.js';
export {
  BLOCK,
  type ChunkOptions,
  DEFAULT_CHUNK_ROWS,
  DEMO_COMMENT,
  DEMO_ROWS,
  type DemoOptions,
  DemoRecords,
  type DemoVisit,
  demoChunks,
  demoMeta,
  forEachHousehold,
  generateDemo,
  generateDemoRange,
  MAX_DEMO_ROWS,
} from './generate.js';
export { DEMO_RULES } from './rules.js';
export { demoRole, demoSchema } from './schema.js';
