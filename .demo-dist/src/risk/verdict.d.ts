import type { RiskDrivers } from './drivers.js';
import type { SensitiveDiversity } from './diversity.js';
import type { LinkageResult } from './linkage.js';
import type { PopulationUniqueness } from './population.js';
import type { ReidentificationRisk } from './reident.js';
export declare const THRESHOLDS: {
    /** EMA Policy 0070 / Health Canada PRCI maximum risk for public release. */
    readonly publicMaxRisk: 0.09;
    /** El Emam's average risk for public release. */
    readonly publicAverageRisk: 0.05;
    /** Risk of k = 5: floor for controlled sharing. */
    readonly controlledMaxRisk: 0.2;
    /** Share of uniquely re-identifiable records above which the file is not anonymous. */
    readonly uniqueShare: 0.01;
};
export type VerdictLevel = 'not-anonymous' | 'high' | 'moderate' | 'low';
export interface Verdict {
    level: VerdictLevel;
    /** One sentence. */
    headline: string;
    /** Further sentences: attribute disclosure, linkage, caveats. */
    details: string[];
}
export interface VerdictInput {
    unit: string;
    qis: string[];
    k: number;
    uniqueShare: number;
    census: boolean;
    reid: ReidentificationRisk;
    population: PopulationUniqueness;
    drivers?: RiskDrivers;
    diversity: SensitiveDiversity[];
    linkage?: LinkageResult;
}
export declare const pct: (x: number) => string;
export declare function verdict(v: VerdictInput): Verdict;
