import { daysBetween } from './text-fold.js';
/** What makes two reports one event, as data: every merge records the criteria it met. */
export const EVENT_RULES = {
    /** Reports of one event can be dated a day apart (time zones, "yesterday" resolved late). */
    dayWindow: 2,
    /** Shared participant countries needed: all of the smaller side's, up to this many. */
    minSharedCountries: 2,
    /** Two events of one document stay apart: the document's own analysis already told them apart. */
    sameDocumentApart: true,
};
/** The events of a document record as observations; `personOf` maps (document, entity) to a resolved person. */
export function eventObservations(record, personOf = () => undefined) {
    const entities = new Map(record.entities.map((e) => [e.id, e]));
    const ref = (p) => {
        const e = p.entity ? entities.get(p.entity) : undefined;
        return { code: p.code, sector: p.sector, person: (p.entity && personOf(record.id, p.entity)) || null, name: p.entity_text, titles: e?.titles ?? [] };
    };
    return record.events.flatMap((ev) => ev.event.map((category) => ({
        document: record.id, event: ev.id, category, mode: ev.mode,
        date: ev.date ?? record.date, precision: ev.date ? ev.date_precision : record.date ? 'day' : null,
        negated: ev.negated ?? false,
        actor: ev.actor.map(ref), recipient: ev.recipient.map(ref),
        evidence: ev.evidence?.length ? ev.evidence : [ev.text_info], topics: record.topics,
    })));
}
const countriesOf = (o) => [...new Set([...o.actor, ...o.recipient].map((p) => p.code).filter((c) => !!c))].sort();
const personsOf = (o) => [...new Set([...o.actor, ...o.recipient].map((p) => p.person).filter((c) => !!c))].sort();
/** Dates compatible at the coarser precision: days within the window, or the same month or year. */
function datesAgree(a, b) {
    if (a.length === 10 && b.length === 10)
        return daysBetween(a, b) <= EVENT_RULES.dayWindow;
    const n = Math.min(a.length, b.length);
    return a.slice(0, n) === b.slice(0, n);
}
const intersect = (a, b) => a.filter((x) => b.includes(x)).length;
export class EventClusterIndex {
    clusters = new Map();
    blocks = new Map();
    byReport = new Map();
    /** Adds one reported event; returns the cross-document event it belongs to. */
    add(o) {
        const reportKey = `${o.document}#${o.event}#${o.category}`;
        const seen = this.byReport.get(reportKey);
        if (seen)
            return this.clusters.get(seen);
        const countries = countriesOf(o);
        const persons = personsOf(o);
        let best = null;
        const ids = new Set();
        for (const k of this.keys(o.category, countries, persons))
            for (const id of this.blocks.get(k) ?? [])
                ids.add(id);
        for (const id of [...ids].sort()) {
            const c = this.clusters.get(id);
            if (c.negated !== o.negated)
                continue;
            if (EVENT_RULES.sameDocumentApart && c.documents.includes(o.document))
                continue;
            if (!o.date || !c.dateFrom || !c.dateTo || !(datesAgree(o.date, c.dateFrom) || datesAgree(o.date, c.dateTo)))
                continue;
            const sharedCountries = intersect(countries, c.countries);
            const needed = Math.min(countries.length, c.countries.length, EVENT_RULES.minSharedCountries);
            if (sharedCountries < Math.max(1, needed))
                continue;
            const sharedPersons = intersect(persons, c.persons);
            // Named participants on both sides and none in common: a different meeting (ministers, not presidents).
            if (persons.length && c.persons.length && !sharedPersons)
                continue;
            if (o.mode.length && c.modes.length && !o.mode.some((m) => c.modes.includes(m)))
                continue;
            const gap = c.dateFrom && o.date ? daysBetween(o.date, c.dateFrom) : 0;
            const score = sharedPersons * 10 + sharedCountries * 5 - gap;
            if (!best || score > best.score)
                best = { c, score, sharedCountries, sharedPersons };
        }
        const c = best?.c ?? this.create(o);
        c.sources.push({
            document: o.document, event: o.event, date: o.date, evidence: o.evidence,
            rule: best ? 'event.same-event' : 'event.first-report', sharedCountries: best?.sharedCountries ?? countries.length, sharedPersons: best?.sharedPersons ?? persons.length,
        });
        if (!c.documents.includes(o.document))
            c.documents.push(o.document);
        c.countries = [...new Set([...c.countries, ...countries])].sort();
        c.persons = [...new Set([...c.persons, ...persons])].sort();
        c.modes = [...new Set([...c.modes, ...o.mode])].sort();
        c.topics = [...new Set([...c.topics, ...o.topics])].sort();
        for (const p of [...o.actor, ...o.recipient]) {
            if (!c.participants.some((q) => (p.person ? q.person === p.person : !q.person && q.code === p.code && q.name === p.name)))
                c.participants.push(p);
        }
        if (o.date) {
            if (!c.dateFrom || o.date < c.dateFrom)
                c.dateFrom = o.date;
            if (!c.dateTo || o.date > c.dateTo)
                c.dateTo = o.date;
        }
        this.byReport.set(reportKey, c.id);
        for (const k of this.keys(o.category, countries, persons)) {
            let set = this.blocks.get(k);
            if (!set)
                this.blocks.set(k, (set = new Set()));
            set.add(c.id);
        }
        return c;
    }
    /** Adds every event of a document. */
    addAll(observations) {
        return observations.map((o) => this.add(o));
    }
    events() {
        return [...this.clusters.values()];
    }
    eventOf(document, event, category) {
        const id = this.byReport.get(`${document}#${event}#${category}`);
        return id ? this.clusters.get(id) : undefined;
    }
    keys(category, countries, persons) {
        return [...countries.map((c) => `${category}|c:${c}`), ...persons.map((p) => `${category}|p:${p}`)];
    }
    create(o) {
        const id = `event:${o.document}:${o.event}:${o.category.toLowerCase()}`;
        const c = {
            id, category: o.category, negated: o.negated, countries: [], persons: [], modes: [], dateFrom: null, dateTo: null,
            participants: [], topics: [], documents: [], sources: [],
        };
        this.clusters.set(id, c);
        return c;
    }
}
/** Clusters a batch of reported events, in date then document order. */
export function clusterEvents(observations) {
    const index = new EventClusterIndex();
    const sorted = [...observations].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.document.localeCompare(b.document) || a.event.localeCompare(b.event));
    index.addAll(sorted);
    return index.events();
}
//# sourceMappingURL=event-clusters.js.map