import type { Table } from '../table/table.js';
export interface LinkPair {
    file: string;
    directory: string;
    /** 'year': the file's date is cut to its year to meet the directory's years. */
    transform: 'exact' | 'year';
    /** Why the pair was chosen. */
    reason: 'given' | 'same name' | 'same concept';
}
export interface LinkageOptions {
    /** Pairs file column → directory column; default: common columns (and date ↔ year of birth). */
    linkOn?: readonly (readonly [string, string])[];
    /** Ground truth: file column → directory column; default numero_allocataire when both have it. */
    truth?: readonly [string, string];
}
export interface LinkageResult {
    pairs: LinkPair[];
    truth?: {
        file: string;
        directory: string;
    };
    fileRecords: number;
    directoryRecords: number;
    /** File records with every link value present. */
    linkable: number;
    /** File records matching exactly one directory entry. */
    matchedOne: number;
    /** Matching two or more. */
    matchedSeveral: number;
    matchedNone: number;
    /** With a truth key: unique matches that are the right person. */
    correct?: number;
    /** With a truth key: expected right guesses when the attacker picks at random among several matches. */
    expectedCorrect?: number;
    /** Shares of file records. */
    matchedOneShare: number;
    correctShare?: number;
}
/** A link value in canonical form: case, accents, punctuation, spaces and abbreviations folded. */
export declare function canonicalLinkValue(s: string): string;
/** Common columns, and a date of birth in the file for a year of birth in the directory. */
export declare function defaultLinkPairs(file: Table, directory: Table, exclude?: readonly string[]): LinkPair[];
export declare function linkageAttack(file: Table, directory: Table, options?: LinkageOptions): LinkageResult;
