import { type Seed } from '../random.js';
import type { Progress } from '../progress.js';
import type { ColumnRole } from '../table/schema.js';
import type { Table } from '../table/table.js';
import { type AnonymeterResults } from './anonymeter.js';
import { type DistancePrivacy } from './distance.js';
import { type Fidelity } from './fidelity.js';
import { type Utility } from './utility.js';
import { type Verdict } from './verdict.js';
export type { AnonymeterResults, AttackResult, PrivacyRisk } from './anonymeter.js';
export type { DistancePrivacy, DistanceSummary } from './distance.js';
export type { AssociationMatrix, ColumnChart, ColumnFidelity, Fidelity, PairFidelity, TripleFidelity } from './fidelity.js';
export type { Rate } from './stats.js';
export type { ModelScores, Utility } from './utility.js';
export { THRESHOLDS, type Outcome, type Verdict } from './verdict.js';
export interface EvaluateOptions {
    /** Real rows the synthesiser never saw: the yardstick of every privacy check and of ML utility. */
    holdout?: Table;
    /** Column predicted in the ML-utility test (default: chosen, see the report). */
    target?: string;
    /** Column roles (from a schema): quasi-identifiers are what attackers know, sensitive columns what they want. */
    roles?: Record<string, ColumnRole>;
    seed?: Seed;
    progress?: Progress;
    /** Tables larger than this are sampled (default 100,000 rows). */
    sampleRows?: number;
    /** Attacks per Anonymeter evaluation (default 500). */
    attacks?: number;
}
export interface TableInfo {
    source?: string;
    rows: number;
    /** Rows used, when the table was sampled. */
    sampled?: number;
}
export interface Evaluation {
    fictif: 'evaluation/1';
    seed: Seed;
    real: TableInfo;
    synthetic: TableInfo;
    holdout?: TableInfo;
    /** Evaluated columns with their kinds. */
    columns: {
        name: string;
        kind: string;
    }[];
    ignored: {
        name: string;
        reason: string;
    }[];
    fidelity: Fidelity;
    utility: Utility | {
        skipped: string;
    };
    privacy: {
        distances: DistancePrivacy;
        anonymeter: AnonymeterResults;
        /** What the attackers are assumed to know and want, and why. */
        attacker: {
            auxiliary: string[];
            secrets: string[];
            why: string;
        };
    };
    verdicts: Verdict[];
    /** What cannot be judged with the files given. */
    cannotJudge: string[];
    /** Sampling and other caveats, in plain words. */
    notes: string[];
}
/** Compare a synthetic table with the real one it was made from (and a holdout, if any). */
export declare function evaluate(real: Table, synthetic: Table, options?: EvaluateOptions): Evaluation;
