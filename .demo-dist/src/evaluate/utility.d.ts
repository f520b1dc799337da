import type { ColumnRole } from '../table/schema.js';
import type { Rng } from '../random.js';
import type { ColumnSpec, EncodedTable, Encoding } from './encode.js';
export interface ModelScores {
    accuracy?: number;
    /** Binary: AUC; more classes: mean one-vs-rest AUC. */
    auc?: number;
    r2?: number;
    trainRows: number;
}
export interface Utility {
    target: string;
    task: 'classification' | 'regression';
    /** Why this target (named by the user, schema role, or the rule that picked it). */
    why: string;
    model: string;
    testRows: number;
    trainedOnReal: ModelScores;
    trainedOnSynthetic: ModelScores;
    /** Majority-class accuracy on the holdout, the floor any model should beat. */
    majorityAccuracy?: number;
}
/** The target column: the user's, else a sensitive one from the schema, else the last 2–10 category column. */
export declare function chooseTarget(specs: readonly ColumnSpec[], real: EncodedTable, target: string | undefined, roles: Record<string, ColumnRole>): {
    index: number;
    why: string;
} | undefined;
export declare function mlUtility(enc: Encoding, rng: Rng, target: string | undefined, roles: Record<string, ColumnRole>): Utility | {
    skipped: string;
};
