import { resolveCountry } from '../countries/index.js';
/**
 * The country a news item is filed from: the dateline place ("TASHKENT, Jan 24 -", "Astana. July 4.
 * KazTAG -"). A meeting with no stated place is taken to be there (wire-service convention: the
 * dateline names where the reporting happened).
 */
export function datelineCountry(doc) {
    const place = doc.meta.dateline?.place;
    if (place)
        return resolveCountry(place)?.code ?? null;
    const m = /^\s*(\p{Lu}[\p{L}'’-]*(?:[ -]\p{Lu}[\p{L}'’-]*){0,2})\s*(?:,|\.|\(|\s[–—-]\s)/u.exec(doc.text.slice(0, 80));
    return m?.[1] ? resolveCountry(m[1])?.code ?? null : null;
}
//# sourceMappingURL=location.js.map