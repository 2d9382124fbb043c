import type { SourceDocument } from '../core/document.js';
import type { Problem } from '../core/errors.js';

/** One result of reading inputs: a document, or a coded problem with its path and line. */
export type IngestResult =
  | { readonly kind: 'document'; readonly doc: SourceDocument }
  | { readonly kind: 'problem'; readonly problem: Problem };

export interface ReadOptions {
  /** Timeout for URL fetches, ms. */
  fetchTimeoutMs?: number;
  /** Size cap for one file or fetched page, bytes. */
  maxBytes?: number;
  /** Standard input, for the path "-". Defaults to process.stdin. */
  stdin?: NodeJS.ReadableStream;
}

/**
 * One input format. An adapter turns the bytes of one input (file, URL, stdin) into documents;
 * JSONL and feeds yield many. Adapters never throw for bad input: they yield problems.
 */
export interface SourceAdapter {
  readonly name: string;
  /** Whether this adapter reads the input, judged from its name and first bytes. */
  accepts(name: string, head: string): boolean;
  read(input: { name: string; origin: string; text: string }): Iterable<IngestResult>;
}
