import { Command } from 'commander';
export declare function evaluateCommand(): Command;
