import type { IngestResult, ReadOptions } from './types.js';
export type { AdapterInput, IngestResult, ReadOptions, SourceAdapter } from './types.js';
export { normalizeText } from './normalize.js';
export { buildDocument, type RawDocument } from './build-document.js';
export { ADAPTERS, chooseAdapter } from './adapters/index.js';
export { detectAttribution, detectDateline } from './metadata/detect.js';
export { ATTRIBUTION_RULES, DATELINE_RULES } from './metadata/dateline-rules.js';
/**
 * Reads documents from text already in memory, choosing the format from the name and the
 * text (seed format, plain text, JSON, JSONL, HTML, feed). For tests and the library API.
 *
 * @example
 * readDocumentFromText('seed.txt', ' date 2024-06-13 ASTANA. KAZINFORM – ...')
 */
export declare function readDocumentFromText(name: string, text: string, origin?: string): IngestResult[];
/**
 * Streams documents, or coded problems, from files, directories (recursively, sorted, hidden
 * files and `*.gold.json` skipped), "-" (standard input) and http(s) URLs. Never throws for a bad
 * input: it yields `{kind: 'problem'}` with the path (and line) and goes on.
 */
export declare function readInputs(inputs: string[], options?: ReadOptions): AsyncGenerator<IngestResult>;
