/**
 * The one catalog of coded errors. Every error the tool reports carries one of these codes;
 * docs/errors.md documents each of them and a test keeps the two in step.
 * Messages say what was expected and what was got.
 */
export declare const ERRORS: {
    readonly INPUT_UNREADABLE: "The input could not be read";
    readonly INPUT_NOT_FOUND: "The input path does not exist";
    readonly INPUT_EMPTY: "The input holds no text to analyse";
    readonly INPUT_BINARY: "The input looks like binary data, not text";
    readonly INPUT_ENCODING: "The input is not valid UTF-8 or UTF-16 text";
    readonly INPUT_TOO_LARGE: "The input is larger than the size cap";
    readonly INPUT_JSON_INVALID: "The input is not valid JSON";
    readonly INPUT_JSON_SHAPE: "The JSON object does not have the expected fields";
    readonly INPUT_DATE_INVALID: "The article date is not a valid YYYY-MM-DD date";
    readonly INPUT_HTML_NO_ARTICLE: "No article text could be found in the HTML page";
    readonly INPUT_FEED_INVALID: "The feed is not valid RSS or Atom";
    readonly INPUT_UNSUPPORTED: "The input format is not supported";
    readonly FETCH_FAILED: "The URL could not be fetched";
    readonly FETCH_TIMEOUT: "Fetching the URL took longer than the timeout";
    readonly MODEL_MISSING: "A model file named in the manifest is missing";
    readonly MODEL_HASH_MISMATCH: "A model file does not match the sha256 in its manifest";
    readonly MODEL_INVALID: "A model file or manifest is malformed";
    readonly PIPELINE_INVALID: "The pipeline is missing a layer that a component needs";
    readonly ANALYSIS_FAILED: "A pipeline component failed on this document";
    readonly LEXICON_INVALID: "A lexicon file is malformed";
    readonly STORE_OPEN_FAILED: "The store could not be opened";
    readonly STORE_WRITE_FAILED: "A document could not be written to the store";
    readonly STORE_MIGRATION_FAILED: "A store migration failed";
    readonly REQUEST_INVALID: "The request parameters are invalid";
    readonly NOT_FOUND: "The requested resource does not exist";
    readonly SERVER_FAILED: "The server failed while answering the request";
    readonly CLI_USAGE: "The command was called with invalid arguments";
    readonly CONLL_INVALID: "The CoNLL file is malformed";
};
export type ErrorCode = keyof typeof ERRORS;
export interface ProblemLocation {
    /** File path or URL of the input. */
    path?: string;
    /** 1-based line for line-oriented inputs such as JSONL. */
    line?: number;
}
/** A problem with one input: data, not a crash. Collected per document and reported. */
export interface Problem extends ProblemLocation {
    code: ErrorCode;
    message: string;
}
export declare class CommuniqueError extends Error {
    readonly code: ErrorCode;
    readonly location: ProblemLocation;
    constructor(code: ErrorCode, detail?: string, location?: ProblemLocation, options?: {
        cause?: unknown;
    });
    toProblem(): Problem;
}
export declare function problem(code: ErrorCode, detail?: string, location?: ProblemLocation): Problem;
export declare const isCommuniqueError: (e: unknown) => e is CommuniqueError;
