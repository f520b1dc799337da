import type { RiskReport } from './types.js';
/** Class sizes grouped into the bands people read: 1, 2, 3–4, 5–10, 11–20, 21–50, 51–100, > 100. */
export declare function sizeBands(hist: RiskReport['classes']['histogram']): {
    band: string;
    classes: number;
    records: number;
}[];
export declare function formatRisk(r: RiskReport): string;
