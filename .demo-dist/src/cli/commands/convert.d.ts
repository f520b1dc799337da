import { Command } from 'commander';
export declare function convertCommand(): Command;
