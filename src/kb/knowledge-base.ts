import type { DocumentRecord } from '../core/record.js';
import { summariseDyad, type DyadSummary } from './dyads.js';
import { EventClusterIndex, eventObservations, inEventOrder, type CrossDocumentEvent } from './event-clusters.js';
import { NearDuplicateIndex, type StoryAssignment } from './near-duplicates.js';
import { organisationObservations, personObservations } from './observations.js';
import { observedOffices, type ObservedOffice } from './offices.js';
import { inOrganisationOrder, OrganisationResolver, type ResolvedOrganisation } from './organisation-resolution.js';
import { PersonResolver, type MergeDecision, type ResolvedPerson } from './person-resolution.js';
import { toPopolo, type PopoloExport } from './popolo.js';

/** Everything the knowledge base knows, as plain data for the store. */
export interface KnowledgeBaseSnapshot {
  persons: ResolvedPerson[];
  organisations: ResolvedOrganisation[];
  offices: ObservedOffice[];
  events: CrossDocumentEvent[];
  /** Document id -> story id. */
  stories: Record<string, string>;
}

/** A document the knowledge base has read: its story (near-duplicate cluster) and MinHash signature. */
export interface KnowledgeDocument {
  readonly document: string;
  readonly story: string;
  readonly signature: Uint32Array;
}

/** What a store saves to bring a knowledge base back without reading the documents again. */
export interface KnowledgeState {
  persons: readonly ResolvedPerson[];
  organisations: readonly ResolvedOrganisation[];
  events: readonly CrossDocumentEvent[];
  documents: readonly KnowledgeDocument[];
}

/** What a batch changed: the rows a store rewrites (ids of persons, organisations and events touched, documents added). */
export interface KnowledgeChanges {
  documents: KnowledgeDocument[];
  persons: ResolvedPerson[];
  organisations: ResolvedOrganisation[];
  events: CrossDocumentEvent[];
}

/** The order records are read in: by date, then id, so ids and story heads come from the earliest documents. */
const byDateThenId = (a: Pick<DocumentRecord, 'id' | 'date'>, b: Pick<DocumentRecord, 'id' | 'date'>): number =>
  (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id);

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
  private readonly people: PersonResolver;
  private readonly orgs = new OrganisationResolver();
  private readonly near = new NearDuplicateIndex();
  private readonly clusters = new EventClusterIndex();
  private readonly storyOf: Record<string, string> = {};

  /** `persons`: persons saved earlier, whose ids new documents keep. */
  constructor(persons: readonly ResolvedPerson[] = []) {
    this.people = PersonResolver.from(persons);
  }

  addRecord(record: DocumentRecord): { story: StoryAssignment; persons: MergeDecision[]; events: CrossDocumentEvent[] } {
    const persons = this.people.addAll(personObservations(record));
    for (const o of organisationObservations(record)) this.orgs.add(o);
    const story = this.near.add(record.id, record.text);
    this.storyOf[record.id] = story.story;
    const events = this.clusters.addAll(eventObservations(record, (d, e) => this.people.personOf(d, e)));
    return { story, persons, events };
  }

  /**
   * Adds a batch of records as one resolution: every person observation of the batch in the
   * resolver's fixed order, then organisations, stories, and events (which see every person of
   * the batch). A batch added to an empty knowledge base gives what `resolvePersons`,
   * `resolveOrganisations` and `clusterEvents` give over the same records; added to a restored
   * one, it keeps every earlier id. Records already read are skipped.
   */
  addBatch(records: readonly DocumentRecord[]): KnowledgeChanges {
    const fresh = [...new Map(records.filter((r) => !this.storyOf[r.id]).map((r) => [r.id, r])).values()].sort(byDateThenId);
    const persons = new Set<string>();
    for (const d of this.people.addAll(fresh.flatMap(personObservations))) persons.add(d.person);
    const organisations = new Set<string>();
    for (const o of inOrganisationOrder(fresh.flatMap(organisationObservations))) organisations.add(this.orgs.add(o).organisation);
    const documents: KnowledgeDocument[] = fresh.map((r) => {
      const story = this.near.add(r.id, r.text).story;
      this.storyOf[r.id] = story;
      return { document: r.id, story, signature: this.near.signatureOf(r.id)! };
    });
    const personOf = (d: string, e: string): string | undefined => this.people.personOf(d, e);
    const events = new Set(this.clusters.addAll(inEventOrder(fresh.flatMap((r) => eventObservations(r, personOf)))).map((e) => e.id));
    return {
      documents,
      persons: [...persons].map((id) => this.people.person(id)!),
      organisations: [...organisations].map((id) => this.orgs.organisation(id)!),
      events: [...events].map((id) => this.clusters.event(id)!),
    };
  }

  /** Everything, as a store saves it (`restore` brings it back). */
  state(): KnowledgeState {
    return {
      persons: this.people.persons(), organisations: this.orgs.organisations(), events: this.clusters.events(),
      documents: Object.entries(this.storyOf).map(([document, story]) => ({ document, story, signature: this.near.signatureOf(document)! })),
    };
  }

  /** Has this document been read? */
  includes(document: string): boolean {
    return this.storyOf[document] !== undefined;
  }

  /**
   * A knowledge base brought back from a saved state, as it was when saved. It takes over the
   * state's organisation and event objects (later batches update them in place): pass a state
   * read for it, such as `KnowledgeStore.load()`'s, not one still in use elsewhere.
   */
  static restore(state: KnowledgeState): KnowledgeBase {
    const kb = new KnowledgeBase(state.persons);
    for (const o of state.organisations) kb.orgs.restore(o);
    for (const e of state.events) kb.clusters.restore(e);
    for (const d of state.documents) {
      kb.near.restore(d.document, d.story, d.signature);
      kb.storyOf[d.document] = d.story;
    }
    return kb;
  }

  personOf(document: string, entity: string): string | undefined {
    return this.people.personOf(document, entity);
  }

  dyad(a: string, b: string): DyadSummary {
    return summariseDyad(this.clusters.events(), a, b);
  }

  popolo(): PopoloExport {
    const persons = this.people.persons();
    return toPopolo(persons, observedOffices(persons), this.orgs.organisations());
  }

  snapshot(): KnowledgeBaseSnapshot {
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
export function buildKnowledgeBase(records: readonly DocumentRecord[]): KnowledgeBase {
  const kb = new KnowledgeBase();
  for (const r of [...records].sort(byDateThenId)) kb.addRecord(r);
  return kb;
}
