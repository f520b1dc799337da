import type { Rng } from '../random.js';
import type { Domain, EncodedData } from './domain.js';
import { type JunctionTree } from './junction-tree.js';
/** Model cliques of a list of attribute sets: sorted, deduplicated, none contained in another. */
export declare function maximalSets(sets: readonly (readonly number[])[]): number[][];
export declare class GraphicalModel {
    readonly domain: Domain;
    readonly sizes: readonly number[];
    readonly tree: JunctionTree;
    /** Parameter sets (model cliques), each contained in tree clique `home[q]`. */
    readonly modelCliques: number[][];
    readonly home: Int32Array;
    /** Log potentials, one table per model clique. */
    readonly theta: Float64Array[];
    /** Estimated number of records (the scale of every marginal). */
    total: number;
    readonly order: Int32Array;
    readonly parent: Int32Array;
    readonly cliqueSizes: number[][];
    readonly cliqueCells: Float64Array;
    /** For each non-root clique: its separator with its parent, and the maps of both onto it. */
    readonly separators: number[][];
    private readonly toSep;
    private readonly parentToSep;
    private readonly potentialMaps;
    private readonly sepCells;
    private readonly identity;
    /** Log marginals of the tree cliques plus log Z, valid after calibrate(). */
    readonly logBeliefs: Float64Array[];
    logZ: number;
    private probabilities;
    private calibrated;
    constructor(domain: Domain, sets: readonly (readonly number[])[], total: number, tree?: JunctionTree);
    /** Copy potentials of a previous model for the sets they share (warm start). */
    warmStart(previous: GraphicalModel): void;
    /** Mark potentials as changed (after an update of theta). */
    invalidate(): void;
    /** Sum-product belief propagation in log space; afterwards logBeliefs hold log p(clique) + log Z. */
    calibrate(): void;
    private ensureCalibrated;
    /** Probabilities of tree clique c (sums to 1). Shared array: do not modify. */
    cliqueProbabilities(c: number): Float64Array;
    /** Count-scale marginal of model clique q. */
    modelCliqueMarginal(q: number, cliqueProbs?: Float64Array[]): Float64Array;
    /** All tree cliques' probabilities (calibrating first if needed). Shared arrays: do not modify. */
    allCliqueProbabilities(): Float64Array[];
    /** Probability factor of tree clique c. */
    private cliqueFactor;
    /**
     * Count-scale marginal over any attribute set (sorted on output), by variable elimination on the
     * smallest subtree of the junction tree that covers the set.
     */
    project(attrs: readonly number[], probs?: Float64Array[]): Float64Array;
    private scaled;
    /**
     * Count-scale marginals of every pair of attributes (a < b), keyed by setKey([a, b]). Pairs inside one
     * tree clique come from that clique; other pairs in one connected part of the tree by carrying the
     * joint with a along the tree (p(a, C′) = Σ p(a, S) · p(C′)/p(S)); pairs in different parts are
     * independent under the model (product of one-way marginals).
     */
    allPairMarginals(wanted?: (a: number, b: number) => boolean): Map<string, Float64Array>;
    /** A sampler of records from the model (forward sampling along the tree). */
    sampler(): ForwardSampler;
}
/**
 * Forward sampling along the junction tree: the root clique's cell from its joint, then each child
 * clique's new attributes from their distribution given the separator values already drawn. Rows are
 * independent draws (plain multinomial sampling), so a long output can be produced chunk by chunk with
 * the same generator and has the same distribution as one big draw.
 */
export declare class ForwardSampler {
    private readonly domain;
    private readonly steps;
    constructor(model: GraphicalModel);
    /** `rows` independent records. */
    sample(rows: number, rng: Rng): EncodedData;
}
