import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import { CommuniqueError } from '../../core/errors.js';
import type { CrossDocumentEvent, EventSource, KnowledgeChanges, KnowledgeState, ResolvedOrganisation, ResolvedPerson } from '../../kb/index.js';
import { observedOffices, type ObservedOffice } from '../../kb/offices.js';
import { fold } from '../../kb/text-fold.js';
import { firstDay, lastDay } from '../dates.js';
import { eventPage } from '../knowledge-queries.js';
import type { Counted, KnowledgeStore, MergedEventQuery, OrganisationQuery, PersonQuery } from '../knowledge-store.js';
import { pageOf } from '../page.js';

/** A MinHash signature as BYTEA: 128 little-endian uint32, as SQLite's BLOB. */
const toBytes = (sig: Uint32Array): Buffer => {
  const b = Buffer.alloc(sig.length * 4);
  sig.forEach((v, i) => b.writeUInt32LE(v, i * 4));
  return b;
};
const fromBytes = (b: Buffer): Uint32Array => {
  const sig = new Uint32Array(b.length / 4);
  for (let i = 0; i < sig.length; i++) sig[i] = b.readUInt32LE(i * 4);
  return sig;
};

type Row = Record<string, unknown>;
/** The knowledge tables are not in the kysely schema type: every query here is raw SQL with parameters. */
type Db = Kysely<unknown>;
type Sql = RawBuilder<unknown>;

/** An event's row without its sources (they are rows of kb_event_sources). */
type EventData = Omit<CrossDocumentEvent, 'sources'>;

/** Rows per multi-row insert: arrays of this length travel as one parameter per column. */
const CHUNK = 2000;

/** A column of a bulk insert: its name and the Postgres type its array is cast to. */
type Column = readonly [name: string, type: 'text' | 'int' | 'bool' | 'bytea'];

/**
 * Inserts rows with one `INSERT … SELECT FROM unnest($1::text[], $2::int[], …)` per chunk: one
 * round trip for thousands of rows, where SQLite runs a prepared statement per row in-process.
 * Table, column and type names are constants of this file, never input.
 */
async function insertRows(trx: Transaction<unknown>, table: string, columns: readonly Column[], rows: readonly unknown[][], conflict = ''): Promise<void> {
  for (let at = 0; at < rows.length; at += CHUNK) {
    const chunk = rows.slice(at, at + CHUNK);
    const arrays = columns.map(([, type], i) => sql`${chunk.map((r) => r[i] ?? null)}::${sql.raw(type)}[]`);
    await sql`INSERT INTO ${sql.raw(table)} (${sql.raw(columns.map(([name]) => name).join(', '))})
      SELECT * FROM unnest(${sql.join(arrays)}) ${sql.raw(conflict)}`.execute(trx);
  }
}

const andAll = (where: Sql[]): Sql => (where.length ? sql`WHERE ${sql.join(where, sql` AND `)}` : sql``);

/**
 * The knowledge store in the Postgres schema beside the documents (migration 004), with the
 * meaning of src/store/knowledge-queries.ts (test/store/knowledge-store-contract.ts holds it to
 * the in-memory reference). Writes are one transaction per call; rows of a call go in bulk.
 * Writers should be one at a time (the knowledge base is resolved from the saved state, so two
 * resolutions at once would each miss the other's batch): see PostgresRepository.withKnowledgeLock.
 */
export class PostgresKnowledgeStore implements KnowledgeStore {
  constructor(private readonly db: Db) {}

  async countDocuments(): Promise<number> {
    return this.count(sql`SELECT count(*) AS n FROM kb_documents`);
  }

  async hasDocuments(ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await this.rows(sql`SELECT document_id FROM kb_documents WHERE document_id = ANY(${[...ids]}::text[])`);
    return new Set(rows.map((r) => r.document_id as string));
  }

  async load(): Promise<KnowledgeState> {
    const [persons, organisations, events, documents] = await Promise.all([
      this.rows(sql`SELECT data FROM kb_persons ORDER BY seq`),
      this.rows(sql`SELECT data FROM kb_organisations ORDER BY seq`),
      this.rows(sql`SELECT id, data FROM kb_events ORDER BY seq`),
      this.rows(sql`SELECT document_id, story_id, signature FROM kb_documents ORDER BY seq`),
    ]);
    const sources = await this.sourcesOf(null);
    return {
      persons: persons.map((r) => JSON.parse(r.data as string) as ResolvedPerson),
      organisations: organisations.map((r) => JSON.parse(r.data as string) as ResolvedOrganisation),
      events: events.map((r) => this.hydrateEvent(r.data as string, sources.get(r.id as string) ?? [])),
      documents: documents.map((r) => ({ document: r.document_id as string, story: r.story_id as string, signature: fromBytes(r.signature as Buffer) })),
    };
  }

  async save(changes: KnowledgeChanges): Promise<void> {
    await this.write((trx) => this.writeChanges(trx, changes));
  }

  async replace(state: KnowledgeState): Promise<void> {
    await this.write(async (trx) => {
      // DELETE, not TRUNCATE: TRUNCATE locks the tables against readers until the commit, while
      // after DELETE the server goes on reading the old rows (MVCC) until the new ones commit.
      for (const table of ['kb_event_sources', 'kb_event_persons', 'kb_event_countries', 'kb_events', 'kb_organisation_names', 'kb_organisations',
        'kb_offices', 'kb_person_entities', 'kb_person_names', 'kb_persons', 'kb_documents']) await sql`DELETE FROM ${sql.raw(table)}`.execute(trx);
      await this.writeChanges(trx, { persons: [...state.persons], organisations: [...state.organisations], events: [...state.events], documents: [...state.documents] });
    });
  }

  async listPersons(query: PersonQuery = {}): Promise<Counted<ResolvedPerson>> {
    const where: Sql[] = [];
    if (query.q !== undefined) where.push(sql`EXISTS (SELECT 1 FROM kb_person_names n WHERE n.person_id = p.id AND strpos(n.folded, ${fold(query.q)}) > 0)`);
    if (query.country !== undefined) where.push(sql`p.country = ${query.country}`);
    return this.page(sql`kb_persons p`, where, sql`p.document_count DESC, p.name, p.id`, pageOf(query), (r) => JSON.parse(r.data as string) as ResolvedPerson);
  }

  async getPerson(id: string): Promise<ResolvedPerson | null> {
    const [row] = await this.rows(sql`SELECT data FROM kb_persons WHERE id = ${id}`);
    return row === undefined ? null : JSON.parse(row.data as string) as ResolvedPerson;
  }

  async listOffices(person?: string): Promise<ObservedOffice[]> {
    const rows = person === undefined
      ? await this.rows(sql`SELECT data FROM kb_offices ORDER BY person_id, seq`)
      : await this.rows(sql`SELECT data FROM kb_offices WHERE person_id = ${person} ORDER BY seq`);
    return rows.map((r) => JSON.parse(r.data as string) as ObservedOffice);
  }

  async listOrganisations(query: OrganisationQuery = {}): Promise<Counted<ResolvedOrganisation>> {
    const where: Sql[] = [];
    if (query.q !== undefined) where.push(sql`EXISTS (SELECT 1 FROM kb_organisation_names n WHERE n.organisation_id = o.id AND strpos(n.folded, ${fold(query.q)}) > 0)`);
    if (query.country !== undefined) where.push(sql`o.country = ${query.country}`);
    return this.page(sql`kb_organisations o`, where, sql`o.document_count DESC, o.name, o.id`, pageOf(query), (r) => JSON.parse(r.data as string) as ResolvedOrganisation);
  }

  async getOrganisation(id: string): Promise<ResolvedOrganisation | null> {
    const [row] = await this.rows(sql`SELECT data FROM kb_organisations WHERE id = ${id}`);
    return row === undefined ? null : JSON.parse(row.data as string) as ResolvedOrganisation;
  }

  async listEvents(query: MergedEventQuery = {}): Promise<Counted<CrossDocumentEvent>> {
    const where: Sql[] = [];
    if (!query.includeNegated) where.push(sql`NOT e.negated`);
    if (query.dateFrom !== undefined) where.push(sql`e.from_day >= ${firstDay(query.dateFrom)}`);
    if (query.dateTo !== undefined) where.push(sql`e.from_day <= ${lastDay(query.dateTo)}`);
    const hasCountry = (c: string): Sql => sql`EXISTS (SELECT 1 FROM kb_event_countries c WHERE c.event_id = e.id AND c.country = ${c})`;
    if (query.country !== undefined) where.push(hasCountry(query.country));
    if (query.pair !== undefined) where.push(hasCountry(query.pair[0]), hasCountry(query.pair[1]));
    if (query.category !== undefined) where.push(sql`e.category = ${query.category}`);
    if (query.person !== undefined) where.push(sql`EXISTS (SELECT 1 FROM kb_event_persons x WHERE x.event_id = e.id AND x.person_id = ${query.person})`);
    if (query.document !== undefined) where.push(sql`EXISTS (SELECT 1 FROM kb_event_sources s WHERE s.event_id = e.id AND s.document_id = ${query.document})`);
    const page = await this.page(sql`kb_events e`, where, sql`coalesce(e.date_to, '') DESC, e.id`, eventPage(query), (r) => r);
    const sources = await this.sourcesOf(page.items.map((r) => r.id as string));
    return { total: page.total, items: page.items.map((r) => this.hydrateEvent(r.data as string, sources.get(r.id as string) ?? [])) };
  }

  async storyOf(document: string): Promise<{ story: string; documents: string[] } | null> {
    const [row] = await this.rows(sql`SELECT story_id FROM kb_documents WHERE document_id = ${document}`);
    if (row === undefined) return null;
    const story = row.story_id as string;
    const documents = await this.rows(sql`SELECT document_id FROM kb_documents WHERE story_id = ${story} ORDER BY document_id`);
    return { story, documents: documents.map((r) => r.document_id as string) };
  }

  private async rows(query: Sql, db: Db | Transaction<unknown> = this.db): Promise<Row[]> {
    return (await query.execute(db)).rows as Row[];
  }

  private async count(query: Sql): Promise<number> {
    const [row] = await this.rows(query);
    return Number(row?.n ?? 0);
  }

  private async page<T>(from: Sql, where: Sql[], order: Sql, page: { limit: number; offset: number }, read: (r: Row) => T): Promise<Counted<T>> {
    const cond = andAll(where);
    // `limit: 'all'` comes as MAX_SAFE_INTEGER (eventPage): sent as LIMIT ALL.
    const limit = page.limit >= Number.MAX_SAFE_INTEGER ? sql`ALL` : sql`${page.limit}`;
    const [total, rows] = await Promise.all([
      this.count(sql`SELECT count(*) AS n FROM ${from} ${cond}`),
      this.rows(sql`SELECT * FROM ${from} ${cond} ORDER BY ${order} LIMIT ${limit} OFFSET ${page.offset}`),
    ]);
    return { total, items: rows.map(read) };
  }

  /** Sources by event id, in report order: of these events, or of all when `ids` is null. */
  private async sourcesOf(ids: readonly string[] | null): Promise<Map<string, EventSource[]>> {
    const out = new Map<string, EventSource[]>();
    if (ids !== null && !ids.length) return out;
    const rows = await this.rows(ids === null
      ? sql`SELECT * FROM kb_event_sources ORDER BY event_id, seq`
      : sql`SELECT * FROM kb_event_sources WHERE event_id = ANY(${[...ids]}::text[]) ORDER BY event_id, seq`);
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

  private hydrateEvent(data: string, sources: EventSource[]): CrossDocumentEvent {
    return { ...(JSON.parse(data) as EventData), sources };
  }

  private async write(run: (trx: Transaction<unknown>) => Promise<void>): Promise<void> {
    try {
      await this.db.transaction().execute(run);
    } catch (e) {
      throw new CommuniqueError('STORE_WRITE_FAILED', `knowledge base: ${(e as Error).message}`, {}, { cause: e });
    }
  }

  /** The seq each existing id keeps, and the next free one: a replaced row keeps its place in `load` order. */
  private async seqs(trx: Transaction<unknown>, table: string, ids: readonly string[]): Promise<{ keep: Map<string, number>; next: number }> {
    const [max] = await this.rows(sql`SELECT coalesce(max(seq), 0) AS n FROM ${sql.raw(table)}`, trx);
    const rows = ids.length ? await this.rows(sql`SELECT id, seq FROM ${sql.raw(table)} WHERE id = ANY(${[...ids]}::text[])`, trx) : [];
    return { keep: new Map(rows.map((r) => [r.id as string, r.seq as number])), next: Number(max?.n ?? 0) + 1 };
  }

  /** Replaces the rows of every entity in `changes` (deleting an id first cascades to its side tables). */
  private async writeChanges(trx: Transaction<unknown>, changes: KnowledgeChanges): Promise<void> {
    const [max] = await this.rows(sql`SELECT coalesce(max(seq), 0) AS n FROM kb_documents`, trx);
    let seq = Number(max?.n ?? 0) + 1;
    // SQLite's INSERT OR REPLACE: a document read again takes the next seq.
    await insertRows(trx, 'kb_documents', [['document_id', 'text'], ['story_id', 'text'], ['signature', 'bytea'], ['seq', 'int']],
      changes.documents.map((d) => [d.document, d.story, toBytes(d.signature), seq++]),
      'ON CONFLICT (document_id) DO UPDATE SET story_id = excluded.story_id, signature = excluded.signature, seq = excluded.seq');

    await this.writePersons(trx, changes.persons);
    await this.writeOrganisations(trx, changes.organisations);
    await this.writeEvents(trx, changes.events);
  }

  private async writePersons(trx: Transaction<unknown>, persons: readonly ResolvedPerson[]): Promise<void> {
    if (!persons.length) return;
    const ids = persons.map((p) => p.id);
    const { keep, next } = await this.seqs(trx, 'kb_persons', ids);
    let seq = next;
    await sql`DELETE FROM kb_persons WHERE id = ANY(${ids}::text[])`.execute(trx);
    await insertRows(trx, 'kb_persons',
      [['id', 'text'], ['name', 'text'], ['country', 'text'], ['first_seen', 'text'], ['last_seen', 'text'], ['document_count', 'int'], ['ambiguous', 'bool'], ['seq', 'int'], ['data', 'text']],
      persons.map((p) => [p.id, p.name, p.country, p.firstSeen, p.lastSeen, p.documents.length, p.ambiguous, keep.get(p.id) ?? seq++, JSON.stringify(p)]));
    await insertRows(trx, 'kb_person_names', [['person_id', 'text'], ['name', 'text'], ['folded', 'text']],
      persons.flatMap((p) => [p.name, ...p.otherNames].map((n) => [p.id, n, fold(n)])), 'ON CONFLICT DO NOTHING');
    // INSERT OR REPLACE: the last person to claim an entity keeps it (one row per key per statement).
    const entities = new Map<string, unknown[]>();
    for (const p of persons) for (const s of p.sightings) entities.set(JSON.stringify([s.document, s.entity]), [s.document, s.entity, p.id]);
    await insertRows(trx, 'kb_person_entities', [['document_id', 'text'], ['entity_id', 'text'], ['person_id', 'text']], [...entities.values()],
      'ON CONFLICT (document_id, entity_id) DO UPDATE SET person_id = excluded.person_id');
    await insertRows(trx, 'kb_offices',
      [['person_id', 'text'], ['seq', 'int'], ['id', 'text'], ['title', 'text'], ['institution', 'text'], ['country', 'text'], ['sector', 'text'], ['first_seen', 'text'], ['last_seen', 'text'], ['past', 'bool'], ['data', 'text']],
      persons.flatMap((p) => observedOffices([p]).map((o, i) => [p.id, i, o.id, o.title, o.institution, o.country, o.sector, o.firstSeen, o.lastSeen, o.past, JSON.stringify(o)])));
  }

  private async writeOrganisations(trx: Transaction<unknown>, organisations: readonly ResolvedOrganisation[]): Promise<void> {
    if (!organisations.length) return;
    const ids = organisations.map((o) => o.id);
    const { keep, next } = await this.seqs(trx, 'kb_organisations', ids);
    let seq = next;
    await sql`DELETE FROM kb_organisations WHERE id = ANY(${ids}::text[])`.execute(trx);
    await insertRows(trx, 'kb_organisations', [['id', 'text'], ['name', 'text'], ['country', 'text'], ['document_count', 'int'], ['seq', 'int'], ['data', 'text']],
      organisations.map((o) => [o.id, o.name, o.country, o.documents.length, keep.get(o.id) ?? seq++, JSON.stringify(o)]));
    await insertRows(trx, 'kb_organisation_names', [['organisation_id', 'text'], ['name', 'text'], ['folded', 'text']],
      organisations.flatMap((o) => [o.name, ...o.otherNames].map((n) => [o.id, n, fold(n)])), 'ON CONFLICT DO NOTHING');
  }

  private async writeEvents(trx: Transaction<unknown>, events: readonly CrossDocumentEvent[]): Promise<void> {
    if (!events.length) return;
    const ids = events.map((e) => e.id);
    const { keep, next } = await this.seqs(trx, 'kb_events', ids);
    let seq = next;
    await sql`DELETE FROM kb_events WHERE id = ANY(${ids}::text[])`.execute(trx);
    await insertRows(trx, 'kb_events',
      [['id', 'text'], ['category', 'text'], ['negated', 'bool'], ['date_from', 'text'], ['date_to', 'text'], ['from_day', 'text'], ['seq', 'int'], ['data', 'text']],
      events.map((e) => {
        const { sources: _sources, ...data } = e;
        return [e.id, e.category, e.negated, e.dateFrom, e.dateTo, e.dateFrom === null ? null : firstDay(e.dateFrom), keep.get(e.id) ?? seq++, JSON.stringify(data)];
      }));
    await insertRows(trx, 'kb_event_countries', [['event_id', 'text'], ['country', 'text']],
      events.flatMap((e) => e.countries.map((c) => [e.id, c])), 'ON CONFLICT DO NOTHING');
    await insertRows(trx, 'kb_event_persons', [['event_id', 'text'], ['person_id', 'text']],
      events.flatMap((e) => e.persons.map((p) => [e.id, p])), 'ON CONFLICT DO NOTHING');
    await insertRows(trx, 'kb_event_sources',
      [['event_id', 'text'], ['seq', 'int'], ['document_id', 'text'], ['event', 'text'], ['date', 'text'], ['rule', 'text'], ['shared_countries', 'int'], ['shared_persons', 'int'], ['evidence', 'text']],
      events.flatMap((e) => e.sources.map((s, i) => [e.id, i, s.document, s.event, s.date, s.rule, s.sharedCountries, s.sharedPersons, JSON.stringify(s.evidence)])));
  }
}
