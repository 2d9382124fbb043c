import type { IngestResult, SourceAdapter } from '../types.js';
export declare const isJsonlName: (name: string) => boolean;
/**
 * One JSONL line -> a document or a problem. A broken line is a problem with its line number;
 * the other lines still yield their documents. An object without an id takes "<file>-<line>".
 */
export declare function jsonlLine(line: string, lineNo: number, name: string, origin: string): IngestResult;
/** JSON Lines held in memory (standard input, a URL, a test). Files are streamed by readJsonlFile. */
export declare const jsonlAdapter: SourceAdapter;
/**
 * A JSONL file streamed a line at a time, so a corpus of a million articles in one file is
 * neither held in memory nor refused by the file size cap: the cap applies to each line.
 * Each line is decoded strictly as UTF-8; an invalid line is INPUT_ENCODING with its number.
 */
export declare function readJsonlStream(chunks: AsyncIterable<Uint8Array>, name: string, origin: string, maxLineBytes: number): AsyncGenerator<IngestResult>;
