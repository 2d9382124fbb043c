/**
 * Turns what a user types into an FTS5 query that cannot fail to parse. FTS5 has its own syntax
 * (quotes, AND/OR/NOT/NEAR, column filters, `^`, parentheses), and raw input like `"foo` or
 * `AND` is a syntax error. We keep the two things users mean and quote everything else:
 *   - words: every word must occur (implicit AND);
 *   - "a phrase" in double quotes (straight or curly): the words in that order;
 *   - word*: a prefix.
 * Operators become plain words. Returns null when nothing searchable is left.
 */
export function toFtsQuery(input) {
    const terms = [];
    const pattern = /["“”]([^"“”]*)["“”]|(\S+)/gu;
    for (const match of input.matchAll(pattern)) {
        const phrase = match[1];
        if (phrase !== undefined) {
            if (hasWordCharacter(phrase))
                terms.push(quote(phrase));
            continue;
        }
        const word = (match[2] ?? '').replace(/["“”]/gu, '');
        const prefix = word.endsWith('*');
        const bare = word.replace(/\*+$/u, '');
        if (!hasWordCharacter(bare))
            continue;
        terms.push(prefix ? `${quote(bare)}*` : quote(bare));
    }
    return terms.length > 0 ? terms.join(' ') : null;
}
const hasWordCharacter = (s) => /[\p{L}\p{N}]/u.test(s);
/** FTS5 string literal: double quotes doubled inside. */
const quote = (s) => `"${s.replace(/"/gu, '""')}"`;
//# sourceMappingURL=fts-query.js.map