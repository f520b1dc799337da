import { Command } from 'commander';
export declare function synthCommand(): Command;
