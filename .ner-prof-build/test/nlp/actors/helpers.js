import { newAnalysis } from '../../../src/core/analysis.js';
import { analyseActors } from '../../../src/nlp/actors/index.js';
/** Runs the actors analysis on a bare text (no tokens, sentences or NER layer): the rules alone. */
export function actorsOf(text, opts = {}) {
    const a = newAnalysis({ id: 't', text, date: null, url: null, source: opts.source ?? null, title: null, meta: {} });
    if (opts.names)
        a.names = opts.names;
    return analyseActors(a);
}
export const personsOf = (text, opts = {}) => actorsOf(text, opts).filter((e) => e.type === 'PERSON');
export const person = (text, name, opts = {}) => personsOf(text, opts).find((e) => e.name === name);
//# sourceMappingURL=helpers.js.map