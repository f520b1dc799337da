import type { AnonymeterResults } from './anonymeter.js';
import type { DistancePrivacy } from './distance.js';
import type { Fidelity } from './fidelity.js';
import type { Utility } from './utility.js';
/**
 * 'uncertain': the estimate is on the wrong side of the threshold but its 95 % interval reaches the
 * safe side (more attacks or a larger holdout would settle it).
 */
export type Outcome = 'pass' | 'fail' | 'uncertain' | 'not judged';
export interface Verdict {
    area: 'fidelity' | 'privacy';
    criterion: string;
    outcome: Outcome;
    /** The figure compared with the threshold (NaN when not judged). */
    value: number;
    threshold: string;
    source: string;
    text: string;
}
export declare const THRESHOLDS: {
    readonly fidelityScore: 80;
    readonly utilityRatio: 0.9;
    readonly dcrRatio: 1;
    readonly nndrRatio: 1;
    readonly dcrShare: 0.6;
    readonly miaAuc: 0.6;
    readonly anonymeterRisk: 0.1;
    readonly coherence: 0.01;
};
export declare function verdicts(fid: Fidelity, util: Utility | {
    skipped: string;
}, coherence: {
    realRate: number;
    syntheticRate: number;
} | undefined, dist: DistancePrivacy, anon: AnonymeterResults, hasHoldout: boolean): Verdict[];
