import { QuoteExtractor } from './extract.js';
import { cueLexicon } from './lexicon.js';
import { resolveSpeaker, speakerContext } from './speaker.js';
import { textUnits } from './text-units.js';
export { QUOTE_RULES } from './rules.js';
/** A source that is not one person: an institution, a document, a group ("they", "the two sides", "X and Y"). */
function isCollective(text, phrase, speaker) {
    if (!phrase || !speaker || speaker.entity)
        return false;
    const words = text.slice(phrase.start, phrase.end);
    if (phrase.kind === 'source')
        return true;
    if (/^(?:they|we)$/iu.test(words))
        return true;
    return /\b(?:and|both|sides|parties|leaders|officials|ministers|presidents|delegations)\b/iu.test(words);
}
export function extractQuotes(a, options = {}) {
    const lex = cueLexicon();
    const ctx = speakerContext(a.text, lex, a.entities, a.names);
    const drafts = new QuoteExtractor(ctx, lex, textUnits(a)).run();
    const state = { lastNamed: null };
    const resolved = new Map();
    const out = [];
    for (const d of drafts) {
        const inherited = d.sameSpeakerAs ? resolved.get(d.sameSpeakerAs) : undefined;
        const speaker = inherited !== undefined ? inherited : d.speaker ? resolveSpeaker(ctx, d.speaker, state) : null;
        resolved.set(d, speaker);
        if (options.speakers === 'persons' && isCollective(a.text, d.sameSpeakerAs?.speaker ?? d.speaker, speaker))
            continue;
        out.push({
            start: d.start, end: d.end, text: a.text.slice(d.start, d.end), direct: d.direct,
            cue: d.cue ? { start: d.cue.start, end: d.cue.end, text: a.text.slice(d.cue.start, d.cue.end) } : null,
            speaker,
            by: { component: 'quotes', rule: d.style ? `${d.rule}:${d.style}` : d.rule },
        });
    }
    return out;
}
export function quotesComponent(options = {}) {
    return {
        name: 'quotes',
        needs: ['sentences', 'entities'],
        provides: ['quotes'],
        run: (a) => { a.quotes = extractQuotes(a, options); },
    };
}
//# sourceMappingURL=index.js.map