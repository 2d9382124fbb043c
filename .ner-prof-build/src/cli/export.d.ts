import { Command } from 'commander';
export declare function registerExportCommand(program: Command): void;
