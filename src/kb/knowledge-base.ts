import type { DocumentRecord } from '../core/record.js';
import { summariseDyad, type DyadSummary } from './dyads.js';
import { EventClusterIndex, eventObservations, type CrossDocumentEvent } from './event-clusters.js';
import { NearDuplicateIndex, type StoryAssignment } from './near-duplicates.js';
import { organisationObservations, personObservations } from './observations.js';
import { observedOffices, type ObservedOffice } from './offices.js';
import { OrganisationResolver, type ResolvedOrganisation } from './organisation-resolution.js';
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
  const sorted = [...records].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id));
  for (const r of sorted) kb.addRecord(r);
  return kb;
}
