import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { CommuniqueError } from '../../core/errors.js';
import type { KnowledgeLock } from '../knowledge-lock.js';

export interface SqliteKnowledgeLockOptions {
  /**
   * How long to wait for another process's update before giving up with STORE_LOCK_TIMEOUT, in ms
   * (default: the COMMUNIQUE_KB_LOCK_WAIT_MS environment variable, else 10 minutes). A rebuild of
   * several thousand documents takes seconds, so the default only trips on a holder that hangs.
   */
  waitMs?: number;
}

export const DEFAULT_KNOWLEDGE_LOCK_WAIT_MS = 10 * 60_000;

/**
 * Each attempt lets SQLite's busy handler wait this long (ms). better-sqlite3 is synchronous, so
 * this is how long one attempt may block the event loop; between attempts the wait is a timer.
 */
const ATTEMPT_BUSY_MS = 25;
/** Pause between attempts (ms), jittered so that several waiters do not retry in step. */
const RETRY_MS = 75;

/** The lock file of a store file: a side database next to it (`store.sqlite` → `store.sqlite-knowledge-lock`). */
export const knowledgeLockFileOf = (storeFile: string): string => `${storeFile}-knowledge-lock`;

/** The wait a store uses when none is given: COMMUNIQUE_KB_LOCK_WAIT_MS when it is a whole number, else the default. */
export function knowledgeLockWaitMs(given: number | undefined, env: NodeJS.ProcessEnv = process.env): number {
  if (given !== undefined) return Math.max(0, given);
  const fromEnv = env['COMMUNIQUE_KB_LOCK_WAIT_MS'];
  return fromEnv !== undefined && /^\d+$/u.test(fromEnv.trim()) ? Number(fromEnv) : DEFAULT_KNOWLEDGE_LOCK_WAIT_MS;
}

const isBusy = (e: unknown): boolean => {
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
};

/**
 * The SQLite store's knowledge lock: a write transaction (`BEGIN IMMEDIATE`, SQLite's RESERVED
 * lock) held on a connection of its own to a side database next to the store, for as long as an
 * update runs. Only one connection at a time can hold it, across processes and across connections
 * of one process, and the operating system drops it when its process dies (SQLite locks are
 * fcntl locks on the file), so a killed worker leaves no stale lock. Nothing is ever written to
 * the side database, so no journal is left behind either.
 *
 * Why a side database rather than a lock row in the store: a write transaction held on the store
 * itself would block the update's own writes, which go through the store's main connection.
 *
 * Within a process, holders take turns in call order on a promise chain (one connection cannot
 * open a transaction inside its own). A store without a file (':memory:') has only that chain:
 * no other process can open it.
 */
export class SqliteKnowledgeLock implements KnowledgeLock {
  private connection: Database.Database | null = null;
  private turn: Promise<unknown> = Promise.resolve();
  private closed = false;
  private readonly waitMs: number;

  /** `lockFile` null: the store has no file, and the lock is only the in-process turn. */
  constructor(private readonly lockFile: string | null, options: SqliteKnowledgeLockOptions = {}) {
    this.waitMs = knowledgeLockWaitMs(options.waitMs);
  }

  withKnowledgeLock<T>(run: () => Promise<T>): Promise<T> {
    const mine = this.turn.then(() => this.holding(run));
    this.turn = mine.catch(() => undefined);
    return mine;
  }

  /** Closes the side connection; a lock still held is released with it. */
  close(): void {
    this.closed = true;
    this.connection?.close();
    this.connection = null;
  }

  private async holding<T>(run: () => Promise<T>): Promise<T> {
    const connection = await this.acquire();
    try {
      return await run();
    } finally {
      if (connection?.open && connection.inTransaction) connection.exec('ROLLBACK');
    }
  }

  /** Takes the file lock (null for a store without a file), waiting in bounded attempts. */
  private async acquire(): Promise<Database.Database | null> {
    if (this.closed) throw new CommuniqueError('STORE_WRITE_FAILED', 'the store is closed; the knowledge lock cannot be taken');
    if (this.lockFile === null) return null;
    const connection = this.open(this.lockFile);
    const started = Date.now();
    for (;;) {
      try {
        connection.exec('BEGIN IMMEDIATE');
        return connection;
      } catch (e) {
        if (!isBusy(e)) throw new CommuniqueError('STORE_WRITE_FAILED', `taking the knowledge lock ${this.lockFile}: ${(e as Error).message}`, { path: this.lockFile }, { cause: e });
      }
      const waited = Date.now() - started;
      if (waited >= this.waitMs) {
        throw new CommuniqueError(
          'STORE_LOCK_TIMEOUT',
          `another process held the knowledge lock ${this.lockFile} for the whole wait of ${this.waitMs} ms (expected it free within COMMUNIQUE_KB_LOCK_WAIT_MS)`,
          { path: this.lockFile },
        );
      }
      await sleep(Math.min(RETRY_MS / 2 + Math.random() * RETRY_MS, Math.max(1, this.waitMs - waited)));
    }
  }

  private open(file: string): Database.Database {
    if (this.connection?.open) return this.connection;
    try {
      // The busy timeout bounds one attempt: better-sqlite3 blocks the thread while SQLite waits.
      this.connection = new Database(file, { timeout: ATTEMPT_BUSY_MS });
      return this.connection;
    } catch (e) {
      throw new CommuniqueError('STORE_OPEN_FAILED', `knowledge lock file ${file}: ${(e as Error).message}`, { path: file }, { cause: e });
    }
  }
}
