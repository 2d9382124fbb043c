import { clusterEvents, eventObservations, observedOffices, organisationObservations, personObservations, resolveOrganisations, resolvePersons, } from '../kb/index.js';
export async function resolveKnowledge(repository) {
    const people = [];
    const orgs = [];
    // Only what event clustering needs is kept between the two passes, not the texts.
    const eventInputs = [];
    for await (const r of repository.iterateDocuments()) {
        people.push(...personObservations(r));
        orgs.push(...organisationObservations(r));
        if (r.events.length)
            eventInputs.push({ id: r.id, date: r.date, entities: r.entities, events: r.events, topics: r.topics });
    }
    const { persons, personOf } = resolvePersons(people);
    const organisations = resolveOrganisations(orgs);
    return {
        documents: await repository.countDocuments(),
        persons,
        personById: new Map(persons.map((p) => [p.id, p])),
        personOf,
        offices: observedOffices(persons),
        organisations,
        organisationById: new Map(organisations.map((o) => [o.id, o])),
        events: clusterEvents(eventInputs.flatMap((r) => eventObservations(r, personOf))),
    };
}
/** One snapshot shared by concurrent requests, rebuilt when the store's document count changes. */
export class KnowledgeCache {
    repository;
    pending = null;
    constructor(repository) {
        this.repository = repository;
    }
    async get() {
        if (this.pending) {
            const current = await this.pending;
            if (current.documents === (await this.repository.countDocuments()))
                return current;
            this.pending = null;
        }
        this.pending ??= resolveKnowledge(this.repository);
        try {
            return await this.pending;
        }
        catch (e) {
            this.pending = null;
            throw e;
        }
    }
}
//# sourceMappingURL=knowledge.js.map