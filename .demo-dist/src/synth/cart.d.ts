import type { Progress } from '../progress.js';
import type { Rng } from '../random.js';
import { Table } from '../table/table.js';
import type { EncodingPlan } from './discretise.js';
import type { EncodedData } from './domain.js';
export interface CartOptions {
    /** Deepest split level (default 10). */
    maxDepth?: number;
    /** Fewest real rows in a leaf (default 5, as synthpop's minbucket). */
    minLeaf?: number;
    /** At most this many earlier columns, the most informative, serve as predictors (default 20). */
    maxPredictors?: number;
    progress?: Progress;
}
export interface CartModel {
    /** Sampled rows as codes (for tests and the fidelity measure) and as donor row indices. */
    sampleCodes(rows: number, rng: Rng): {
        codes: EncodedData;
        donors: Int32Array[];
    };
    sample(rows: number, rng: Rng): Table;
    /** The trees' sizes, for the provenance. */
    summary(): {
        column: string;
        predictors: string[];
        leaves: number;
    }[];
}
/** Fit sequential trees on the real table (encoded with an exact, non-private plan). */
export declare function fitCART(table: Table, plan: EncodingPlan, data: EncodedData, options?: CartOptions): CartModel;
