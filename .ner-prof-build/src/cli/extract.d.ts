import type { Command } from 'commander';
export declare function registerExtractCommand(program: Command): void;
/** A file name from a document id: path separators and control characters cannot be in it. */
export declare function fileNameForId(id: string): string;
