import { type Column } from '../table/column.js';
import { type Plan } from './guess.js';
export interface ColumnBuilder {
    /** Append a cell; false when it does not fit (nothing is appended then). */
    push(cell: string): boolean;
    /** Append a missing value. */
    pushMissing(): void;
    readonly length: number;
    /** The finished column; the builder must not be used afterwards. */
    finish(name: string): Column;
}
export declare function makeBuilder(plan: Plan): ColumnBuilder;
