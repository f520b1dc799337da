import type { EncodedColumn } from './encode.js';
export interface SubsetUniqueness {
    columns: string[];
    /** Share of records alone in their class on these columns. */
    uniqueShare: number;
    /** Smallest class. */
    k: number;
}
export interface RiskDrivers {
    /** Uniqueness on all the QIs. */
    all: SubsetUniqueness;
    /** The share a set must reach to count as driving the risk (90 % of `all`). */
    target: number;
    /** Minimal sets reaching the target, smallest first, then most unique. */
    minimal: SubsetUniqueness[];
    /** Each QI alone. */
    single: SubsetUniqueness[];
    /** For each QI, how much uniqueness drops when it is left out (all minus all-but-it). */
    leaveOneOut: {
        column: string;
        uniqueShare: number;
        drop: number;
    }[];
    /** The most identifying set of each size tried. */
    bestBySize: SubsetUniqueness[];
    evaluated: number;
    /** True when the bounds stopped the search before it was complete. */
    truncated: boolean;
}
export interface DriverOptions {
    maxSize?: number;
    maxSubsets?: number;
    /** Share of `all` a set must reach (default 0.9). */
    targetRatio?: number;
}
export declare function riskDrivers(qis: readonly EncodedColumn[], n: number, options?: DriverOptions): RiskDrivers;
