import type { DocumentRecord } from '../core/record.js';
import {
  clusterEvents, eventObservations, observedOffices, organisationObservations, personObservations, resolveOrganisations,
  resolvePersons, type CrossDocumentEvent, type ObservedOffice, type OrganisationObservation, type PersonObservation,
  type ResolvedOrganisation, type ResolvedPerson,
} from '../kb/index.js';
import type { Repository } from '../store/repository.js';

/**
 * The knowledge base as the API sees it: cross-document persons, organisations, offices and
 * events, resolved from the store's records by the pure functions of src/kb.
 *
 * TODO(kb-store): the store does not persist the knowledge base yet (docs/store.md plans
 * `persons`, `memberships`, `event_clusters` tables). Until it does, the server resolves it in
 * memory on first use and again when the number of stored documents changes (an ingest running
 * beside the server). Resolution reads every record once; fine for tens of thousands of articles.
 */
export interface KnowledgeSnapshot {
  readonly documents: number;
  readonly persons: readonly ResolvedPerson[];
  readonly personById: ReadonlyMap<string, ResolvedPerson>;
  readonly personOf: (document: string, entity: string) => string | undefined;
  readonly offices: readonly ObservedOffice[];
  readonly organisations: readonly ResolvedOrganisation[];
  readonly organisationById: ReadonlyMap<string, ResolvedOrganisation>;
  readonly events: readonly CrossDocumentEvent[];
}

type EventInput = Pick<DocumentRecord, 'id' | 'date' | 'entities' | 'events' | 'topics'>;

export async function resolveKnowledge(repository: Repository): Promise<KnowledgeSnapshot> {
  const people: PersonObservation[] = [];
  const orgs: OrganisationObservation[] = [];
  // Only what event clustering needs is kept between the two passes, not the texts.
  const eventInputs: EventInput[] = [];
  for await (const r of repository.iterateDocuments()) {
    people.push(...personObservations(r));
    orgs.push(...organisationObservations(r));
    if (r.events.length) eventInputs.push({ id: r.id, date: r.date, entities: r.entities, events: r.events, topics: r.topics });
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
  private pending: Promise<KnowledgeSnapshot> | null = null;

  constructor(private readonly repository: Repository) {}

  async get(): Promise<KnowledgeSnapshot> {
    if (this.pending) {
      const current = await this.pending;
      if (current.documents === (await this.repository.countDocuments())) return current;
      this.pending = null;
    }
    this.pending ??= resolveKnowledge(this.repository);
    try {
      return await this.pending;
    } catch (e) {
      this.pending = null;
      throw e;
    }
  }
}
