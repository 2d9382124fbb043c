import { newAnalysis } from '../../../src/core/analysis.js';
import { extractQuotes } from '../../../src/nlp/quotes/index.js';
import { sentencesComponent } from '../../../src/nlp/sentences/index.js';
import { tokenizerComponent } from '../../../src/nlp/tokenize/index.js';
/** An analysis with real tokens and sentences (the components under test need nothing else). */
export function analysisOf(text) {
    const a = newAnalysis({ id: 't', text, date: null, url: null, source: null, title: null, meta: {} });
    tokenizerComponent().run(a);
    sentencesComponent().run(a);
    return a;
}
/** A PERSON entity whose mentions are every occurrence of the given strings. */
export function person(a, id, name, ...forms) {
    const mentions = [];
    for (const f of [name, ...forms]) {
        for (let i = a.text.indexOf(f); i >= 0; i = a.text.indexOf(f, i + 1)) {
            const kind = /^(?:he|she|his|her)$/iu.test(f) ? 'pronoun' : f === name || name.endsWith(f) ? 'name' : 'title';
            mentions.push({ start: i, end: i + f.length, text: f, kind, by: { component: 'test', rule: 'hand' } });
        }
    }
    mentions.sort((x, y) => x.start - y.start);
    const e = { id, type: 'PERSON', name, country: null, sector: null, titles: [], roles: [], honorifics: [], mentions, by: { component: 'test', rule: 'hand' } };
    a.entities.push(e);
    return e;
}
export function quotesOf(text, setup) {
    const a = analysisOf(text);
    setup?.(a);
    return { a, quotes: extractQuotes(a) };
}
/** A compact view for assertions: [content, direct, speaker name, rule]. */
export const brief = (q) => [q.text, q.direct, q.speaker?.name ?? null, q.by.rule];
//# sourceMappingURL=helpers.js.map