import lexicon from '../../../lexicons/topics.json' with { type: 'json' };
/** The fixed topic list of the gold guideline (../shared/eval/GUIDELINE.md, "topics"). */
export const TOPICS = [
    'trade', 'investment', 'finance', 'energy', 'agriculture', 'industry', 'transport', 'tourism', 'digital',
    'science', 'education', 'culture', 'health', 'security', 'environment', 'migration', 'legislative',
    'governance', 'regional_affairs', 'humanitarian',
];
/** Splits a regex source at its top-level "|" (outside parentheses and brackets). */
export function topLevelAlternatives(source) {
    const out = [];
    let depth = 0;
    let cur = '';
    for (let i = 0; i < source.length; i++) {
        const ch = source[i];
        if (ch === '\\') {
            cur += ch + (source[i + 1] ?? '');
            i++;
            continue;
        }
        if (ch === '(' || ch === '[')
            depth++;
        if (ch === ')' || ch === ']')
            depth--;
        if (ch === '|' && depth === 0) {
            out.push(cur);
            cur = '';
            continue;
        }
        cur += ch;
    }
    out.push(cur);
    return out;
}
const bounded = (alts, flags) => new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, flags);
/**
 * Cues from lexicons/topics.json, whole words only. Acronyms ("EU", "AI", "SCO": alternatives
 * starting with two capitals) match case-sensitively so that the words "ai" or "sco" never count;
 * everything else case-insensitively.
 */
export function compileCue(id, topic, source, weight) {
    const alts = topLevelAlternatives(source);
    const acronyms = alts.filter((a) => /^[A-Z]{2}/u.test(a));
    const words = alts.filter((a) => !/^[A-Z]{2}/u.test(a));
    const patterns = [];
    if (words.length)
        patterns.push(bounded(words, 'giu'));
    if (acronyms.length)
        patterns.push(bounded(acronyms, 'gu'));
    return { id, topic, patterns, weight };
}
export const TOPIC_CUES = Object.entries(lexicon.topics).flatMap(([topic, cues]) => cues.map(([id, source, weight]) => compileCue(id, topic, source, weight)));
/** Whether the cue occurs in the text. */
export function cueOccurs(cue, text) {
    return cue.patterns.some((p) => { p.lastIndex = 0; return p.test(text); });
}
//# sourceMappingURL=topic-lexicon.js.map