import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot, sharedPath } from '../src/core/paths.js';
import { readInputs } from '../src/ingest/index.js';
import { normalizeText } from '../src/ingest/normalize.js';
/**
 * The fixed corpus: every article of examples/ (read through the ingest, as `communique ingest`
 * would), repeated in order until the corpus holds at least `targetWords` white-space words.
 * The same code and the same examples always give the same corpus.
 */
export async function examplesCorpus(targetWords) {
    const originals = [];
    for await (const r of readInputs([join(packageRoot(), 'examples')]))
        if (r.kind === 'document')
            originals.push(r.doc);
    if (!originals.length)
        throw new Error('bench: examples/ holds no readable article');
    const docs = [];
    let words = 0;
    for (let i = 0; words < targetWords; i++) {
        const doc = originals[i % originals.length];
        docs.push({ ...doc, id: `${doc.id}#${Math.floor(i / originals.length)}` });
        words += countWords(doc.text);
    }
    return {
        name: 'examples',
        description: `the ${originals.length} examples/ articles repeated to ${docs.length} documents (>= ${targetWords} words)`,
        docs,
    };
}
/** The dev articles of ../shared/data/dev-articles (the `.json` inputs, not the gold), or null when absent. */
export function devCorpus() {
    const dir = sharedPath('data', 'dev-articles');
    let files;
    try {
        files = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.gold.json')).sort();
    }
    catch {
        return null;
    }
    const docs = files.map((f) => {
        const o = JSON.parse(readFileSync(join(dir, f), 'utf8'));
        const str = (k) => (typeof o[k] === 'string' ? o[k] : null);
        return {
            id: str('id') ?? f, text: normalizeText(str('text') ?? ''), date: str('date'), url: str('url'),
            source: str('source'), title: str('title'), meta: {},
        };
    });
    return { name: 'dev-articles', description: `the ${docs.length} articles of ../shared/data/dev-articles`, docs };
}
export const countWords = (text) => text.split(/\s+/u).filter(Boolean).length;
//# sourceMappingURL=corpus.js.map