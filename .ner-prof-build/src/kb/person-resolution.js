import { levelOf } from './contact-levels.js';
import { entityKey } from './observations.js';
import { nameCompleteness, parseName, relateFullNames, singleWordMatches, skeleton } from './person-names.js';
import { CAREER_SPAN_YEARS, CONCURRENT_DAYS, exclusiveLevels, SECTOR_FAMILY, } from './person-rules.js';
import { daysBetween, slug } from './text-fold.js';
const MERGE_RANK = {
    'merge.same-name': 3, 'merge.extra-middle-name': 2, 'merge.initial-given-name': 1, 'merge.full-name-completes-surname': 1,
};
/**
 * Blocking keys of a surname: its consonant skeleton, and for long surnames a spelling prefix, so a
 * vowel variant or a consonant variant near the end still meets (short prefixes would make huge blocks).
 */
const surnameKeys = (surname) => surname.length >= 7 ? [`s:${skeleton(surname)}`, `p:${surname.slice(0, 5)}`] : [`s:${skeleton(surname)}`];
function currentOffice(o) {
    const current = o.roles.filter((r) => !r.past);
    const titles = o.roles.length ? current.map((r) => r.title) : o.titles.filter((t) => !/\b(?:former|late|ex)\b/iu.test(t));
    const sector = current.find((r) => r.sector)?.sector ?? o.sector;
    return { sector, level: levelOf(titles, null)?.level ?? null };
}
/** Stated countries first, then guessed ones, then none: ids carry the country when any is known. */
const countryRank = (o) => (!o.country ? 2 : o.countryInferred ? 1 : 0);
export class PersonResolver {
    states = new Map();
    bySurname = new Map();
    /** Every full word of every person: where a one-word name looks ("Xi" for "Xi Jinping"). */
    byWord = new Map();
    byEntity = new Map();
    log = [];
    /** Rebuilds a resolver from persons saved earlier, keeping their ids. */
    static from(persons) {
        const r = new PersonResolver();
        for (const p of persons)
            r.restore(p);
        return r;
    }
    /** Adds many observations in a fixed order (full names first, stated countries first, then the most complete name, date, document, entity), so a batch gives the same ids whatever its input order. */
    addAll(observations) {
        const sorted = [...observations].map((o) => ({ o, parsed: parseName(o.name) })).sort((a, b) => Number(a.parsed.singleWord) - Number(b.parsed.singleWord)
            || countryRank(a.o) - countryRank(b.o)
            || nameCompleteness(b.parsed) - nameCompleteness(a.parsed)
            || (a.o.date ?? '9999').localeCompare(b.o.date ?? '9999')
            || a.o.document.localeCompare(b.o.document) || a.o.entity.localeCompare(b.o.entity));
        return sorted.map(({ o }) => this.add(o)).filter((d) => d !== null);
    }
    /** Adds one observation; returns the decision, or null when the name has no word to compare. */
    add(o) {
        const parsed = parseName(o.name);
        if (!parsed.surname)
            return null;
        const refused = [];
        const pick = parsed.singleWord ? this.pickForSingleWord(o, parsed, refused) : this.pickForFullName(o, parsed, refused);
        const state = pick.state ?? this.create(o, parsed, pick.rule === 'new.ambiguous-single-word');
        this.attach(state, o, parsed, pick.rule);
        const d = { document: o.document, entity: o.entity, name: o.name, person: state.p.id, rule: pick.rule, refused };
        this.log.push(d);
        return d;
    }
    /** Person id of a document's entity, once added. */
    personOf(document, entity) {
        return this.byEntity.get(entityKey(document, entity));
    }
    persons() {
        return [...this.states.values()].map((s) => s.p).sort((a, b) => a.id.localeCompare(b.id));
    }
    decisions() {
        return this.log;
    }
    pickForFullName(o, parsed, refused) {
        let best = null;
        for (const state of this.candidates(this.bySurname, surnameKeys(parsed.surname))) {
            let rule = null;
            if (state.singleWordOnly) {
                if (singleWordMatches(state.parsed, parsed) === 'surname')
                    rule = 'merge.full-name-completes-surname';
            }
            else {
                const rel = relateFullNames(parsed, state.parsed);
                if (rel)
                    rule = `merge.${rel}`;
            }
            if (!rule)
                continue;
            const apart = this.apartRule(state, o, parsed);
            if (apart) {
                refused.push({ person: state.p.id, rule: apart });
                continue;
            }
            const score = (MERGE_RANK[rule] ?? 0) * 1e6 + (o.country && state.p.country === o.country ? 1e5 : 0) + state.p.sightings.length;
            if (!best || score > best.score || (score === best.score && state.p.id < best.state.p.id))
                best = { state, rule, score };
        }
        return best ? { state: best.state, rule: best.rule } : { state: null, rule: 'new.no-candidate' };
    }
    pickForSingleWord(o, parsed, refused) {
        const full = [];
        const single = [];
        for (const state of this.candidates(this.byWord, [`w:${skeleton(parsed.surname)}`])) {
            const fits = state.singleWordOnly ? state.parsed.surname === parsed.surname : singleWordMatches(parsed, state.parsed) !== null;
            if (!fits)
                continue;
            const apart = this.apartRule(state, o, parsed);
            if (apart) {
                refused.push({ person: state.p.id, rule: apart });
                continue;
            }
            (state.singleWordOnly ? single : full).push(state);
        }
        if (full.length === 1)
            return { state: full[0], rule: 'merge.single-word-unique' };
        if (full.length > 1) {
            const sameCountry = o.country ? full.filter((s) => s.p.country === o.country) : [];
            if (sameCountry.length === 1)
                return { state: sameCountry[0], rule: 'merge.single-word-country' };
            return { state: null, rule: 'new.ambiguous-single-word' };
        }
        const sameWord = [...single].sort((a, b) => a.p.id.localeCompare(b.p.id))[0];
        return sameWord ? { state: sameWord, rule: 'merge.single-word-same' } : { state: null, rule: 'new.no-candidate' };
    }
    /** The namesake rule that keeps an observation out of a person, or null when it may join. */
    apartRule(state, o, parsed) {
        if (o.country && state.p.country && o.country !== state.p.country) {
            // A country guessed from the article does not separate two full names that agree;
            // a one-word name has too little else to go on.
            const weak = o.countryInferred || !state.statedCountry;
            if (!weak || parsed.singleWord)
                return 'apart.country';
        }
        if (!o.date)
            return null;
        const office = currentOffice(o);
        for (const seen of state.offices) {
            const gap = daysBetween(seen.date, o.date);
            if (gap > CAREER_SPAN_YEARS * 365.25 && (office.sector || office.level) && (seen.sector || seen.level))
                return 'apart.career-span';
            if (gap > CONCURRENT_DAYS)
                continue;
            const fa = office.sector ? SECTOR_FAMILY[office.sector] : undefined;
            const fb = seen.sector ? SECTOR_FAMILY[seen.sector] : undefined;
            if (fa && fb && fa !== fb)
                return 'apart.concurrent-sector';
            if (office.level && seen.level && exclusiveLevels(office.level, seen.level))
                return 'apart.concurrent-office';
        }
        return null;
    }
    candidates(index, keys) {
        const ids = new Set();
        for (const k of keys)
            for (const id of index.get(k) ?? [])
                ids.add(id);
        // Ties between candidates are broken by id, so the order here does not matter.
        return [...ids].map((id) => this.states.get(id));
    }
    create(o, parsed, ambiguous) {
        const base = [slug(o.name) || 'person', o.country?.toLowerCase()].filter(Boolean).join('-');
        let id = base;
        for (let n = 2; this.states.has(id); n++)
            id = `${base}-${n}`;
        const state = {
            p: { id, name: o.name, otherNames: [], country: null, sectors: [], firstSeen: null, lastSeen: null, documents: [], sightings: [], ambiguous },
            parsed, singleWordOnly: parsed.singleWord, statedCountry: false, offices: [],
        };
        this.states.set(id, state);
        return state;
    }
    attach(state, o, parsed, rule) {
        const { p } = state;
        p.sightings.push({ ...o, rule });
        if (!p.documents.includes(o.document))
            p.documents.push(o.document);
        // A stated country replaces a guessed one (the id keeps what it had).
        if (o.country && !o.countryInferred && !state.statedCountry) {
            p.country = o.country;
            state.statedCountry = true;
        }
        p.country ??= o.country;
        const office = currentOffice(o);
        if (office.sector && !p.sectors.includes(office.sector))
            p.sectors.push(office.sector);
        if (o.date) {
            state.offices.push({ date: o.date, ...office });
            if (!p.firstSeen || o.date < p.firstSeen)
                p.firstSeen = o.date;
            if (!p.lastSeen || o.date > p.lastSeen)
                p.lastSeen = o.date;
        }
        // The most complete form becomes the canonical name; the id stays.
        if (o.name !== p.name) {
            if (!parsed.singleWord && (state.singleWordOnly || parsed.words.length > state.parsed.words.length)) {
                if (!p.otherNames.includes(p.name))
                    p.otherNames.push(p.name);
                p.name = o.name;
                state.parsed = parsed;
            }
            else if (!p.otherNames.includes(o.name))
                p.otherNames.push(o.name);
        }
        if (!parsed.singleWord)
            state.singleWordOnly = false;
        this.byEntity.set(entityKey(o.document, o.entity), p.id);
        for (const k of surnameKeys(parsed.surname))
            this.index(this.bySurname, k, p.id);
        for (const w of parsed.singleWord ? [parsed.surname] : parsed.words)
            this.index(this.byWord, `w:${skeleton(w)}`, p.id);
    }
    index(map, key, id) {
        let set = map.get(key);
        if (!set)
            map.set(key, (set = new Set()));
        set.add(id);
    }
    restore(saved) {
        const first = saved.sightings[0];
        if (!first)
            return;
        const state = {
            p: { ...saved, otherNames: [], sectors: [], documents: [], sightings: [], firstSeen: null, lastSeen: null, name: first.name, country: null },
            parsed: parseName(first.name), singleWordOnly: true, statedCountry: false, offices: [],
        };
        state.singleWordOnly = state.parsed.singleWord;
        this.states.set(saved.id, state);
        for (const s of saved.sightings)
            this.attach(state, s, parseName(s.name), s.rule);
    }
}
/** Resolves a batch of observations: the persons and every decision taken. */
export function resolvePersons(observations, previous = []) {
    const r = PersonResolver.from(previous);
    r.addAll(observations);
    return { persons: r.persons(), decisions: r.decisions(), personOf: (d, e) => r.personOf(d, e) };
}
//# sourceMappingURL=person-resolution.js.map