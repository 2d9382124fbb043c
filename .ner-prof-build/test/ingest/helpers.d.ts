import type { SourceDocument } from '../../src/core/document.js';
import type { Problem } from '../../src/core/errors.js';
import type { IngestResult, ReadOptions } from '../../src/ingest/types.js';
/** A temporary directory the test writes its input files into. */
export declare function tempDir(): Promise<{
    dir: string;
    write: (name: string, data: string | Uint8Array) => Promise<string>;
    remove: () => Promise<void>;
}>;
export declare function readAll(inputs: string[], options?: ReadOptions): Promise<{
    docs: SourceDocument[];
    problems: Problem[];
    results: IngestResult[];
}>;
export declare function split(results: IngestResult[]): {
    docs: SourceDocument[];
    problems: Problem[];
    results: IngestResult[];
};
