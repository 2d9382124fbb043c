import { toPopolo, type PopoloExport } from '../kb/popolo.js';
import { resolveAll } from './knowledge-update.js';
import { knowledgeStoreOf, type KnowledgeStore } from '../store/knowledge-store.js';
import { MemoryKnowledgeStore } from '../store/memory-knowledge-store.js';
import type { Repository } from '../store/repository.js';

/**
 * The knowledge base as the API reads it: the store's own knowledge tables, written at ingest
 * (src/app/knowledge-update.ts), when they have read every stored document. Otherwise (a store
 * filled without the update, or one that keeps no knowledge tables) the server resolves the
 * documents in memory with the same code, once, and again when the number of documents changes:
 * the answers are the same either way, only slower to get the first time.
 */
export class KnowledgeCache {
  private fallback: { documents: number; store: Promise<KnowledgeStore> } | null = null;

  constructor(private readonly repository: Repository) {}

  async get(): Promise<KnowledgeStore> {
    const documents = await this.repository.countDocuments();
    const persisted = knowledgeStoreOf(this.repository);
    if (persisted && (await persisted.countDocuments()) === documents) return persisted;
    if (this.fallback?.documents !== documents) this.fallback = { documents, store: this.resolveInMemory() };
    try {
      return await this.fallback.store;
    } catch (e) {
      this.fallback = null;
      throw e;
    }
  }

  private async resolveInMemory(): Promise<KnowledgeStore> {
    const store = new MemoryKnowledgeStore();
    await store.replace((await resolveAll(this.repository)).state());
    return store;
  }
}

/**
 * Persons, organisations, posts and memberships (offices as observed) as Popolo JSON, sorted by id
 * so that two exports of one store are equal: what `communique export --format popolo` and
 * GET /api/export/popolo give.
 */
export async function popoloExport(knowledge: KnowledgeStore): Promise<PopoloExport> {
  const { persons, organisations } = await knowledge.load();
  const byId = (x: { id: string }, y: { id: string }): number => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  return toPopolo([...persons].sort(byId), await knowledge.listOffices(), [...organisations].sort(byId));
}
