import { type ReadOptions } from '../io/index.js';
import type { Schema } from '../table/schema.js';
import type { Table } from '../table/table.js';
import { type CommonOptions } from './common.js';
export declare function loadSchema(path: string | undefined): Promise<Schema | undefined>;
/** The table a command works on. */
export declare function loadInput(file: string | undefined, opts: CommonOptions & Omit<ReadOptions, 'schema' | 'progress'>): Promise<Table>;
