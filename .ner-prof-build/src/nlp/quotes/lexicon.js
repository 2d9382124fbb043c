import { readFileSync } from 'node:fs';
import { lexiconPath } from '../../core/paths.js';
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export function buildCueLexicon(file) {
    const byForm = new Map();
    for (const v of file.verbs)
        for (const f of v.forms)
            if (!byForm.has(f))
                byForm.set(f, v);
    const forms = [...byForm.keys()].sort((a, b) => b.length - a.length).map((f) => escapeRe(f).replace(/ /g, '\\s+'));
    return {
        verbs: file.verbs,
        byForm,
        cuePattern: new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${forms.join('|')})(?![\\p{L}\\p{N}-])`, 'giu'),
        sourceNouns: new Set(file.sourceNouns.map((s) => s.toLowerCase())),
        personNouns: new Set(file.personNouns.map((s) => s.toLowerCase())),
        titleWords: new Set(file.titleWords.map((s) => s.toLowerCase().replace(/\.$/, ''))),
    };
}
let cached;
/** The project's cue lexicon, lexicons/cues.json. */
export function cueLexicon() {
    cached ??= buildCueLexicon(JSON.parse(readFileSync(lexiconPath('cues.json'), 'utf8')));
    return cached;
}
export const cueForm = (s) => s.toLowerCase().replace(/\s+/g, ' ');
//# sourceMappingURL=lexicon.js.map