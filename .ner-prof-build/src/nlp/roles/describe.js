const COMPONENT = 'roles';
/**
 * Country, sector, institution and qualifiers of a title phrase.
 * - Country: a place before the head ("Kazakh Speaker", "Malaysia's Ambassador") first; else the last
 *   place in an of/for-phrase ("Minister of Foreign Affairs of Kazakhstan"); never a place after "to",
 *   which names the host ("Ambassador of A to B" serves A); else the country of a named institution
 *   ("Speaker of the Mazhilis"). A region or capital gives its state ("President of Tatarstan").
 * - Sector: the head's sector, except that generic heads (chairman, head, president, member …) take the
 *   sector of the institution they head ("Chairman of the Senate" is LEG).
 */
export function describeRole(scan, t) {
    const ws = scan.words;
    const headFrom = t.head.from;
    let modifierCountry = null;
    let ofCountry = null;
    let hostCountry = null;
    let prep = '';
    const ofCountries = [];
    for (let k = t.from; k < t.to; k++) {
        const w = ws[k];
        if (!w)
            break;
        const lw = w.text.toLowerCase();
        if (['of', 'for', 'to', 'on', 'at'].includes(lw)) {
            prep = lw;
            continue;
        }
        const p = scan.places[k];
        if (!p)
            continue;
        if (k < headFrom)
            modifierCountry ??= p.entry.code;
        else if (prep === 'to')
            hostCountry ??= p.entry.code;
        else {
            ofCountry = p.entry.code;
            ofCountries.push(p.entry.code);
        }
        k = p.to - 1;
    }
    let institution = null;
    let institutionAfterHead = false;
    for (let k = t.from; k < t.to; k++) {
        const inst = scan.institutions[k];
        if (!inst)
            continue;
        const after = k >= t.head.to;
        // The institution the head governs (after it) wins over one before it.
        if (!institution || (after && !institutionAfterHead)) {
            institution = inst.entry;
            institutionAfterHead = after;
        }
        k = inst.to - 1;
    }
    const qualifiers = [];
    let past = false;
    for (let k = t.from; k < t.head.from; k++) {
        const lw = ws[k]?.text.toLowerCase() ?? '';
        if (scan.lex.qualifierWords.has(lw)) {
            qualifiers.push(lw);
            if (scan.lex.pastQualifiers.has(lw))
                past = true;
        }
    }
    const head = t.head.entry;
    let sector = head.sector;
    if (institution && (head.generic || sector === null))
        sector = institution.sector;
    // GUIDELINE.md: staff of international organisations are GOV ("World Bank Regional Director").
    const orgCode = modifierCountry ?? ofCountry;
    if ((orgCode === 'UNO' || orgCode === 'EUR' || orgCode === 'IGO') && (head.generic || sector === null || sector === 'BUS'))
        sector = 'GOV';
    // A dash-joined second office ("Deputy Prime Minister – Minister of …") keeps the first head's sector.
    // A plural title names several states ("Foreign Ministers of Kazakhstan and Turkey"): no one country.
    const country = t.plural && ofCountries.length > 1 ? null : modifierCountry ?? ofCountry ?? institution?.country ?? null;
    const countrySource = modifierCountry ? 'modifier' : ofCountry ? 'of-phrase' : institution?.country ? 'institution' : 'none';
    const headText = scan.text.slice(ws[t.head.from].start, ws[t.head.to - 1].end).toLowerCase().replace(/\s+/gu, ' ');
    return {
        start: t.start, end: t.end, title: scan.text.slice(t.start, t.end),
        country, sector, institution: institution?.id ?? null, qualifiers,
        by: { component: COMPONENT, rule: head.id },
        head: t.head.plural ? headText.replace(/s$/u, '') : headText,
        headId: head.id, past, inherit: head.inherit === true, countrySource, plural: t.plural, hostCountry, ofCountries,
    };
}
//# sourceMappingURL=describe.js.map