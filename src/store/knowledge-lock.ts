import type { Repository } from './repository.js';

/**
 * A store that can make knowledge-base updates take turns across processes and machines (Postgres:
 * an advisory lock; SQLite: a write transaction held on a side file, sqlite/sqlite-knowledge-lock.ts). Resolution restores the saved state, adds a batch and saves
 * what changed; two at once would each resolve without the other's batch, and the second save
 * would overwrite persons and events the first one merged.
 */
export interface KnowledgeLock {
  /** Runs `run` once no other holder of the lock is running, and holds the lock until it settles. */
  withKnowledgeLock<T>(run: () => Promise<T>): Promise<T>;
}

/** The repository's knowledge lock, or null when it has none (one process at a time is then the caller's concern). */
export function knowledgeLockOf(repository: Repository): KnowledgeLock | null {
  const lock = repository as Partial<KnowledgeLock>;
  return typeof lock.withKnowledgeLock === 'function' ? (lock as KnowledgeLock) : null;
}
