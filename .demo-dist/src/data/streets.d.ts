/** Kinds of way with rough weights (rue is by far the commonest in France). */
export declare const STREET_TYPES: {
    name: string;
    weight: number;
}[];
/** What follows the kind of way, already with its article ("des Lilas", "de la Gare", "Jean Jaurès"). */
export declare const STREET_NAMES: string[];
