import { Command } from 'commander';
import { type ColumnSummary } from '../../table/describe.js';
export declare function describeCommand(): Command;
export declare function formatSummary(summary: ColumnSummary[], rows: number, source?: string): string;
