import type { Rng } from '../random.js';
import { type Encoding } from './encode.js';
import { type Rate } from './stats.js';
export interface DistanceSummary {
    /** How many query rows were measured. */
    queries: number;
    /** How many reference rows they were compared with. */
    references: number;
    p5: number;
    median: number;
    mean: number;
}
export interface DistancePrivacy {
    exactCopies: {
        /** Synthetic rows identical (on every evaluated column) to some real row. */
        synthetic: Rate;
        /** Holdout rows identical to some real row: how often the population repeats itself. */
        holdout?: Rate;
    };
    dcr: {
        synthetic: DistanceSummary;
        holdout?: DistanceSummary;
        /** 5th percentile of synthetic DCR / that of holdout DCR (≥ 1: not closer than fresh data). */
        ratioP5?: number;
        /** Share of synthetic rows closer than the holdout's 5th percentile (5 % expected when not too close). */
        belowHoldoutP5?: Rate;
    };
    nndr: {
        synthetic: DistanceSummary;
        holdout?: DistanceSummary;
        ratioP5?: number;
        belowHoldoutP5?: Rate;
    };
    /**
     * Share of synthetic rows closer to a training row than to a holdout row, with equal-sized
     * training and holdout samples (ties count half): 0.5 for a synthesiser that learnt the population,
     * towards 1 for one that memorised its training rows.
     */
    dcrShare?: Rate;
    /** Membership inference: AUC of −DCR(candidate → synthetic) for training vs holdout candidates. */
    membership?: {
        auc: number;
        members: number;
        nonMembers: number;
        roc: {
            fpr: number[];
            tpr: number[];
        };
    };
    /** Histogram of the DCRs (share of rows per bin), synthetic and holdout, for the report. */
    dcrHistogram: {
        edges: number[];
        synthetic: number[];
        holdout?: number[];
    };
    /** Human-readable notes on sampling. */
    notes: string[];
}
/** The ROC curve of scores (positives = label 1), at most ~100 points. */
export declare function rocCurve(scores: Float64Array, labels: Uint8Array): {
    fpr: number[];
    tpr: number[];
};
export declare function distancePrivacy(enc: Encoding, rng: Rng, progress?: (done: number, total: number) => void): DistancePrivacy;
