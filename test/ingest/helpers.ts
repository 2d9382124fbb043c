import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { SourceDocument } from '../../src/core/document.js';
import type { Problem } from '../../src/core/errors.js';
import { readInputs } from '../../src/ingest/index.js';
import type { IngestResult, ReadOptions } from '../../src/ingest/types.js';

/** A temporary directory the test writes its input files into. */
export async function tempDir(): Promise<{ dir: string; write: (name: string, data: string | Uint8Array) => Promise<string>; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'communique-ingest-'));
  return {
    dir,
    async write(name, data) {
      const path = join(dir, name);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, data);
      return path;
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

export async function readAll(inputs: string[], options?: ReadOptions): Promise<{ docs: SourceDocument[]; problems: Problem[]; results: IngestResult[] }> {
  const results: IngestResult[] = [];
  for await (const r of readInputs(inputs, options)) results.push(r);
  return split(results);
}

export function split(results: IngestResult[]): { docs: SourceDocument[]; problems: Problem[]; results: IngestResult[] } {
  const docs: SourceDocument[] = [];
  const problems: Problem[] = [];
  for (const r of results) {
    if (r.kind === 'document') docs.push(r.doc);
    else problems.push(r.problem);
  }
  return { docs, problems, results };
}
