import { readFileSync } from 'node:fs';
import { CommuniqueError } from '../../core/errors.js';
import { lexiconPath } from '../../core/paths.js';
const CLASSES = new Set(['title', 'inner', 'place', 'calendar', 'numeric', 'general', 'elision']);
let lexicon;
/** Parses the lexicon text: `form<TAB>class` lines, `#` comments. */
export function parseAbbreviations(source, path = 'abbreviations.tsv') {
    const map = new Map();
    const lines = source.split('\n');
    for (let n = 0; n < lines.length; n++) {
        const line = (lines[n] ?? '').trim();
        if (!line || line.startsWith('#'))
            continue;
        const [form, cls] = line.split('\t');
        if (!form || !cls || !CLASSES.has(cls)) {
            throw new CommuniqueError('LEXICON_INVALID', `expected "form<TAB>class" with class one of ${[...CLASSES].join(', ')}, got "${line}"`, { path, line: n + 1 });
        }
        const c = cls;
        if (!map.has(form))
            map.set(form, c);
        // A lowercase form also stands at a sentence start and in headlines.
        if (form === form.toLowerCase()) {
            const capital = form.charAt(0).toUpperCase() + form.slice(1);
            if (!map.has(capital))
                map.set(capital, c);
        }
        const caps = form.toUpperCase();
        if (caps.length > 1 && !map.has(caps))
            map.set(caps, c);
    }
    return map;
}
function load() {
    if (!lexicon) {
        const path = lexiconPath('abbreviations.tsv');
        lexicon = parseAbbreviations(readFileSync(path, 'utf8'), path);
    }
    return lexicon;
}
/** The class of a word (without its period) in the abbreviation lexicon, or undefined. */
export function abbreviationClass(word) {
    return load().get(word);
}
//# sourceMappingURL=abbreviations.js.map