/** Smallest δ such that ρ-zCDP implies (ε, δ)-DP (CKS 2020, Prop. 10 / Cor. 13). */
export declare function deltaFromRhoEpsilon(rho: number, epsilon: number): number;
/** Smallest ε such that ρ-zCDP implies (ε, δ)-DP. */
export declare function epsilonFromRho(rho: number, delta: number): number;
/** Largest ρ such that ρ-zCDP implies (ε, δ)-DP ("smallest" guarantee needed: the budget to spend). */
export declare function rhoFromEpsilonDelta(epsilon: number, delta: number): number;
/** Noise scale of the Gaussian mechanism with ρ-zCDP: σ = Δ₂ / √(2ρ) (Bun & Steinke 2016, Prop. 1.6). */
export declare function gaussianSigma(rho: number, l2Sensitivity?: number): number;
/** ρ spent by a Gaussian mechanism of scale σ: ρ = Δ₂² / (2σ²). */
export declare function rhoOfGaussian(sigma: number, l2Sensitivity?: number): number;
/**
 * ε of an exponential mechanism spending ρ: the exponential mechanism with parameter ε (probabilities
 * ∝ exp(ε·score / (2Δ))) is ε²/8-zCDP (Cesar & Rogers 2021, "Bounding, Concentrating, and Truncating:
 * Unifying Privacy Loss Composition for Data Analytics"), so ε = √(8ρ).
 */
export declare function exponentialEpsilon(rho: number): number;
export interface Measurement {
    label: string;
    mechanism: 'gaussian' | 'discrete-gaussian' | 'exponential';
    rho: number;
    sigma?: number;
}
/** The ledger of one run: refuses any spend beyond the total budget. */
export declare class Accountant {
    readonly totalRho: number;
    private readonly entries;
    private sum;
    constructor(totalRho: number);
    spend(m: Measurement): void;
    get spent(): number;
    get remaining(): number;
    get ledger(): readonly Measurement[];
}
