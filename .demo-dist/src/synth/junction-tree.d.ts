export interface JunctionTree {
    /** Sorted attribute sets of the tree's cliques. */
    readonly cliques: number[][];
    /** Tree edges between clique indices. */
    readonly edges: [number, number][];
}
/** Number of cells of all cliques' tables: the memory of the model is 8 bytes a cell. */
export declare function treeCells(tree: JunctionTree, domainSizes: readonly number[]): number;
export declare function treeSizeMiB(tree: JunctionTree, domainSizes: readonly number[]): number;
/** Min-fill triangulation and maximum-spanning-tree junction tree over `sets` (attributes 0..d−1). */
export declare function buildJunctionTree(d: number, domainSizes: readonly number[], sets: readonly (readonly number[])[]): JunctionTree;
/**
 * A junction tree that also covers `set`, built by extending the given one along tree paths: each
 * attribute of the set that is missing from a target clique is added to every clique on the path from
 * its own subtree to the target (which keeps the running-intersection property). Not minimal, but
 * cheap, and its size is an upper bound used to filter AIM's candidates by model size. Tries every
 * clique holding one of the set's attributes as the target and keeps the smallest result.
 */
export declare function extendJunctionTree(tree: JunctionTree, domainSizes: readonly number[], set: readonly number[], nb?: number[][]): {
    tree: JunctionTree;
    cells: number;
};
/** Cells of the tree after extending it to cover `set` (see extendJunctionTree). */
export declare function extendedCells(tree: JunctionTree, domainSizes: readonly number[], set: readonly number[], nb?: number[][], cliqueCells?: Float64Array): number;
export declare function treeNeighbours(tree: JunctionTree): number[][];
