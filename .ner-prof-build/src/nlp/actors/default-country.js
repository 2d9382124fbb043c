import { readFileSync } from 'node:fs';
import { lexiconPath } from '../../core/paths.js';
import { scanPlaces } from '../countries/index.js';
let agencies;
function agencyList() {
    if (agencies)
        return agencies;
    const file = JSON.parse(readFileSync(lexiconPath('countries.json'), 'utf8'));
    agencies = [];
    for (const [code, names] of Object.entries(file.newsAgencies ?? {}))
        if (Array.isArray(names))
            for (const name of names)
                agencies.push({ name, code });
    return agencies;
}
const isCountry = (code) => code !== 'UNO' && code !== 'EUR' && code !== 'IGO';
/**
 * A general rule for officials named without a country: the press writes "the Foreign Minister" for its
 * own government. Evidence in order: a country named in the source ("Ministry of Foreign Affairs of
 * Argentina", "MONTSAME (Mongolia)"); the dateline's place ("KUALA LUMPUR:"), since a story filed
 * from abroad speaks of that country's officials; a national news agency in the source; else the
 * country the text names most often.
 */
export function defaultCountry(doc, text) {
    const source = doc.source ?? '';
    const inSource = scanPlaces(source).find((p) => isCountry(p.code));
    if (inSource)
        return { code: inSource.code, rule: 'source-place' };
    const datelinePlace = doc.meta.dateline?.place;
    // A dateline opens the text and ends at ":", "(", "/", a dash: "KUALA LUMPUR:", "TASHKENT, May 21. /TASS/".
    // It has no lower-case words; an opening sentence that happens to hold a "(" has.
    const opening = /^[^\n]{0,60}?(?=\s*(?:[:(/–—]|\s-\s))/u.exec(text)?.[0] ?? '';
    const head = datelinePlace ?? (/(?<![\p{L}])\p{Ll}{2,}/u.test(opening) ? '' : opening);
    const dl = scanPlaces(head).find((p) => isCountry(p.code));
    if (dl)
        return { code: dl.code, rule: 'dateline' };
    const lowerSource = source.toLowerCase();
    const agency = agencyList().find((a) => new RegExp(`(?<![\\p{L}\\p{N}])${a.name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(lowerSource) && a.name.length > 2)
        ?? agencyList().find((a) => a.name.length <= 3 && new RegExp(`(?<![\\p{L}])${a.name}(?![\\p{L}])`, 'u').test(source));
    if (agency)
        return { code: agency.code, rule: 'source-agency' };
    const counts = new Map();
    for (const p of scanPlaces(text))
        if (isCountry(p.code))
            counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
    let best = null;
    for (const [code, n] of counts)
        if (!best || n > (counts.get(best) ?? 0))
            best = code;
    return best ? { code: best, rule: 'dominant' } : null;
}
/** The organisation the text names most often (UNO, EUR or IGO), for "the Secretary-General" alone. */
export function dominantOrganisation(text) {
    const counts = new Map();
    for (const p of scanPlaces(text))
        if (!isCountry(p.code))
            counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
    let best = null;
    for (const [code, n] of counts)
        if (!best || n > (counts.get(best) ?? 0))
            best = code;
    return best;
}
//# sourceMappingURL=default-country.js.map