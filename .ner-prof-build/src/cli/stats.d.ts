import type { Command } from 'commander';
export declare function registerStatsCommand(program: Command): void;
