import { Command } from 'commander';
export declare function riskCommand(): Command;
