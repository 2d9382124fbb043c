/**
 * String helpers shared by the knowledge-base resolvers: the folded form names and texts are
 * compared in, and a capped edit distance. Pure functions, no lexicons.
 */
/** Lower case, diacritics removed (NFKD then combining marks dropped), curly apostrophes straightened. */
export const fold = (s) => s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘`´]/gu, "'").toLowerCase()
    // Letters NFKD does not decompose (Turkish dotless i, Polish l, Nordic o, German sharp s).
    .replace(/ı/gu, 'i').replace(/ł/gu, 'l').replace(/ø/gu, 'o').replace(/ß/gu, 'ss').replace(/æ/gu, 'ae').replace(/đ/gu, 'd');
/** Folded words (letters and digits) of a text, for shingling and name keys. */
export const foldedWords = (s) => fold(s).match(/[\p{L}\p{N}]+/gu) ?? [];
/** Levenshtein distance, capped: returns cap + 1 as soon as the distance is known to exceed cap. */
export function editDistance(a, b, cap = Number.POSITIVE_INFINITY) {
    if (Math.abs(a.length - b.length) > cap)
        return cap + 1;
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        let best = i;
        for (let j = 1; j <= b.length; j++) {
            const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
            cur.push(v);
            if (v < best)
                best = v;
        }
        if (best > cap)
            return cap + 1;
        prev = cur;
    }
    return prev[b.length] ?? cap + 1;
}
/** Edit distance divided by the longer length: 0 for equal strings, 1 for nothing in common. */
export function normalisedDistance(a, b) {
    const n = Math.max(a.length, b.length);
    return n === 0 ? 0 : editDistance(a, b) / n;
}
/** A URL- and id-safe slug: folded, words joined by hyphens. */
export const slug = (s) => foldedWords(s).join('-');
/** 32-bit FNV-1a hash of a string (UTF-16 code units): stable across runs and platforms. */
export function fnv1a(s, seed = 0x811c9dc5) {
    let h = seed >>> 0;
    for (let i = 0; i < s.length; i++) {
        h ^= s.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
}
/** Days between two ISO dates (YYYY, YYYY-MM or YYYY-MM-DD; a partial date counts as its first day). */
export function daysBetween(a, b) {
    return Math.abs(isoDay(a) - isoDay(b));
}
/** Day number of an ISO date (partial dates: first day of the month or year). */
export function isoDay(d) {
    const [y, m, day] = d.split('-').map(Number);
    return Math.floor(Date.UTC(y ?? 1970, (m ?? 1) - 1, day ?? 1) / 86_400_000);
}
//# sourceMappingURL=text-fold.js.map