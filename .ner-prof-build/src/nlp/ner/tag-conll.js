import { conllDocuments, parseConll } from './conll.js';
import { mapToConll } from './labels.js';
import { applyNameRules } from './name-rules.js';
/**
 * Tags a CoNLL-style file's tokens as given (no re-tokenising) and returns the output lines:
 * "token<TAB>tag" per token, blank lines and -DOCSTART- lines kept where they were.
 */
export function tagConllText(model, text, options = {}, path) {
    const lines = parseConll(text, path);
    const docs = conllDocuments(lines);
    const mapping = options.labels === 'conll' && !model.labels.some((l) => l.endsWith('-PER'));
    const tags = [];
    for (const doc of docs) {
        const words = doc.sentences.map((s) => s.words);
        const tagged = model.tagDocument(words).map((t, k) => options.rules === false ? t : applyNameRules(words[k] ?? [], t, model).tags);
        for (const t of tagged)
            tags.push(...(mapping ? mapToConll(t) : t));
    }
    return renderTagged(lines, tags);
}
function renderTagged(lines, tags) {
    const out = [];
    let k = 0;
    for (const l of lines) {
        if (l.kind === 'docstart')
            out.push(l.raw);
        else if (l.kind === 'blank')
            out.push('');
        else
            out.push(`${l.word}\t${tags[k++] ?? 'O'}`);
    }
    return out;
}
//# sourceMappingURL=tag-conll.js.map