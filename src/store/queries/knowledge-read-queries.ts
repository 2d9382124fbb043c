import type { CrossDocumentEvent, EventSource, KnowledgeState, ResolvedOrganisation, ResolvedPerson } from '../../kb/index.js';
import type { ObservedOffice } from '../../kb/offices.js';
import { fold } from '../../kb/text-fold.js';
import { firstDay, lastDay } from '../dates.js';
import { eventPage } from '../knowledge-queries.js';
import type { Counted, MergedEventQuery, OrganisationQuery, PersonQuery } from '../knowledge-store.js';
import { pageOf } from '../page.js';

export type Row = Record<string, unknown>;
export type Param = string | number | null | readonly string[];

/** An event's row without its sources (they are rows of kb_event_sources). */
type EventData = Omit<CrossDocumentEvent, 'sources'>;

/** A MinHash signature as stored (SQLite BLOB, Postgres BYTEA): 128 little-endian uint32. */
export const signatureBytes = (sig: Uint32Array): Buffer => {
  const b = Buffer.alloc(sig.length * 4);
  sig.forEach((v, i) => b.writeUInt32LE(v, i * 4));
  return b;
};
export const signatureOf = (b: Buffer): Uint32Array => {
  const sig = new Uint32Array(b.length / 4);
  for (let i = 0; i < sig.length; i++) sig[i] = b.readUInt32LE(i * 4);
  return sig;
};

/** Sources by event id, in the order of `rows` (each store reads them ordered by seq). */
export function sourcesByEvent(rows: readonly Row[]): Map<string, EventSource[]> {
  const out = new Map<string, EventSource[]>();
  for (const r of rows) {
    const source: EventSource = {
      document: r.document_id as string, event: r.event as string, date: r.date as string | null, evidence: JSON.parse(r.evidence as string),
      rule: r.rule as EventSource['rule'], sharedCountries: r.shared_countries as number, sharedPersons: r.shared_persons as number,
    };
    const list = out.get(r.event_id as string);
    if (list) list.push(source); else out.set(r.event_id as string, [source]);
  }
  return out;
}

export const hydrateEvent = (data: string, sources: EventSource[]): CrossDocumentEvent => ({ ...(JSON.parse(data) as EventData), sources });

/** What the knowledge reads need to know about a dialect: the few expressions spelled differently. */
export interface KnowledgeDialect {
  /** A condition true when `haystack` contains the `?` parameter (SQLite instr, Postgres strpos). */
  contains(haystack: string): string;
  /** The condition on `e` for an event that is not negated (SQLite stores booleans as 0/1). */
  readonly notNegated: string;
  /** Whether `limit: 'all'` (MAX_SAFE_INTEGER from eventPage) is sent as LIMIT ALL rather than as the number. */
  readonly limitAll: boolean;
}

/**
 * The knowledge store's reads, written once over the tables that the SQLite and Postgres
 * migrations (004) both create, with the meaning of src/store/knowledge-queries.ts (the contract
 * suite holds each store to the in-memory reference). SQL uses `?` placeholders; a store runs it
 * through `select` and adds its writes.
 */
export abstract class KnowledgeReadQueries {
  protected constructor(private readonly dialect: KnowledgeDialect) {}

  /** Runs one SELECT with `?` placeholders bound in order. */
  protected abstract select(text: string, params?: readonly Param[]): Promise<Row[]>;

  /** Sources by event id, in report order: of these events, or of all when `ids` is null. */
  protected abstract sourcesOf(ids: readonly string[] | null): Promise<Map<string, EventSource[]>>;

  private async count(text: string, params: readonly Param[] = []): Promise<number> {
    const [row] = await this.select(text, params);
    return Number(row?.n ?? 0);
  }

  private async data<T>(text: string, params: readonly Param[] = []): Promise<T[]> {
    return (await this.select(text, params)).map((r) => JSON.parse(r.data as string) as T);
  }

  async countDocuments(): Promise<number> {
    return this.count('SELECT count(*) AS n FROM kb_documents');
  }

  async load(): Promise<KnowledgeState> {
    const [persons, organisations, events, documents] = await Promise.all([
      this.data<ResolvedPerson>('SELECT data FROM kb_persons ORDER BY seq'),
      this.data<ResolvedOrganisation>('SELECT data FROM kb_organisations ORDER BY seq'),
      this.select('SELECT id, data FROM kb_events ORDER BY seq'),
      this.select('SELECT document_id, story_id, signature FROM kb_documents ORDER BY seq'),
    ]);
    const sources = await this.sourcesOf(null);
    return {
      persons,
      organisations,
      events: events.map((r) => hydrateEvent(r.data as string, sources.get(r.id as string) ?? [])),
      documents: documents.map((r) => ({ document: r.document_id as string, story: r.story_id as string, signature: signatureOf(r.signature as Buffer) })),
    };
  }

  /** Persons and organisations alike: `q` in any folded name (a row of `names`), and the country. */
  private listNamed<T>(table: string, names: string, owner: string, query: PersonQuery | OrganisationQuery): Promise<Counted<T>> {
    const where: string[] = [];
    const params: Param[] = [];
    if (query.q !== undefined) {
      where.push(`EXISTS (SELECT 1 FROM ${names} n WHERE n.${owner} = x.id AND ${this.dialect.contains('n.folded')})`);
      params.push(fold(query.q));
    }
    if (query.country !== undefined) { where.push('x.country = ?'); params.push(query.country); }
    return this.page(`${table} x`, where, params, 'x.document_count DESC, x.name, x.id', pageOf(query), (r) => JSON.parse(r.data as string) as T);
  }

  async listPersons(query: PersonQuery = {}): Promise<Counted<ResolvedPerson>> {
    return this.listNamed('kb_persons', 'kb_person_names', 'person_id', query);
  }

  async getPerson(id: string): Promise<ResolvedPerson | null> {
    const [person] = await this.data<ResolvedPerson>('SELECT data FROM kb_persons WHERE id = ?', [id]);
    return person ?? null;
  }

  async listOffices(person?: string): Promise<ObservedOffice[]> {
    return person === undefined
      ? this.data('SELECT data FROM kb_offices ORDER BY person_id, seq')
      : this.data('SELECT data FROM kb_offices WHERE person_id = ? ORDER BY seq', [person]);
  }

  async listOrganisations(query: OrganisationQuery = {}): Promise<Counted<ResolvedOrganisation>> {
    return this.listNamed('kb_organisations', 'kb_organisation_names', 'organisation_id', query);
  }

  async getOrganisation(id: string): Promise<ResolvedOrganisation | null> {
    const [organisation] = await this.data<ResolvedOrganisation>('SELECT data FROM kb_organisations WHERE id = ?', [id]);
    return organisation ?? null;
  }

  async listEvents(query: MergedEventQuery = {}): Promise<Counted<CrossDocumentEvent>> {
    const where: string[] = [];
    const params: Param[] = [];
    if (!query.includeNegated) where.push(this.dialect.notNegated);
    if (query.dateFrom !== undefined) { where.push('e.from_day >= ?'); params.push(firstDay(query.dateFrom)); }
    if (query.dateTo !== undefined) { where.push('e.from_day <= ?'); params.push(lastDay(query.dateTo)); }
    const hasCountry = 'EXISTS (SELECT 1 FROM kb_event_countries c WHERE c.event_id = e.id AND c.country = ?)';
    if (query.country !== undefined) { where.push(hasCountry); params.push(query.country); }
    if (query.pair !== undefined) { where.push(hasCountry, hasCountry); params.push(query.pair[0], query.pair[1]); }
    if (query.category !== undefined) { where.push('e.category = ?'); params.push(query.category); }
    if (query.person !== undefined) { where.push('EXISTS (SELECT 1 FROM kb_event_persons x WHERE x.event_id = e.id AND x.person_id = ?)'); params.push(query.person); }
    if (query.document !== undefined) { where.push('EXISTS (SELECT 1 FROM kb_event_sources s WHERE s.event_id = e.id AND s.document_id = ?)'); params.push(query.document); }
    const page = await this.page('kb_events e', where, params, "coalesce(e.date_to, '') DESC, e.id", eventPage(query), (r) => r);
    const sources = await this.sourcesOf(page.items.map((r) => r.id as string));
    return { total: page.total, items: page.items.map((r) => hydrateEvent(r.data as string, sources.get(r.id as string) ?? [])) };
  }

  async storyOf(document: string): Promise<{ story: string; documents: string[] } | null> {
    const [row] = await this.select('SELECT story_id FROM kb_documents WHERE document_id = ?', [document]);
    if (row === undefined) return null;
    const story = row.story_id as string;
    const documents = await this.select('SELECT document_id FROM kb_documents WHERE story_id = ? ORDER BY document_id', [story]);
    return { story, documents: documents.map((r) => r.document_id as string) };
  }

  private async page<T>(from: string, where: string[], params: Param[], order: string, page: { limit: number; offset: number }, read: (r: Row) => T): Promise<Counted<T>> {
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const all = this.dialect.limitAll && page.limit >= Number.MAX_SAFE_INTEGER;
    const [total, rows] = await Promise.all([
      this.count(`SELECT count(*) AS n FROM ${from} ${cond}`, params),
      all ? this.select(`SELECT * FROM ${from} ${cond} ORDER BY ${order} LIMIT ALL OFFSET ?`, [...params, page.offset])
        : this.select(`SELECT * FROM ${from} ${cond} ORDER BY ${order} LIMIT ? OFFSET ?`, [...params, page.limit, page.offset]),
    ]);
    return { total, items: rows.map(read) };
  }
}
