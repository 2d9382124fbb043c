import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { knowledgeStoreOf } from '../../src/store/knowledge-store.js';
import { MemoryKnowledgeStore } from '../../src/store/memory-knowledge-store.js';
import { knowledgeStoreContract } from './knowledge-store-contract.js';

knowledgeStoreContract('memory', async () => ({ store: new MemoryKnowledgeStore(), close: async () => {} }));

knowledgeStoreContract('sqlite', async () => {
  const repository = await openSqliteStore(':memory:');
  const store = knowledgeStoreOf(repository);
  if (!store) throw new Error('the SQLite repository keeps no knowledge store');
  return { store, close: () => repository.close() };
});
