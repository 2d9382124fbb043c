import { summariseDyad } from './dyads.js';
import { EventClusterIndex, eventObservations } from './event-clusters.js';
import { NearDuplicateIndex } from './near-duplicates.js';
import { organisationObservations, personObservations } from './observations.js';
import { observedOffices } from './offices.js';
import { OrganisationResolver } from './organisation-resolution.js';
import { PersonResolver } from './person-resolution.js';
import { toPopolo } from './popolo.js';
/**
 * The knowledge base fed one document record at a time: persons, organisations, stories and
 * cross-document events all grow incrementally. Persons are never merged after the fact, so a
 * person id an event or a stored row refers to stays valid.
 *
 * @example
 * const kb = new KnowledgeBase();
 * for (const r of records) kb.addRecord(r);
 * kb.dyad('KAZ', 'RUS').temperature.mean;
 */
export class KnowledgeBase {
    people;
    orgs = new OrganisationResolver();
    near = new NearDuplicateIndex();
    clusters = new EventClusterIndex();
    storyOf = {};
    /** `persons`: persons saved earlier, whose ids new documents keep. */
    constructor(persons = []) {
        this.people = PersonResolver.from(persons);
    }
    addRecord(record) {
        const persons = this.people.addAll(personObservations(record));
        for (const o of organisationObservations(record))
            this.orgs.add(o);
        const story = this.near.add(record.id, record.text);
        this.storyOf[record.id] = story.story;
        const events = this.clusters.addAll(eventObservations(record, (d, e) => this.people.personOf(d, e)));
        return { story, persons, events };
    }
    personOf(document, entity) {
        return this.people.personOf(document, entity);
    }
    dyad(a, b) {
        return summariseDyad(this.clusters.events(), a, b);
    }
    popolo() {
        const persons = this.people.persons();
        return toPopolo(persons, observedOffices(persons), this.orgs.organisations());
    }
    snapshot() {
        const persons = this.people.persons();
        return {
            persons, organisations: this.orgs.organisations(), offices: observedOffices(persons),
            events: this.clusters.events(), stories: { ...this.storyOf },
        };
    }
}
/**
 * A knowledge base built from a batch: records in date order, so ids and story heads come from
 * the earliest documents whatever the input order.
 */
export function buildKnowledgeBase(records) {
    const kb = new KnowledgeBase();
    const sorted = [...records].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id));
    for (const r of sorted)
        kb.addRecord(r);
    return kb;
}
//# sourceMappingURL=knowledge-base.js.map