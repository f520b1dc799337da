import type { Rng } from '../random.js';
import { Table } from '../table/table.js';
import type { EncodingPlan } from './discretise.js';
import type { EncodedData } from './domain.js';
/** The table of the sampled rows. `rng` should be distinct for each chunk (fork it by chunk number). */
export declare function decodeTable(plan: EncodingPlan, data: EncodedData, rng: Rng): Table;
