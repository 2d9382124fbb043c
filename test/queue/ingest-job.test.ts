import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/core/hash.js';
import { decodeProblem, encodeProblem, jobIdFor, readJobData } from '../../src/queue/ingest-job.js';

const doc = (text: string) => ({ id: 'a', text, date: '2025-01-02', url: null, source: null, title: null, origin: 'news/a.txt', meta: {} });

describe('ingest job data', () => {
  it('ingest job: a document with the hash of its text is accepted', () => {
    const text = 'Minister Ilona Varga of Hungary met Ambassador Sipho Ndlovu in Budapest.';
    const read = readJobData({ doc: doc(text), hash: contentHash(text) });
    expect(read.ok).toBe(true);
  });

  it('ingest job: a job without a document is QUEUE_JOB_INVALID, with the path when it names one', () => {
    const read = readJobData({ doc: { id: 'x', origin: 'feeds/x.json' }, hash: 'nope' });
    expect(read).toMatchObject({ ok: false, problem: { code: 'QUEUE_JOB_INVALID', path: 'feeds/x.json' } });
    expect(readJobData(null)).toMatchObject({ ok: false, problem: { code: 'QUEUE_JOB_INVALID' } });
  });

  it('ingest job: a text that does not match its hash is refused', () => {
    const read = readJobData({ doc: doc('The altered text.'), hash: contentHash('The original text.') });
    expect(read).toMatchObject({ ok: false, problem: { code: 'QUEUE_JOB_INVALID', path: 'news/a.txt' } });
  });

  it('ingest job: problems survive the trip through a failed job reason', () => {
    const p = { code: 'STORE_WRITE_FAILED' as const, message: 'A document could not be written to the store: x', path: 'a.txt' };
    expect(decodeProblem(encodeProblem(p))).toEqual(p);
    expect(decodeProblem('job stalled more than allowable limit', 'b.txt')).toMatchObject({ code: 'ANALYSIS_FAILED', path: 'b.txt' });
    expect(decodeProblem('{"code":"NOT_A_CODE","message":"m"}')).toMatchObject({ code: 'ANALYSIS_FAILED' });
  });

  it('ingest job: the job id is the content hash, never numeric', () => {
    expect(jobIdFor('0123')).toBe('doc-0123');
  });
});
