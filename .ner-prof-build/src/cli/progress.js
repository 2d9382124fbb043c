import { SingleBar } from 'cli-progress';
const NO_PROGRESS = { update: () => { }, stop: () => { }, active: false };
/**
 * A live counter line on standard error, drawn only when standard error is a terminal so that
 * logs and pipes stay clean. The number of documents is not known in advance (directories are
 * walked and JSONL files read as the run goes), so it counts rather than fills a bar.
 */
export function startProgress(label, enabled = Boolean(process.stderr.isTTY)) {
    if (!enabled)
        return NO_PROGRESS;
    const bar = new SingleBar({
        format: `${label} {value} read | {stored} stored | {duplicates} duplicates | {rejected} rejected | {failed} failed | {rate} docs/s`,
        stream: process.stderr,
        fps: 5,
        hideCursor: true,
        clearOnComplete: true,
    });
    const started = performance.now();
    const payload = (c) => ({
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
//# sourceMappingURL=progress.js.map