import { updateKnowledge, type KnowledgeUpdate } from '../app/knowledge-update.js';
import type { Repository } from '../store/repository.js';

export interface KnowledgeUpdaterOptions {
  store: Repository;
  /** Update once no document has been stored for this long, in ms (default 1000): a burst is one batch. */
  quietMs?: number;
  /** While documents keep coming, update at least this often, in ms (default 30 000). */
  maxDelayMs?: number;
  onUpdate?: (update: KnowledgeUpdate) => void;
  /** A failed update is retried after `maxDelayMs`; this hears about it. */
  onError?: (error: unknown) => void;
}

/**
 * Keeps a worker's store's knowledge base current without resolving once per document: jobs
 * `touch()` it, and it updates when the worker has been quiet for `quietMs`, when the queue is
 * drained, or after `maxDelayMs` of steady work, whichever comes first. One update at a time in
 * this process (a touch during an update schedules one more after it), and one at a time across
 * processes through the store's knowledge lock, which updateKnowledge holds. Waiting for the lock
 * rather than skipping matters: an update already running may have listed the documents before
 * ours was committed, so ours runs after it and reads what it left unread.
 */
export class KnowledgeUpdater {
  private readonly quietMs: number;
  private readonly maxDelayMs: number;
  private dirty = false;
  private dirtySince: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<boolean> | null = null;
  private closed = false;

  constructor(private readonly options: KnowledgeUpdaterOptions) {
    this.quietMs = Math.max(0, options.quietMs ?? 1000);
    this.maxDelayMs = Math.max(this.quietMs, options.maxDelayMs ?? 30_000);
  }

  /** A document was stored (or found stored): the knowledge base may be behind. */
  touch(): void {
    if (this.closed) return;
    this.dirty = true;
    this.dirtySince ??= Date.now();
    this.schedule(Math.min(this.quietMs, Math.max(0, this.dirtySince + this.maxDelayMs - Date.now())));
  }

  /** The queue has no more jobs for now: update at once if anything was stored. */
  drained(): void {
    if (this.dirty && !this.closed) this.schedule(0);
  }

  /** Updates now if anything was stored since the last update, and waits until the knowledge base is current. */
  async flush(): Promise<void> {
    this.clearTimer();
    for (;;) {
      if (this.running !== null) {
        await this.running;
        continue;
      }
      if (!this.dirty) return;
      this.dirty = false;
      this.dirtySince = null;
      const run = this.updateOnce().finally(() => {
        this.running = null;
      });
      this.running = run;
      if (!(await run)) return;
    }
  }

  /** Stops scheduling, waits for a running update, and makes a last one if documents came after it. */
  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
    this.clearTimer();
  }

  private async updateOnce(): Promise<boolean> {
    try {
      this.options.onUpdate?.(await updateKnowledge(this.options.store));
      return true;
    } catch (e) {
      this.options.onError?.(e);
      // Try again later (the store may be back), not in a loop now.
      this.dirty = true;
      this.dirtySince ??= Date.now();
      if (!this.closed) this.schedule(this.maxDelayMs);
      return false;
    }
  }

  private schedule(ms: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, ms);
    this.timer.unref();
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
