import { type Classes } from './classes.js';
import type { EncodedColumn } from './encode.js';
/** Above this many distinct missing patterns the exact computation is refused (it is quadratic in them). */
export declare const MAX_MISSING_PATTERNS = 64;
/** Effective size of each class when missing values match anything (length classes.count). */
export declare function wildcardClassSizes(qis: readonly EncodedColumn[], classes: Classes): Float64Array;
