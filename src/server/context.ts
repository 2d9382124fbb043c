import type { Repository } from '../store/repository.js';
import type { KnowledgeCache } from '../app/knowledge-cache.js';

/** What every route plugin is given. */
export interface ApiContext {
  repository: Repository;
  knowledge: KnowledgeCache;
}
