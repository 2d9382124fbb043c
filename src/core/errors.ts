/**
 * The one catalog of coded errors. Every error the tool reports carries one of these codes;
 * docs/errors.md documents each of them and a test keeps the two in step.
 * Messages say what was expected and what was got.
 */
export const ERRORS = {
  // Input problems: reported per document, the batch goes on.
  INPUT_UNREADABLE: 'The input could not be read',
  INPUT_NOT_FOUND: 'The input path does not exist',
  INPUT_EMPTY: 'The input holds no text to analyse',
  INPUT_BINARY: 'The input looks like binary data, not text',
  INPUT_ENCODING: 'The input is not valid UTF-8 or UTF-16 text',
  INPUT_TOO_LARGE: 'The input is larger than the size cap',
  INPUT_JSON_INVALID: 'The input is not valid JSON',
  INPUT_JSON_SHAPE: 'The JSON object does not have the expected fields',
  INPUT_DATE_INVALID: 'The article date is not a valid YYYY-MM-DD date',
  INPUT_HTML_NO_ARTICLE: 'No article text could be found in the HTML page',
  INPUT_FEED_INVALID: 'The feed is not valid RSS or Atom',
  INPUT_UNSUPPORTED: 'The input format is not supported',
  FETCH_FAILED: 'The URL could not be fetched',
  FETCH_TIMEOUT: 'Fetching the URL took longer than the timeout',
  // Models and pipeline: failures of the tool's set-up.
  MODEL_MISSING: 'A model file named in the manifest is missing',
  MODEL_HASH_MISMATCH: 'A model file does not match the sha256 in its manifest',
  MODEL_INVALID: 'A model file or manifest is malformed',
  PIPELINE_INVALID: 'The pipeline is missing a layer that a component needs',
  ANALYSIS_FAILED: 'A pipeline component failed on this document',
  LEXICON_INVALID: 'A lexicon file is malformed',
  // Store.
  STORE_OPEN_FAILED: 'The store could not be opened',
  STORE_WRITE_FAILED: 'A document could not be written to the store',
  STORE_MIGRATION_FAILED: 'A store migration failed',
  STORE_LOCK_TIMEOUT: 'Another process held the knowledge-base lock for longer than the wait allows',
  // Job queue (scale-out ingest over Redis).
  QUEUE_UNAVAILABLE: 'The job queue (Redis) could not be reached',
  QUEUE_JOB_INVALID: 'A queued job does not hold a valid document',
  // API and CLI.
  REQUEST_INVALID: 'The request parameters are invalid',
  NOT_FOUND: 'The requested resource does not exist',
  SERVER_FAILED: 'The server failed while answering the request',
  CLI_USAGE: 'The command was called with invalid arguments',
  CONLL_INVALID: 'The CoNLL file is malformed',
} as const;

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

export class CommuniqueError extends Error {
  readonly code: ErrorCode;
  readonly location: ProblemLocation;

  constructor(code: ErrorCode, detail?: string, location: ProblemLocation = {}, options?: { cause?: unknown }) {
    super(detail ? `${ERRORS[code]}: ${detail}` : ERRORS[code], options);
    this.name = 'CommuniqueError';
    this.code = code;
    this.location = location;
  }

  toProblem(): Problem {
    return { code: this.code, message: this.message, ...this.location };
  }
}

export function problem(code: ErrorCode, detail?: string, location: ProblemLocation = {}): Problem {
  return { code, message: detail ? `${ERRORS[code]}: ${detail}` : ERRORS[code], ...location };
}

export const isCommuniqueError = (e: unknown): e is CommuniqueError => e instanceof CommuniqueError;
