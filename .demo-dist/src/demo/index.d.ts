import { type Rng, type Seed } from '../random.js';
import { Table, type TableMeta } from '../table/table.js';
import { Benefits } from './benefits.js';
import { Household } from './household.js';
export { DEMO_RULES } from './rules.js';
export { generateDirectory, type DirectoryOptions } from './directory.js';
export declare const DEMO_ROWS = 10204;
/** Households per random block (the unit of reproducibility). */
export declare const BLOCK = 1024;
/** Rows per chunk when streaming (a multiple of BLOCK). */
export declare const DEFAULT_CHUNK_ROWS: number;
export declare const MAX_DEMO_ROWS = 100000000;
export interface DemoOptions {
    rows?: number;
    seed?: Seed;
}
export declare const DEMO_COMMENT: string;
export declare function demoMeta(options?: DemoOptions): TableMeta;
/** One household as the generator sees it, with the internal fields the file leaves out (names). */
export interface DemoVisit {
    row: number;
    household: Household;
    benefits: Benefits;
    allocataire: string;
    /** A generator for this row's identifiers and any later per-row draws. */
    ids: Rng;
}
/**
 * Visit the households of rows [start, end) in order. The Household and Benefits objects are reused:
 * copy what you keep.
 */
export declare function forEachHousehold(options: DemoOptions, start: number, end: number, visit: (v: DemoVisit) => void): void;
/** Rows [start, end) of the demo population as a table. */
export declare function generateDemoRange(options: DemoOptions, start: number, end: number): Table;
/** The demo population in memory (default 10,204 households). */
export declare function generateDemo(options?: DemoOptions): Table;
/**
 * The demo population as a sequence of chunks (bounded memory for any number of rows).
 * `onChunk` style progress is left to the caller, who knows how many rows were asked for.
 */
export declare function demoChunks(options?: DemoOptions, chunkRows?: number): Generator<Table>;
