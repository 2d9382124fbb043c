import type { Command } from 'commander';
export declare function registerStartCommand(program: Command): void;
