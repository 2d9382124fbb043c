import type { SourceDocument } from '../core/document.js';
import type { Problem } from '../core/errors.js';
/** One result of reading inputs: a document, or a coded problem with its path and line. */
export type IngestResult = {
    readonly kind: 'document';
    readonly doc: SourceDocument;
} | {
    readonly kind: 'problem';
    readonly problem: Problem;
};
export interface ReadOptions {
    /** Timeout for URL fetches, ms. Default 15 000. */
    fetchTimeoutMs?: number;
    /** Size cap for one file, standard input or fetched page, bytes. Default 20 MB. */
    maxBytes?: number;
    /** Standard input, for the path "-". Defaults to process.stdin. */
    stdin?: NodeJS.ReadableStream;
    /**
     * Which files a directory walk skips, by file name. Default: hidden files, `*.gold.json`
     * (gold annotations) and `*.md` (documentation such as a README beside the articles).
     */
    skipFile?: (name: string) => boolean;
}
/** One input's text, with the names the adapter needs. */
export interface AdapterInput {
    /** File name or URL path, used for the format (its extension) and for the id when the input has none. */
    readonly name: string;
    /** Where the input came from (file path, URL, "-"), for error reports and doc.origin. */
    readonly origin: string;
    /** Decoded text, not yet normalised. */
    readonly text: string;
    /** The URL the input was fetched from, if any. */
    readonly url?: string;
}
/**
 * One input format. An adapter turns the text of one input (file, URL, stdin) into documents;
 * JSONL and feeds yield many. Adapters never throw for bad input: they yield problems.
 */
export interface SourceAdapter {
    readonly name: string;
    /** Whether this adapter reads the input, judged from its name and first characters. */
    accepts(name: string, head: string): boolean;
    read(input: AdapterInput): Iterable<IngestResult>;
}
