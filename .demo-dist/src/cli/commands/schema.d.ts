import { Command } from 'commander';
export declare function schemaCommand(): Command;
