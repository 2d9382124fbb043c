import { type Problem } from '../core/errors.js';
export declare const DEFAULT_MAX_BYTES: number;
export declare const DEFAULT_FETCH_TIMEOUT_MS = 15000;
export type Bytes = {
    ok: true;
    bytes: Uint8Array;
} | {
    ok: false;
    problem: Problem;
};
/** Files a directory walk leaves out: hidden files, gold annotations, documentation. */
export declare const defaultSkipFile: (name: string) => boolean;
/**
 * The files under a directory, depth first, each directory's entries in code-point order so
 * that every run reads them in the same order. One directory listing is held at a time, never
 * the files' contents.
 */
export declare function walkDirectory(dir: string, skipFile: (name: string) => boolean): AsyncGenerator<{
    path: string;
} | {
    problem: Problem;
}>;
/** Reads a file whole, refusing one larger than the cap before reading it. */
export declare function readFileBytes(path: string, maxBytes: number): Promise<Bytes>;
/** The first bytes of a file, for sniffing before streaming it; null when it cannot be read (the whole-file path then reports why). */
export declare function readHead(path: string, length?: number): Promise<Uint8Array | null>;
/** Reads a stream to its end, stopping with INPUT_TOO_LARGE past the cap. */
export declare function readStreamBytes(stream: AsyncIterable<unknown>, maxBytes: number, path: string): Promise<Bytes>;
export interface Fetched {
    ok: true;
    bytes: Uint8Array;
    contentType: string;
    /** The URL after redirects. */
    url: string;
}
/**
 * Fetches a URL with a timeout (AbortSignal.timeout) that covers the whole body, and a size
 * cap checked on Content-Length and again while the body streams in.
 */
export declare function fetchBytes(url: string, timeoutMs: number, maxBytes: number): Promise<Fetched | {
    ok: false;
    problem: Problem;
}>;
/** The extension a fetched page's Content-Type stands for, when its URL path has none. */
export declare function extensionForContentType(contentType: string): string;
