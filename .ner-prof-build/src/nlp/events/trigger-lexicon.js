import { readFileSync } from 'node:fs';
import { lexiconPath } from '../../core/paths.js';
/**
 * Whole words: no letter or digit before (unless the match starts with an apostrophe, as in
 * "Putin’s visit"); after, none unless the pattern itself ended on a space.
 */
export const compileTrigger = (source) => new RegExp(`(?:(?<![\\p{L}\\p{N}])|(?=['’]))(?:${source})(?:(?<=\\s)|(?![\\p{L}\\p{N}]))`, 'giu');
let cache;
/** The trigger rules of lexicons/events.json, in file order (more specific rules first). */
export function triggerRules() {
    cache ??= JSON.parse(readFileSync(lexiconPath('events.json'), 'utf8')).triggers
        .map((t) => ({ id: t.id, event: t.event, mode: t.mode, frame: t.frame, pattern: compileTrigger(t.pattern), nameAfter: t.nameAfter === true, noNameAfter: t.noNameAfter === true }));
    return cache;
}
/**
 * Every trigger in a sentence; where two overlap, the one listed first in the lexicon wins (the
 * lexicon lists specific phrases, "received a phone call from", before general ones, "received").
 */
export function findTriggers(sentence, rules = triggerRules()) {
    const out = [];
    for (const rule of rules) {
        rule.pattern.lastIndex = 0;
        for (let m = rule.pattern.exec(sentence); m; m = rule.pattern.exec(sentence)) {
            if (m[0].length === 0) {
                rule.pattern.lastIndex++;
                continue;
            }
            const start = m.index;
            const end = m.index + m[0].trimEnd().length;
            if (rule.nameAfter && !/^\s+\p{Lu}/u.test(sentence.slice(end)))
                continue;
            if (rule.noNameAfter && /^\s*\p{Lu}/u.test(sentence.slice(m.index + m[0].length)))
                continue;
            if (out.some((o) => o.start < end && start < o.end))
                continue;
            out.push({ rule, start, end, text: sentence.slice(start, end) });
        }
    }
    return out.sort((a, b) => a.start - b.start);
}
//# sourceMappingURL=trigger-lexicon.js.map