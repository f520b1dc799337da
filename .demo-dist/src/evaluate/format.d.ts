import type { ColumnSpec } from './encode.js';
export declare function valueFormatter(spec: ColumnSpec): (v: number) => string;
