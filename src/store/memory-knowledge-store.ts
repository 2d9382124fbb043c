import type { CrossDocumentEvent, KnowledgeChanges, KnowledgeDocument, KnowledgeState, ResolvedOrganisation, ResolvedPerson } from '../kb/index.js';
import { observedOffices, type ObservedOffice } from '../kb/offices.js';
import { byRank, eventMatches, eventPage, newestFirst, organisationMatches, pageIn, personMatches } from './knowledge-queries.js';
import type { Counted, KnowledgeStore, MergedEventQuery, OrganisationQuery, PersonQuery } from './knowledge-store.js';
import { pageOf } from './page.js';

/**
 * The knowledge store in memory: for a store that keeps no knowledge tables (or a read-only one
 * whose tables are behind its documents), and the reference the contract suite holds the SQL
 * implementations to. Objects are cloned in and out, as a database would copy them.
 */
export class MemoryKnowledgeStore implements KnowledgeStore {
  private readonly persons = new Map<string, ResolvedPerson>();
  private readonly organisations = new Map<string, ResolvedOrganisation>();
  private readonly events = new Map<string, CrossDocumentEvent>();
  private readonly documents = new Map<string, KnowledgeDocument>();
  private offices: ObservedOffice[] | null = null;

  async countDocuments(): Promise<number> {
    return this.documents.size;
  }

  async hasDocuments(ids: readonly string[]): Promise<Set<string>> {
    return new Set(ids.filter((id) => this.documents.has(id)));
  }

  async load(): Promise<KnowledgeState> {
    return structuredClone({
      persons: [...this.persons.values()], organisations: [...this.organisations.values()],
      events: [...this.events.values()], documents: [...this.documents.values()],
    });
  }

  async save(changes: KnowledgeChanges): Promise<void> {
    const c = structuredClone(changes);
    for (const p of c.persons) this.persons.set(p.id, p);
    for (const o of c.organisations) this.organisations.set(o.id, o);
    for (const e of c.events) this.events.set(e.id, e);
    for (const d of c.documents) this.documents.set(d.document, d);
    this.offices = null;
  }

  async replace(state: KnowledgeState): Promise<void> {
    this.persons.clear();
    this.organisations.clear();
    this.events.clear();
    this.documents.clear();
    await this.save({ persons: [...state.persons], organisations: [...state.organisations], events: [...state.events], documents: [...state.documents] });
  }

  async listPersons(query: PersonQuery = {}): Promise<Counted<ResolvedPerson>> {
    return structuredClone(pageIn(this.persons.values(), (p) => personMatches(p, query), byRank, pageOf(query)));
  }

  async getPerson(id: string): Promise<ResolvedPerson | null> {
    const p = this.persons.get(id);
    return p ? structuredClone(p) : null;
  }

  async listOffices(person?: string): Promise<ObservedOffice[]> {
    this.offices ??= observedOffices([...this.persons.values()].sort((a, b) => (a.id < b.id ? -1 : 1)));
    return structuredClone(person === undefined ? this.offices : this.offices.filter((o) => o.person === person));
  }

  async listOrganisations(query: OrganisationQuery = {}): Promise<Counted<ResolvedOrganisation>> {
    return structuredClone(pageIn(this.organisations.values(), (o) => organisationMatches(o, query), byRank, pageOf(query)));
  }

  async getOrganisation(id: string): Promise<ResolvedOrganisation | null> {
    const o = this.organisations.get(id);
    return o ? structuredClone(o) : null;
  }

  async listEvents(query: MergedEventQuery = {}): Promise<Counted<CrossDocumentEvent>> {
    return structuredClone(pageIn(this.events.values(), (e) => eventMatches(e, query), newestFirst, eventPage(query)));
  }

  async storyOf(document: string): Promise<{ story: string; documents: string[] } | null> {
    const d = this.documents.get(document);
    if (!d) return null;
    return { story: d.story, documents: [...this.documents.values()].filter((x) => x.story === d.story).map((x) => x.document).sort() };
  }
}
