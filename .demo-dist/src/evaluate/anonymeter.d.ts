import type { Rng } from '../random.js';
import type { ColumnSpec, EncodedTable, Encoding } from './encode.js';
import { type Rate } from './stats.js';
export interface PrivacyRisk {
    value: number;
    low: number;
    high: number;
}
export interface AttackResult {
    attack: Rate;
    baseline: Rate;
    control?: Rate;
    /** (attack − control) / (1 − control), with the Wilson errors propagated; vs baseline when no control. */
    risk: PrivacyRisk;
    /** 'control' (Anonymeter's definition) or 'baseline' (no holdout: indicative only). */
    riskAgainst: 'control' | 'baseline';
    /** The attack did no better than random guessing: the result says little either way. */
    inconclusive: boolean;
    details: Record<string, unknown>;
}
export interface AnonymeterResults {
    singlingOutUnivariate: AttackResult;
    singlingOutMultivariate: AttackResult;
    linkability?: AttackResult;
    inference: (AttackResult & {
        secret: string;
        auxiliary: string[];
    })[];
    /** Rows attacked per evaluation and how the training rows were sampled. */
    notes: string[];
}
export interface AnonymeterOptions {
    attacks?: number;
    /** Columns the attacker is assumed to know (quasi-identifiers); default: all. */
    auxiliary?: string[];
    /** Columns whose value the attacker wants (inference targets); default: chosen (see evaluate). */
    secrets?: string[];
    /** Columns per multivariate singling-out predicate (Anonymeter's default: 3). */
    predicateColumns?: number;
    confidence?: number;
}
/** Anonymeter's risk: (attack − control) / (1 − control), error by propagation of both Wilson errors. */
export declare function residualRisk(attack: Rate, control: Rate): PrivacyRisk;
type Op = 'eq' | 'ne' | 'lt' | 'gt' | 'le' | 'ge' | 'na' | 'notna';
interface Condition {
    col: number;
    op: Op;
    value: number;
}
type Predicate = Condition[];
/**
 * Singling-out probability of a predicate of weight ≤ w in n rows, integrated over weights in [0, w]
 * (Cohen & Nissim 2020; the model Anonymeter fits): ∫₀ʷ n x (1 − x)ⁿ⁻¹ dx = (1 − (n w + 1)(1 − w)ⁿ) / (n + 1).
 */
export declare function singlingOutIntegral(n: number, w: number): number;
/**
 * How many more predicates would single out in `target` rows than in the control's size: fit
 * successes(n) = c · singlingOutIntegral(n, w) on subsamples of the control (least squares, c in
 * closed form, w on a log grid), then return model(target) / model(control size).
 */
export declare function controlSizeCorrection(control: EncodedTable, specs: readonly ColumnSpec[], queries: Predicate[], target: number, rng: Rng): number;
/** Relative tolerance within which a guessed number counts as right (Anonymeter's default). */
export declare const INFERENCE_TOLERANCE = 0.05;
export declare function anonymeter(enc: Encoding, rng: Rng, options?: AnonymeterOptions, progress?: (done: number, total: number) => void): AnonymeterResults;
export {};
