import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CommuniqueError, ERRORS } from '../core/errors.js';
/**
 * The compiled worker script next to this file. Worker threads do not inherit the tsx loader, so
 * from the TypeScript sources there is none: parallel analysis needs the build.
 */
function workerUrl() {
    const js = new URL('./analysis-worker.js', import.meta.url);
    if (!existsSync(fileURLToPath(js))) {
        throw new CommuniqueError('CLI_USAGE', 'analysis on several worker threads needs the compiled build (npm run build); from the TypeScript sources, run with one worker');
    }
    return js;
}
/**
 * `size` worker threads, each with its own pipeline, handed documents round-robin by least load.
 * Each worker loads the models once (memory grows by one pipeline per worker).
 */
export function createAnalysisPool(size) {
    const waiting = new Map();
    const load = [];
    let seq = 0;
    const workers = Array.from({ length: size }, (_, i) => {
        const w = new Worker(workerUrl());
        load[i] = 0;
        w.on('message', (reply) => {
            load[i] = (load[i] ?? 1) - 1;
            const entry = waiting.get(reply.seq);
            waiting.delete(reply.seq);
            if (!entry)
                return;
            if ('outcome' in reply)
                entry.resolve(reply.outcome);
            else
                entry.reject(toError(reply.fatal));
        });
        w.on('error', (e) => {
            for (const entry of waiting.values())
                entry.reject(e);
            waiting.clear();
        });
        return w;
    });
    return {
        size,
        analyse(doc) {
            let best = 0;
            for (let i = 1; i < workers.length; i++)
                if ((load[i] ?? 0) < (load[best] ?? 0))
                    best = i;
            const n = seq++;
            load[best] = (load[best] ?? 0) + 1;
            return new Promise((resolve, reject) => {
                waiting.set(n, { resolve, reject });
                workers[best]?.postMessage({ seq: n, doc });
            });
        },
        async close() {
            await Promise.all(workers.map((w) => w.terminate()));
        },
    };
}
/** Rebuilds the worker's error in this thread, with its code and message. */
function toError(fatal) {
    if (!fatal.code)
        return new Error(fatal.message);
    const prefix = `${ERRORS[fatal.code]}: `;
    const detail = fatal.message.startsWith(prefix) ? fatal.message.slice(prefix.length) : undefined;
    return new CommuniqueError(fatal.code, detail, fatal.location);
}
//# sourceMappingURL=worker-pool.js.map