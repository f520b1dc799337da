import type { ScanResult } from './types.js';
export declare function formatScan(scan: ScanResult, width?: number): string;
