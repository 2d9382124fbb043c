import { SingleBar } from 'cli-progress';
import type { RunCounts } from '../app/run-counts.js';

export interface RunProgress {
  update(counts: Readonly<RunCounts>): void;
  stop(): void;
  /** Whether a bar is being drawn (problems are then listed at the end, not as they come). */
  readonly active: boolean;
}

const NO_PROGRESS: RunProgress = { update: () => {}, stop: () => {}, active: false };

/**
 * A live counter line on standard error, drawn only when standard error is a terminal so that
 * logs and pipes stay clean. The number of documents is not known in advance (directories are
 * walked and JSONL files read as the run goes), so it counts rather than fills a bar.
 */
export function startProgress(label: string, enabled = Boolean(process.stderr.isTTY)): RunProgress {
  if (!enabled) return NO_PROGRESS;
  const bar = new SingleBar({
    format: `${label} {value} read | {stored} stored | {duplicates} duplicates | {rejected} rejected | {failed} failed | {rate} docs/s`,
    stream: process.stderr,
    fps: 5,
    hideCursor: true,
    clearOnComplete: true,
  });
  const started = performance.now();
  const payload = (c: Readonly<RunCounts>) => ({
    ...c,
    rate: (c.read / Math.max((performance.now() - started) / 1000, 1e-3)).toFixed(1),
  });
  bar.start(0, 0, payload({ read: 0, stored: 0, duplicates: 0, rejected: 0, failed: 0 }));
  return {
    active: true,
    update: (c) => bar.update(c.read, payload(c)),
    stop: () => bar.stop(),
  };
}
