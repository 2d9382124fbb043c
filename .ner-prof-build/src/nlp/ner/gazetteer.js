import { normaliseDigits } from './features.js';
/**
 * Multi-word gazetteer matched on lower-cased tokens: each token gets, per category, a "begins a
 * match" and an "inside a match" flag (Ratinov & Roth 2009 use the same B/I encoding). Capitalisation
 * is left to the other features, so "Party" in "the Party" and "party" share the flag.
 */
export class Gazetteer {
    categories;
    /** First token -> phrases (as token arrays) that start with it, longest first, with their category. */
    byFirst = new Map();
    constructor(categories, entries) {
        this.categories = categories;
        if (categories.length > 16)
            throw new Error('at most 16 gazetteer categories');
        for (const [category, phrase] of entries) {
            const c = categories.indexOf(category);
            if (c < 0)
                continue;
            const tokens = splitPhrase(phrase);
            const first = tokens[0];
            if (first === undefined)
                continue;
            const list = this.byFirst.get(first) ?? [];
            list.push({ tokens, category: c });
            this.byFirst.set(first, list);
        }
        for (const list of this.byFirst.values())
            list.sort((a, b) => b.tokens.length - a.tokens.length);
    }
    match(lowerWords) {
        const n = lowerWords.length;
        const flags = new Uint32Array(n);
        for (let i = 0; i < n; i++) {
            const list = this.byFirst.get(lowerWords[i] ?? '');
            if (!list)
                continue;
            let seen = 0;
            for (const { tokens, category } of list) {
                if (seen & (1 << category))
                    continue; // longest match per category only
                if (i + tokens.length > n)
                    continue;
                let ok = true;
                for (let k = 1; k < tokens.length; k++)
                    if (lowerWords[i + k] !== tokens[k]) {
                        ok = false;
                        break;
                    }
                if (!ok)
                    continue;
                seen |= 1 << category;
                flags[i] = flags[i] | (1 << (2 * category));
                for (let k = 1; k < tokens.length; k++)
                    flags[i + k] = flags[i + k] | (1 << (2 * category + 1));
            }
        }
        return flags;
    }
}
/** Splits a lexicon phrase the way our tokenizer splits text: spaces, and possessive 's. */
export function splitPhrase(phrase) {
    return phrase.trim().toLowerCase().replace(/'s\b/gu, " 's").replace(/([,.()])(\s|$)/gu, ' $1$2')
        .split(/\s+/u).filter(Boolean).map(normaliseDigits);
}
/** Reads "CATEGORY<TAB>phrase" lines. */
export function parseGazetteer(text) {
    const out = [];
    for (const line of text.split('\n')) {
        const tab = line.indexOf('\t');
        if (tab <= 0 || line.startsWith('#'))
            continue;
        out.push([line.slice(0, tab), line.slice(tab + 1).trim()]);
    }
    return out;
}
//# sourceMappingURL=gazetteer.js.map