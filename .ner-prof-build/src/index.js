/**
 * Communique's public API.
 *
 * @example
 * import { analyze } from 'communique';
 * const record = analyze('Speaker Jane Doe met ...', { date: '2024-06-13' });
 * console.log(record.entities, record.events, record.quotes);
 */
import { contentHash } from './core/hash.js';
import { defaultPipeline } from './nlp/default-pipeline.js';
import { normalizeText } from './ingest/normalize.js';
export { CommuniqueError, ERRORS } from './core/errors.js';
export { buildPipeline } from './nlp/pipeline.js';
export { defaultPipeline } from './nlp/default-pipeline.js';
/**
 * Analyses one text and returns its document record.
 *
 * @example
 * const r = analyze('ASTANA, June 13 – The ministers met.', { date: '2024-06-13' });
 * r.sentences.length; // 1
 */
export function analyze(text, options = {}) {
    const normalized = normalizeText(text);
    return defaultPipeline().record({
        id: options.id ?? contentHash(normalized).slice(0, 12),
        text: normalized,
        date: options.date ?? null,
        url: options.url ?? null,
        source: options.source ?? null,
        title: options.title ?? null,
        meta: {},
    });
}
/**
 * Reading, storing and batch runs.
 *
 * @example
 * import { openStore, runIngest } from 'communique';
 * const store = await openStore('news.sqlite');
 * const summary = await runIngest(['articles/'], { store });
 * console.log(summary.stored, summary.duplicates, summary.rejected, summary.problems);
 * await store.close();
 */
export { readInputs } from './ingest/index.js';
export { openStore, openSqliteStore } from './store/index.js';
export { runIngest } from './app/ingest-run.js';
export { runExtract } from './app/extract-run.js';
export { toPloverRows } from './export/plover.js';
//# sourceMappingURL=index.js.map