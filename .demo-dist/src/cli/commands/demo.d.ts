import { Command } from 'commander';
export declare function demoCommand(): Command;
