import { type Column } from '../table/column.js';
import type { Classes } from './classes.js';
export interface SensitiveDiversity {
    attribute: string;
    distance: 'ordered' | 'equal';
    /** Distinct ℓ: the smallest number of distinct values in a class. */
    distinctL: number;
    /** Entropy ℓ: the smallest exp(entropy) over classes. */
    entropyL: number;
    /** Share of records whose class has a single value (so it is disclosed), among classes of ≥ 2 records. */
    homogeneousShare: number;
    /** Records in classes of ≥ 2 records (those for which homogeneity is meaningful). */
    recordsInSharedClasses: number;
    /** t: the largest EMD between a class and the whole file. */
    t: number;
    /** Record-weighted average EMD. */
    averageEmd: number;
    /** Share of records in classes farther than 0.2 from the overall distribution. */
    shareAboveT02: number;
}
export declare function sensitiveDiversity(col: Column, classes: Classes): SensitiveDiversity;
/**
 * Ordered EMD of a class (its value ranks) against the overall cumulative distribution Q (prefix
 * sums SQ): (1/(m−1)) Σ_{i<m−1} |P(i) − Q(i)|. P is a step function, constant between the class's
 * values; on each constant stretch Q is non-decreasing, so one binary search splits the stretch
 * into the parts below and above P and the prefix sums give the sum: O(f log m) per class.
 */
export declare function orderedEmd(ranks: number[], Q: Float64Array, SQ: Float64Array, m: number): number;
