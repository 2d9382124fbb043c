const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
function pattern(phrase) {
    // Spaces and hyphens are one: "Under Secretary-General" is also written "under secretary general".
    return escape(phrase)
        .replace(/[-\s]+/gu, '[-‐–\\s]+')
        .replace(/['’]/gu, "['’]");
}
export class PhraseMatcher {
    sensitive;
    insensitive;
    bySensitive = new Map();
    byFolded = new Map();
    constructor(entries) {
        const cs = [];
        const ci = [];
        for (const e of entries) {
            if (e.caseSensitive) {
                if (!this.bySensitive.has(norm(e.phrase))) {
                    this.bySensitive.set(norm(e.phrase), e);
                    cs.push(e);
                }
            }
            else if (!this.byFolded.has(norm(e.phrase).toLowerCase())) {
                this.byFolded.set(norm(e.phrase).toLowerCase(), e);
                ci.push(e);
            }
        }
        const build = (list, flags) => {
            if (!list.length)
                return null;
            const alts = [...list].sort((a, b) => b.phrase.length - a.phrase.length)
                .map((e) => pattern(e.phrase) + (e.plural ? '(?:s)?' : ''));
            // Ends at a word boundary; a phrase ending in "." (an abbreviation) needs no boundary.
            return new RegExp(`(?:${alts.join('|')})(?:(?<=\\.)|(?![\\p{L}\\p{N}]))`, flags);
        };
        this.sensitive = build(cs, 'uy');
        this.insensitive = build(ci, 'iuy');
    }
    /** The longest entry matching at `offset` (which must be a word start), or null. */
    matchAt(text, offset) {
        let best = null;
        for (const [re, map, fold] of [[this.sensitive, this.bySensitive, false], [this.insensitive, this.byFolded, true]]) {
            if (!re)
                continue;
            re.lastIndex = offset;
            const m = re.exec(text);
            if (!m)
                continue;
            const raw = norm(m[0]);
            let key = fold ? raw.toLowerCase() : raw;
            let entry = map.get(key);
            let plural = false;
            if (!entry && /s$/iu.test(key)) {
                key = key.slice(0, -1);
                entry = map.get(key);
                plural = entry !== undefined;
            }
            if (!entry)
                continue;
            if (!best || m[0].length > best.end - best.start)
                best = { start: offset, end: offset + m[0].length, entry, plural };
        }
        return best;
    }
}
/** The lookup key: white space, apostrophes and hyphens unified ("Secretary-General" = "Secretary General"). */
const norm = (s) => s.replace(/[-‐–\s]+/gu, ' ').replace(/’/gu, "'");
//# sourceMappingURL=phrase-matcher.js.map