import { fold } from './text-fold.js';
/** Rank of a level: an event's level is its highest participant's. */
export const LEVEL_RANK = {
    head_of_state: 6, head_of_government: 5, parliament: 4, minister: 3, ambassador: 2, official: 1,
};
/**
 * Title patterns, tried in order: the first match decides. Deputies sit one level lower than the
 * office they deputise (a deputy prime minister is a minister, a deputy minister an official);
 * presiding officers and members of parliaments are "parliament" whatever their title word.
 */
export const LEVEL_RULES = [
    { id: 'level.deputy-minister', level: 'official', pattern: /\b(?:deputy|vice|assistant|under)[- ]?(?:foreign )?minister\b|\bstate secretary\b|\bpermanent secretary\b/ },
    { id: 'level.deputy-head-of-government', level: 'minister', pattern: /\b(?:deputy|vice|first deputy)[- ]?(?:prime minister|premier|chancellor)\b/ },
    { id: 'level.vice-president', level: 'official', pattern: /\bvice[- ]president\b/ },
    { id: 'level.parliament-office', level: 'parliament', pattern: /\b(?:parliament|senate|senator|mazhilis|majilis|duma|federation council|national assembly|congress|congressman|congresswoman|lawmaker|legislat\w*|deputies|member of parliament|\bmp\b|house of (?:representatives|commons|lords)|dewan|knesset|bundestag|majlis|jogorku kenesh|oliy majlis|verkhovna rada|sejm|storting|riksdag)\b/ },
    { id: 'level.head-of-state', level: 'head_of_state', pattern: /\b(?:president|king|queen|emir|amir|sultan|monarch|head of state|yang di-pertuan agong|supreme leader|grand duke|prince of monaco)\b/ },
    { id: 'level.head-of-government', level: 'head_of_government', pattern: /\b(?:prime minister|premier|chancellor|head of government|taoiseach|\bpm\b)\b/ },
    { id: 'level.minister', level: 'minister', pattern: /\b(?:minister|secretary of state|foreign secretary|home secretary|defen[cs]e secretary|treasury secretary|secretary of (?:defen[cs]e|the treasury|commerce|energy)|chief of staff)\b/ },
    { id: 'level.ambassador', level: 'ambassador', pattern: /\b(?:ambassador|envoy|charge d'affaires|high commissioner|consul(?: general)?|permanent representative)\b/ },
];
/** Level implied by a sector when no title pattern matches (PLOVER sectors: LEG are parliamentarians). */
const SECTOR_LEVEL = { LEG: 'parliament', GOV: 'official' };
/** The contact level of one title phrase, or null when the title names no state office. */
export function levelOfTitle(title) {
    const t = fold(title);
    for (const r of LEVEL_RULES)
        if (r.pattern.test(t))
            return { level: r.level, rule: r.id };
    return null;
}
/** The highest level among a participant's titles, else the level its sector implies, else null. */
export function levelOf(titles, sector) {
    let best = null;
    for (const t of titles) {
        const m = levelOfTitle(t);
        if (m && (!best || LEVEL_RANK[m.level] > LEVEL_RANK[best.level]))
            best = m;
    }
    if (best)
        return best;
    const fromSector = sector ? SECTOR_LEVEL[sector] : undefined;
    return fromSector ? { level: fromSector, rule: `level.sector-${sector}` } : null;
}
//# sourceMappingURL=contact-levels.js.map