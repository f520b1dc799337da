import type { Progress } from '../progress.js';
import type { Rng } from '../random.js';
import { type Accountant } from './accounting.js';
import type { EncodedData } from './domain.js';
import { GraphicalModel } from './graphical-model.js';
import { type NoisyMarginal } from './marginals.js';
export interface MstRun {
    model: GraphicalModel;
    measurements: NoisyMarginal[];
    edges: [number, number][];
}
export declare function runMST(data: EncodedData, rho: number, accountant: Accountant, noise: Rng, iterations: number, progress?: Progress): MstRun;
