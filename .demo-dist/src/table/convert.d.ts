import { type Value } from './column.js';
export declare function convertValue(v: Value, kind: 'boolean' | 'numeric' | 'integer' | 'date' | 'datetime', format?: string): number | boolean | null;
