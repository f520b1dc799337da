import type { Column } from '../table/column.js';
import { type HeaderMatch } from './headers.js';
import { type DistinctValues } from './sample.js';
import type { Evidence } from './types.js';
export interface ColumnContext {
    /** Rows looked at. */
    rows: Int32Array;
    /** Day number before which dates of birth must lie. */
    referenceDay: number;
}
export interface ColumnEvidence {
    evidence: Evidence[];
    distinct: DistinctValues;
    header: HeaderMatch[];
}
/** All the evidence about one column, strongest first. */
export declare function columnEvidence(col: Column, ctx: ColumnContext): ColumnEvidence;
/** Does a value/structure detector confirm a header concept? */
export declare function confirms(headerConcept: string, detector: string): boolean;
