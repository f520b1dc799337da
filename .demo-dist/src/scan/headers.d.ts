import type { ColumnRole } from '../table/schema.js';
export interface HeaderConcept {
    readonly id: string;
    readonly label: string;
    readonly role: ColumnRole;
    /** Each pattern is a sequence of words that must appear in a row in the header's words. */
    readonly patterns: readonly string[];
}
export declare const HEADER_CONCEPTS: readonly HeaderConcept[];
export interface HeaderMatch {
    concept: HeaderConcept;
    pattern: string;
    /** Words of the header the pattern covered (longer = more specific). */
    words: number;
    /** The pattern is the whole header. */
    exact: boolean;
}
/** All concepts whose patterns the header contains, most specific first. */
export declare function matchHeader(header: string): HeaderMatch[];
/** How much a role protects, to break ties: the more protective reading wins. */
export declare const SEVERITY: Record<ColumnRole, number>;
