export const participantCountries = (e) => [...new Set([...e.actor, ...e.recipient].map((p) => p.code ?? '?'))].sort().join('+');
/** Dates agree when equal, when one is a prefix of the other ("2024-06" and "2024-06-13"), or one is missing. */
export function compatibleDates(a, b) {
    if (!a || !b)
        return true;
    return a.startsWith(b) || b.startsWith(a);
}
/**
 * The rule family for merging: announcements of one planned meeting or visit ("plans to hold a
 * meeting", "is expected to meet", "upcoming visit") are one intention, whatever the wording.
 */
function baseRule(d) {
    const rule = d.event.by.rule;
    const base = rule.split('+')[0] ?? '';
    const planned = d.event.event[0] === 'AGREE' && ((base.startsWith('consult.') && !base.startsWith('consult.multilateral')) || base === 'agree.plan' || base === 'agree.plan-visit' || base === 'agree.future-visit');
    return planned ? 'planned-meeting' : base;
}
/** Who acted: "X thanked Y" and "Y praised X" are two acts. */
const actorCountries = (d) => [...new Set(d.event.actor.map((p) => p.code ?? '?'))].sort().join('+');
const persons = (ps) => ps.filter((p) => p.entity !== undefined).length;
/** How much a record says: named participants, a direction, a mode, a stated date. */
function richness(d) {
    return persons(d.event.actor) + persons(d.event.recipient) + (d.event.recipient.length ? 2 : 0)
        + (d.event.mode.length ? 1 : 0) + (d.dateFromText ? 0.5 : 0);
}
function spanUnion(a, b) {
    const out = [...a];
    for (const s of b)
        if (!out.some((o) => o.start === s.start && o.end === s.end))
            out.push(s);
    return out.sort((x, y) => x.start - y.start);
}
/**
 * One record per real-world event (GUIDELINE.md: "a meeting mentioned three times is one event"):
 * records of the same category with the same participant countries and compatible dates merge.
 * The richest record is kept; evidence spans, event texts and contexts are pooled.
 */
export function mergeDrafts(drafts) {
    const out = [];
    for (const d of drafts) {
        const i = out.findIndex((o) => o.event.event[0] === d.event.event[0]
            && participantCountries(o.event) === participantCountries(d.event)
            && compatibleDates(o.event.date, d.event.date)
            && !!o.cited === !!d.cited
            // A summit and a bilateral meeting on its sidelines are two events.
            && (o.event.mode[0] === 'multilateral') === (d.event.mode[0] === 'multilateral')
            // Meetings repeat in headline, lead and body; two statements of support or intent with the
            // same parties are usually two acts, unless worded with the same trigger.
            && (o.event.event[0] === 'CONSULT' || (baseRule(o) === baseRule(d) && actorCountries(o) === actorCountries(d))));
        if (i < 0) {
            out.push(d);
            continue;
        }
        const o = out[i];
        const [keep, other] = richness(d) > richness(o) ? [d, o] : [o, d];
        const date = keep.dateFromText || !other.dateFromText ? keep : other;
        out[i] = {
            dateFromText: keep.dateFromText || other.dateFromText,
            ...(o.cited ? { cited: true } : {}),
            event: {
                ...keep.event,
                id: o.event.id,
                mode: keep.event.mode.length ? keep.event.mode : other.event.mode,
                context: [...new Set([...keep.event.context, ...other.event.context])],
                date: date.event.date,
                date_precision: date.event.date_precision,
                event_text: [...new Set([...o.event.event_text, ...d.event.event_text])],
                evidence: spanUnion(o.event.evidence, d.event.evidence),
            },
        };
    }
    return out;
}
//# sourceMappingURL=merge.js.map