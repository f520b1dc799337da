import { Command } from 'commander';
export declare function scanCommand(): Command;
