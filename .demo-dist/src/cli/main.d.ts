import { Command } from 'commander';
export declare function buildProgram(): Command;
/** Run the CLI; resolves to the exit code. Never throws. */
export declare function main(argv: string[]): Promise<number>;
