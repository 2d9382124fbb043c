import type { DocumentRecord } from '../core/record.js';
import { KnowledgeBase } from '../kb/knowledge-base.js';
import { knowledgeStoreOf, type KnowledgeStore } from '../store/knowledge-store.js';
import { knowledgeLockOf } from '../store/knowledge-lock.js';
import { MAX_LIMIT } from '../store/page.js';
import type { Repository } from '../store/repository.js';

/**
 * Keeps a store's knowledge base (src/store/knowledge-store.ts) in step with its documents.
 *
 * - Incremental when the knowledge base has read every stored document it lists (nothing was
 *   deleted): the saved state is restored, the documents it has not read are resolved against
 *   it as one batch (in the resolver's fixed order, persons before events), and only the rows
 *   they touched are written. Earlier person, organisation and event ids never change.
 * - A rebuild otherwise (and for an empty knowledge base, where both give the same result and a
 *   rebuild reads the records in one stream): every document, resolved from nothing and written
 *   in one transaction.
 *
 * Batches hold at most BATCH_DOCUMENTS records. Up to that size, an incremental update of an
 * empty knowledge base and a rebuild give the same result as resolving the records in memory.
 * Across batches (later ingest runs), a document cannot reopen an earlier decision: a full name
 * met later does not merge two persons an earlier batch kept apart; `rebuild: true` re-decides.
 */
export interface KnowledgeUpdate {
  readonly mode: 'incremental' | 'rebuild' | 'unchanged' | 'unsupported';
  /** Documents read by this update. */
  readonly documents: number;
  readonly persons: number;
  readonly organisations: number;
  readonly events: number;
  readonly elapsedMs: number;
}

/** Records resolved together; bounds the memory an update holds besides the knowledge base itself. */
export const BATCH_DOCUMENTS = 1000;

/** Ids of stored documents the knowledge base has not read, and whether it has read any that are gone. */
async function unread(repository: Repository, knowledge: KnowledgeStore): Promise<{ ids: string[]; stale: boolean }> {
  const ids: string[] = [];
  let stored = 0;
  let page: string[] = [];
  const check = async (): Promise<void> => {
    stored += page.length;
    const read = await knowledge.hasDocuments(page);
    ids.push(...page.filter((id) => !read.has(id)));
    page = [];
  };
  // Keyset order (not listDocuments' date order and offsets): a text stored during the walk cannot
  // shift a page, which would make the walk miss a document or see one twice and rebuild for nothing.
  for await (const id of repository.iterateDocumentIds()) {
    page.push(id);
    if (page.length >= MAX_LIMIT) await check();
  }
  await check();
  return { ids, stale: (await knowledge.countDocuments()) !== stored - ids.length };
}

async function* inBatches(records: AsyncIterable<DocumentRecord>): AsyncIterable<DocumentRecord[]> {
  let batch: DocumentRecord[] = [];
  for await (const r of records) {
    batch.push(r);
    if (batch.length >= BATCH_DOCUMENTS) { yield batch; batch = []; }
  }
  if (batch.length) yield batch;
}

async function* recordsOf(repository: Repository, ids: readonly string[]): AsyncIterable<DocumentRecord> {
  for (const id of ids) {
    const r = await repository.getDocument(id);
    if (r) yield r;
  }
}

/** Resolves every stored document from nothing into a knowledge base (what a rebuild writes). */
export async function resolveAll(repository: Repository): Promise<KnowledgeBase> {
  const kb = new KnowledgeBase();
  for await (const batch of inBatches(repository.iterateDocuments())) kb.addBatch(batch);
  return kb;
}

/**
 * Brings the repository's knowledge base up to date with its documents; 'unsupported' when the
 * repository keeps none. Holds the store's knowledge lock while it runs when the store has one
 * (Postgres: an advisory lock; SQLite: a side-file lock), so that updates from several processes
 * on one store (an ingest, `kb rebuild`, queue workers) take turns, each resolving against the
 * state the previous one saved. Do not call it from inside `withKnowledgeLock`: the lock is not
 * re-entrant.
 *
 * @example
 * await runIngest(['examples/'], { store });
 * const update = await updateKnowledge(store); // { mode: 'incremental', documents: 12, ... }
 */
export async function updateKnowledge(repository: Repository, options: { rebuild?: boolean } = {}): Promise<KnowledgeUpdate> {
  const lock = knowledgeLockOf(repository);
  const run = (): Promise<KnowledgeUpdate> => updateKnowledgeUnlocked(repository, options);
  return lock === null ? run() : lock.withKnowledgeLock(run);
}

/** updateKnowledge's work, run while the store's knowledge lock is held. */
async function updateKnowledgeUnlocked(repository: Repository, options: { rebuild?: boolean } = {}): Promise<KnowledgeUpdate> {
  const started = performance.now();
  const knowledge = knowledgeStoreOf(repository);
  const done = (mode: KnowledgeUpdate['mode'], documents: number, counts: { persons: number; organisations: number; events: number }): KnowledgeUpdate =>
    ({ mode, documents, ...counts, elapsedMs: performance.now() - started });
  if (!knowledge) return done('unsupported', 0, { persons: 0, organisations: 0, events: 0 });

  const { ids, stale } = await unread(repository, knowledge);
  // An empty knowledge base is built like a rebuild: same result, one streaming read, one transaction.
  const empty = ids.length > 0 && (await knowledge.countDocuments()) === 0;
  if (options.rebuild || stale || empty) {
    const kb = await resolveAll(repository);
    const state = kb.state();
    await knowledge.replace(state);
    return done('rebuild', state.documents.length, { persons: state.persons.length, organisations: state.organisations.length, events: state.events.length });
  }
  if (!ids.length) return done('unchanged', 0, { persons: 0, organisations: 0, events: 0 });
  const kb = KnowledgeBase.restore(await knowledge.load());
  const touched = { persons: new Set<string>(), organisations: new Set<string>(), events: new Set<string>() };
  for await (const batch of inBatches(recordsOf(repository, ids))) {
    const changes = kb.addBatch(batch);
    await knowledge.save(changes);
    for (const p of changes.persons) touched.persons.add(p.id);
    for (const o of changes.organisations) touched.organisations.add(o.id);
    for (const e of changes.events) touched.events.add(e.id);
  }
  return done('incremental', ids.length, { persons: touched.persons.size, organisations: touched.organisations.size, events: touched.events.size });
}
