/**
 * A worker thread that analyses documents with the default pipeline: one pipeline (models
 * loaded once) per worker. Messages: {seq, doc} in, {seq, outcome} or {seq, fatal} out.
 */
import { parentPort } from 'node:worker_threads';
import { isCommuniqueError } from '../core/errors.js';
import { defaultPipeline } from '../nlp/default-pipeline.js';
import { analyseDocument } from './analyse-document.js';
if (!parentPort)
    throw new Error('analysis-worker.js runs as a worker thread');
const port = parentPort;
port.on('message', ({ seq, doc }) => {
    let reply;
    try {
        reply = { seq, outcome: analyseDocument(defaultPipeline(), doc) };
    }
    catch (e) {
        reply = isCommuniqueError(e)
            ? { seq, fatal: { code: e.code, message: e.message, location: e.location } }
            : { seq, fatal: { code: null, message: e instanceof Error ? e.stack ?? e.message : String(e), location: {} } };
    }
    port.postMessage(reply);
});
//# sourceMappingURL=analysis-worker.js.map