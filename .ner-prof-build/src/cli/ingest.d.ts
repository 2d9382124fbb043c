import type { Command } from 'commander';
export declare function registerIngestCommand(program: Command): void;
