import type { Seed } from '../random.js';
import type { Measurement } from './accounting.js';
import type { ConstraintReport } from './constraints.js';
import type { ColumnPlan } from './discretise.js';
export type SynthMethod = 'mst' | 'aim' | 'cart';
export declare const NO_GUARANTEE: string;
export interface PrivacyStatement {
    epsilon: number;
    delta: number;
    /** The zCDP budget the (ε, δ) converts to (with δ minus `deltaSelection`). */
    rho: number;
    /** ρ actually spent: equal to `rho` (the accountant refuses any more). */
    rhoSpent: number;
    /** Part of δ spent on releasing category names seen only in the data (0 when all lists are public). */
    deltaSelection: number;
    neighbouring: string;
    measurements: Measurement[];
}
export interface ColumnProvenance {
    name: string;
    kind: string;
    detail: string;
}
export interface Provenance {
    fictif: 'synth-provenance/1';
    version: string;
    date: string;
    method: SynthMethod;
    guarantee: string;
    privacy: PrivacyStatement | null;
    /** SHA-256 (hex) of the noise seed as a string: lets its holder prove which seed was used. */
    noiseSeedSha256: string;
    seedGiven: boolean;
    input: {
        name: string;
        sha256?: string;
    };
    output: {
        rows: number;
        file?: string;
    };
    columns: {
        modelled: ColumnProvenance[];
        regenerated: ColumnProvenance[];
        dropped: ColumnProvenance[];
    };
    model?: {
        cliques: string[][];
    };
    constraints?: ConstraintReport;
}
export declare function sha256Hex(data: Uint8Array | string): string;
/** Hash of a seed, the same for the number 7 and the string "7" as the CLI reads them alike. */
export declare function seedHash(seed: Seed): string;
export declare function guaranteeText(method: SynthMethod, p: PrivacyStatement | null): string;
export declare function fmt(x: number): string;
export declare function columnsProvenance(columns: readonly ColumnPlan[]): Provenance['columns'];
/** The provenance once the rows are written. */
export declare function completeProvenance(p: Provenance, done: {
    rows: number;
    file?: string;
    constraints?: ConstraintReport;
}): Provenance;
