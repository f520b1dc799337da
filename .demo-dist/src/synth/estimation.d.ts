import type { Progress } from '../progress.js';
import type { GraphicalModel } from './graphical-model.js';
import type { NoisyMarginal } from './marginals.js';
export interface EstimationOptions {
    /** Maximum number of mirror-descent iterations. */
    iterations: number;
    /** Stop when the relative decrease of the loss stays below this for 5 iterations (default 1e-7). */
    tolerance?: number;
    /** Initial step size (default: the smallest σ² over N̂, about 1 over the loss's curvature). */
    stepSize?: number;
    progress?: Progress;
    progressLabel?: string;
}
export interface EstimationResult {
    loss: number;
    iterations: number;
    /** Step size reached, to warm-start the next estimation. */
    stepSize: number;
}
/** Inverse-variance weighted average of the noisy totals (at least 1). */
export declare function estimateTotal(measurements: readonly NoisyMarginal[]): number;
/** Fit the model's potentials to the measurements (in place), starting from its current potentials. */
export declare function estimate(model: GraphicalModel, measurements: readonly NoisyMarginal[], options: EstimationOptions): EstimationResult;
