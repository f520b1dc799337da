import type { Table } from '../table/table.js';
import type { RiskOptions, RiskReport } from './types.js';
export declare const DEFAULT_RISK_THRESHOLD = 0.09;
/** QIs and sensitive attributes: given, from the schema's roles, or from a scan. */
export declare function chooseAttributes(table: Table, options: RiskOptions): {
    qi: string[];
    qiSource: RiskReport['qiSource'];
    sensitive: string[];
};
export declare function assessRisk(table: Table, options?: RiskOptions): RiskReport;
