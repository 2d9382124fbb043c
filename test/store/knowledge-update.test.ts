import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveAll, updateKnowledge } from '../../src/app/knowledge-update.js';
import type { DocumentRecord } from '../../src/core/record.js';
import { openStore } from '../../src/store/index.js';
import { knowledgeStoreOf, type KnowledgeStore } from '../../src/store/knowledge-store.js';
import { MemoryKnowledgeStore } from '../../src/store/memory-knowledge-store.js';
import type { Repository } from '../../src/store/repository.js';
import { hashOf } from '../contract/make-record.js';
import { KB_RECORDS, NEAR_COPY } from './knowledge-fixture.js';

describe('knowledge update: the store keeps the knowledge base in step with its documents', () => {
  let dir: string;
  let file: string;
  let store: Repository;
  let knowledge: KnowledgeStore;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'communique-kb-'));
    file = join(dir, 'store.sqlite');
    store = await openStore(file);
    knowledge = knowledgeStoreOf(store)!;
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const put = async (records: readonly DocumentRecord[]): Promise<void> => {
    for (const r of records) await store.putDocument(r, hashOf(r));
  };

  it('knowledge update: later documents join the persons saved earlier, whose ids stay; the namesake stays apart', async () => {
    await put(KB_RECORDS.slice(0, 3));
    expect(await updateKnowledge(store)).toMatchObject({ mode: 'rebuild', documents: 3 });
    const before = await knowledge.getPerson('daniyar-temirbekov-kaz');
    expect(before?.documents.sort()).toEqual(['k1', 'k2', 'k3']);
    await put(KB_RECORDS.slice(3));
    const update = await updateKnowledge(store);
    expect(update).toMatchObject({ mode: 'incremental', documents: 4 });
    const after = await knowledge.getPerson('daniyar-temirbekov-kaz');
    expect(after?.documents.sort()).toEqual(['k1', 'k2', 'k3', 'k4', 'k7']);
    expect(after?.otherNames).toContain('Daniiar Temyrbekov');
    expect((await knowledge.getPerson('daniyar-temirbekov-kgz'))?.documents).toEqual(['k5']);
    expect(await knowledge.countDocuments()).toBe(7);
  });

  it('knowledge update: storing the same documents again adds no person, event or document', async () => {
    await put(KB_RECORDS);
    await updateKnowledge(store);
    const persons = await knowledge.listPersons();
    const events = await knowledge.listEvents({ includeNegated: true, limit: 'all' });
    await put(KB_RECORDS); // all duplicates by content hash
    expect(await updateKnowledge(store)).toMatchObject({ mode: 'unchanged', documents: 0 });
    expect(await knowledge.listPersons()).toEqual(persons);
    expect(await knowledge.listEvents({ includeNegated: true, limit: 'all' })).toEqual(events);
    expect(await knowledge.countDocuments()).toBe(KB_RECORDS.length);
  });

  it('knowledge update: a deleted document makes it rebuild, and the knowledge base survives reopening read-only', async () => {
    await put([...KB_RECORDS, NEAR_COPY]);
    await updateKnowledge(store);
    await store.deleteDocument('k3');
    expect(await updateKnowledge(store)).toMatchObject({ mode: 'rebuild', documents: KB_RECORDS.length });
    expect((await knowledge.getPerson('daniyar-temirbekov-kaz'))?.documents).not.toContain('k3');
    await store.close();
    store = await openStore(file, { readonly: true });
    const reopened = knowledgeStoreOf(store)!;
    expect(await reopened.countDocuments()).toBe(KB_RECORDS.length);
    expect(await reopened.storyOf('k1-copy')).toEqual({ story: 'story:k1', documents: ['k1', 'k1-copy'] });
  });

  it('knowledge update: one batch saved gives the answers of resolving every document in memory', async () => {
    await put([...KB_RECORDS, NEAR_COPY]);
    await updateKnowledge(store);
    const memory = new MemoryKnowledgeStore();
    await memory.replace((await resolveAll(store)).state());
    expect(await knowledge.listPersons()).toEqual(await memory.listPersons());
    expect(await knowledge.listOrganisations()).toEqual(await memory.listOrganisations());
    expect(await knowledge.listEvents({ limit: 'all', includeNegated: true })).toEqual(await memory.listEvents({ limit: 'all', includeNegated: true }));
    expect(await knowledge.listOffices()).toEqual(await memory.listOffices());
  });

  it('knowledge update: rebuild on request re-decides every document in one go', async () => {
    await put(KB_RECORDS);
    await updateKnowledge(store);
    const persons = await knowledge.listPersons();
    expect(await updateKnowledge(store, { rebuild: true })).toMatchObject({ mode: 'rebuild', documents: KB_RECORDS.length });
    expect(await knowledge.listPersons()).toEqual(persons);
  });
});
