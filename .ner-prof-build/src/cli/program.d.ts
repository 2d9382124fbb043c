import { Command } from 'commander';
/** The `communique` command with every subcommand registered (one file per command). */
export declare function buildProgram(): Command;
