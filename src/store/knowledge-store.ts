import type { PloverCategory } from '../core/annotations.js';
import type {
  CrossDocumentEvent, KnowledgeChanges, KnowledgeState, ObservedOffice, ResolvedOrganisation, ResolvedPerson,
} from '../kb/index.js';
import type { DateRange, DocumentFilter, Page, Repository } from './repository.js';

/**
 * The knowledge base as a store keeps it: cross-document persons with their name variants and
 * sightings, observed offices (Popolo memberships), organisations, cross-document events with
 * their member reports, and the near-duplicate story of every document read. A separate
 * interface from `Repository`, so a store implements documents and knowledge independently;
 * every implementation runs the suite in test/contract/knowledge-store-contract.ts.
 *
 * Writes come from src/kb's `KnowledgeBase`: `load()` brings its state back, `addBatch` resolves
 * new records against it, and `save(changes)` writes the rows the batch touched, in one
 * transaction. `replace` writes a whole state at once (a rebuild).
 *
 * @example
 * const knowledge = knowledgeStoreOf(repository)!;
 * const kb = KnowledgeBase.restore(await knowledge.load());
 * await knowledge.save(kb.addBatch(newRecords));
 * const { items } = await knowledge.listPersons({ q: 'ashim', limit: 10 });
 */
export interface KnowledgeStore {
  /** How many documents the knowledge base has read. */
  countDocuments(): Promise<number>;
  /** Which of these document ids the knowledge base has read. */
  hasDocuments(ids: readonly string[]): Promise<Set<string>>;
  /** Every saved row, for `KnowledgeBase.restore`. */
  load(): Promise<KnowledgeState>;
  /** Writes what a batch changed (rows replaced by id), in one transaction. */
  save(changes: KnowledgeChanges): Promise<void>;
  /** Drops every row and writes this state instead, in one transaction. */
  replace(state: KnowledgeState): Promise<void>;

  /** Persons, most documents first, then by name and id. */
  listPersons(query?: PersonQuery): Promise<Counted<ResolvedPerson>>;
  getPerson(id: string): Promise<ResolvedPerson | null>;
  /** Offices observed for persons (every person's when `person` is absent), by person then first sighting. */
  listOffices(person?: string): Promise<ObservedOffice[]>;
  /** Organisations, most documents first, then by name and id. */
  listOrganisations(query?: OrganisationQuery): Promise<Counted<ResolvedOrganisation>>;
  getOrganisation(id: string): Promise<ResolvedOrganisation | null>;
  /** Cross-document events, newest first (by last report date; undated last), then by id. */
  listEvents(query?: MergedEventQuery): Promise<Counted<CrossDocumentEvent>>;
  /** The near-duplicate story of a document: its id and every document in it, or null when unread. */
  storyOf(document: string): Promise<{ story: string; documents: string[] } | null>;
}

export interface Counted<T> {
  items: T[];
  /** Matches without the page. */
  total: number;
}

export interface PersonQuery extends Page {
  /** Part of the name or of another spelling; case and accents ignored. */
  q?: string;
  country?: string;
}

export interface OrganisationQuery extends Page {
  /** Part of the name, another name or the acronym; case and accents ignored. */
  q?: string;
  country?: string;
}

/**
 * Filters over cross-document events. The date range applies to the first report date (an undated
 * event matches only an open range); `pair` needs both countries among the participants.
 * `limit: 'all'` returns every match (a dossier summarises all events of a pair).
 */
export interface MergedEventQuery extends DateRange {
  country?: string;
  pair?: readonly [string, string];
  category?: PloverCategory;
  person?: string;
  document?: string;
  /** Negated events ("did not meet") are left out unless asked for. */
  includeNegated?: boolean;
  limit?: number | 'all';
  offset?: number;
}

/** A store that keeps the knowledge base beside its documents. */
export interface KnowledgeStoreHost {
  knowledgeStore(): KnowledgeStore;
}

/** A store that counts full-text search hits in its own query language. */
export interface SearchCounter {
  /** Hits of `search(query, filter)` without paging. */
  countSearch(query: string, filter?: DocumentFilter): Promise<number>;
}

/** The knowledge store a repository keeps, or null when it keeps none (the caller resolves in memory). */
export function knowledgeStoreOf(repository: Repository): KnowledgeStore | null {
  const host = repository as Partial<KnowledgeStoreHost>;
  return typeof host.knowledgeStore === 'function' ? host.knowledgeStore() : null;
}

/** The repository as a search counter, or null when it cannot count hits. */
export function searchCounterOf(repository: Repository): SearchCounter | null {
  const counter = repository as Partial<SearchCounter>;
  return typeof counter.countSearch === 'function' ? (counter as SearchCounter) : null;
}
