/** Summary of one attacker model, as ARX shows it. */
export interface ModelRisk {
    /** Largest record risk (1/k for the prosecutor). */
    highest: number;
    /** Average record risk: the expected share of records re-identified if every record is attacked. */
    average: number;
    /** Share of records whose risk exceeds the threshold. */
    recordsAtRisk: number;
}
export interface ReidentificationRisk {
    /** Risk above which a record counts as at risk (default 0.09). */
    threshold: number;
    prosecutor: ModelRisk;
    journalist: ModelRisk;
    marketer: {
        average: number;
    };
    /** sdcMicro's "expected number of re-identifications": Σ individual risk. */
    expectedReidentifications: number;
    /** Where the population class sizes came from. */
    population: 'census' | 'sampling-fraction' | 'weights';
    samplingFraction: number;
}
/** sdcMicro's approximate individual risk for a class of f records and F (estimated) in the population. */
export declare function individualRisk(f: number, F: number): number;
export interface ReidentificationInput {
    /** Class size of each class (possibly the wildcard-effective size). */
    classSizes: ArrayLike<number>;
    /** Number of file records in each class (raw), to weight class risks by records. */
    classRecords: ArrayLike<number>;
    /** Estimated population size of each class (F_k); undefined = the file is the population. */
    populationSizes?: ArrayLike<number>;
    population: ReidentificationRisk['population'];
    samplingFraction: number;
    threshold: number;
}
export declare function reidentificationRisk(input: ReidentificationInput): ReidentificationRisk;
