import type { ColumnRole } from '../table/schema.js';
import type { Evidence } from './types.js';
/** Below this, a reading is only mentioned: the column stays 'other'. */
export declare const ROLE_THRESHOLD = 0.5;
export interface Classification {
    role: ColumnRole;
    confidence: number;
    /** Strongest first, agreeing evidence merged into the first. */
    evidence: Evidence[];
}
export declare function classify(evidence: Evidence[]): Classification;
