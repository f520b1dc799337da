import type { Rng } from '../random.js';
import type { Encoding } from './encode.js';
export type ColumnChart = {
    type: 'histogram';
    /** Bin edges (length = bins + 1), in the column's units (days for dates). */
    edges: number[];
    /** Share of the non-missing values in each bin. */
    real: number[];
    synthetic: number[];
} | {
    type: 'bars';
    labels: string[];
    real: number[];
    synthetic: number[];
};
export interface ColumnFidelity {
    name: string;
    kind: string;
    /** 'ks' for numbers and dates, 'tvd' for categories. */
    metric: 'ks' | 'tvd';
    distance: number;
    /** The same distance between real and holdout (sampling-noise level), when a holdout is given. */
    holdoutDistance?: number;
    missingReal: number;
    missingSynthetic: number;
    /** |missingReal − missingSynthetic|. */
    missingDifference: number;
    chart: ColumnChart;
}
export type AssociationMeasure = 'spearman' | 'cramers-v' | 'eta';
export interface PairFidelity {
    a: string;
    b: string;
    /** TVD of the 2-way marginal (numbers in quantile bins). */
    tvd: number;
    holdoutTvd?: number;
    measure: AssociationMeasure;
    real: number;
    synthetic: number;
    /** Pearson (numeric pairs only), real and synthetic. */
    pearsonReal?: number;
    pearsonSynthetic?: number;
}
export interface AssociationMatrix {
    names: string[];
    /** measure[i][j] for i ≠ j; the diagonal is 1. NaN (null in JSON) when undefined (constant column). */
    real: number[][];
    synthetic: number[][];
    measure: AssociationMeasure[][];
}
export interface TripleFidelity {
    count: number;
    /** How many triples exist in all. */
    possible: number;
    meanTvd: number;
    maxTvd: number;
    holdoutMeanTvd?: number;
    worst: {
        columns: [string, string, string];
        tvd: number;
    }[];
}
export interface Fidelity {
    score: number;
    scoreDefinition: string;
    components: {
        univariate: number;
        pairs: number;
        triples: number;
        associations: number;
    };
    columns: ColumnFidelity[];
    pairs: PairFidelity[];
    pairMeanTvd: number;
    pairMaxTvd: number;
    associations: AssociationMatrix;
    associationMeanDifference: number;
    triples: TripleFidelity;
}
/** k distinct random triples of 0..p-1 (all of them when there are few). */
export declare function randomTriples(p: number, k: number, rng: Rng): [number, number, number][];
export declare function fidelity(enc: Encoding, rng: Rng, progress?: (step: string) => void): Fidelity;
