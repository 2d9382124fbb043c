import { z } from 'zod';
import type { SourceDocument } from '../core/document.js';
import { ERRORS, problem, type ErrorCode, type Problem } from '../core/errors.js';
import { contentHash } from '../core/hash.js';

/** The queue that `ingest --queue` fills and `worker` empties, unless told otherwise. */
export const DEFAULT_QUEUE_NAME = 'communique-ingest';
export const INGEST_JOB_NAME = 'analyse-and-store';

/**
 * The job id of a document is its content hash: adding the same text again while its job is
 * still known to the queue adds nothing (BullMQ ignores a job whose id exists), and the store's
 * unique hash settles the rest. The prefix keeps ids non-numeric, which BullMQ requires.
 */
export const jobIdFor = (hash: string): string => `doc-${hash}`;

/** What a job carries: the document as read, its content hash, and where it came from. */
export interface IngestJobData {
  doc: SourceDocument;
  hash: string;
}

/** What a worker reports for a job it finished: the store's outcome and the stored id. */
export interface IngestJobResult {
  outcome: 'stored' | 'duplicate';
  id: string;
}

const nullableString = z.string().nullable();
const jobSchema = z.object({
  doc: z.object({
    id: z.string().min(1),
    text: z.string(),
    date: nullableString,
    url: nullableString,
    source: nullableString,
    title: nullableString,
    origin: z.string().optional(),
    meta: z.record(z.string(), z.unknown()),
  }),
  hash: z.string().regex(/^[0-9a-f]{64}$/u),
});

/**
 * Reads a job's data as an IngestJobData, or says what is wrong with it (QUEUE_JOB_INVALID, with
 * the input path when the job names one). The hash is checked against the text: a job whose
 * text was altered must not be stored under another text's identity.
 */
export function readJobData(data: unknown): { ok: true; value: IngestJobData } | { ok: false; problem: Problem } {
  const origin = (data as { doc?: { origin?: unknown } } | null)?.doc?.origin;
  const where = typeof origin === 'string' ? { path: origin } : {};
  const parsed = jobSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue === undefined ? '' : `${issue.path.join('.') || '(root)'}: ${issue.message}`;
    return { ok: false, problem: problem('QUEUE_JOB_INVALID', field, where) };
  }
  const value = parsed.data as IngestJobData;
  if (contentHash(value.doc.text) !== value.hash) {
    return { ok: false, problem: problem('QUEUE_JOB_INVALID', `document "${value.doc.id}": the hash does not match the text`, where) };
  }
  return { ok: true, value };
}

/**
 * A problem travels from worker to producer as the failed job's reason (BullMQ keeps only a
 * string): as JSON, so the code and path come back intact.
 */
export const encodeProblem = (p: Problem): string => JSON.stringify(p);

export function decodeProblem(reason: string | undefined, fallbackPath?: string): Problem {
  const where = fallbackPath === undefined ? {} : { path: fallbackPath };
  try {
    const p = JSON.parse(reason ?? '') as Partial<Problem>;
    if (typeof p.code === 'string' && p.code in ERRORS && typeof p.message === 'string') {
      return { ...where, ...p, code: p.code as ErrorCode, message: p.message };
    }
  } catch {
    // Not one of ours (BullMQ's own reasons, e.g. a job stalled too often): kept as the message.
  }
  return problem('ANALYSIS_FAILED', reason ?? 'the job failed without a reason', where);
}
