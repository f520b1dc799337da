export type UniquenessModel = 'census' | 'zayatz' | 'pitman' | 'none';
export interface PopulationUniqueness {
    model: UniquenessModel;
    samplingFraction: number;
    /** Estimated population size N = n / π. */
    populationSize: number;
    sampleUniques: number;
    /** Estimated number of population uniques (on the QIs). */
    populationUniques: number;
    /** populationUniques / N: the share of the population that is unique, = expected share of file records unique in the population. */
    share: number;
    /** Pitman's parameters when it was used. */
    pitman?: {
        theta: number;
        alpha: number;
    };
}
/** [size, number of classes] pairs. */
export type SizeHistogram = readonly (readonly [number, number])[];
export declare function zayatzUniques(hist: SizeHistogram, n: number, N: number): number;
/** Pitman MLE of (θ, α) by damped Newton–Raphson; undefined when it does not converge. */
export declare function pitmanParameters(hist: SizeHistogram, n: number): {
    theta: number;
    alpha: number;
} | undefined;
export declare function pitmanUniques(hist: SizeHistogram, n: number, N: number): {
    uniques: number;
    theta: number;
    alpha: number;
} | undefined;
export declare function populationUniqueness(hist: SizeHistogram, n: number, samplingFraction: number): PopulationUniqueness;
