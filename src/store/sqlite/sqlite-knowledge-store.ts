import type Database from 'better-sqlite3';
import { CommuniqueError } from '../../core/errors.js';
import type { CrossDocumentEvent, EventSource, KnowledgeChanges, KnowledgeState, ResolvedOrganisation, ResolvedPerson } from '../../kb/index.js';
import { observedOffices, type ObservedOffice } from '../../kb/offices.js';
import { fold } from '../../kb/text-fold.js';
import { firstDay, lastDay } from '../dates.js';
import { eventPage } from '../knowledge-queries.js';
import type { Counted, KnowledgeStore, MergedEventQuery, OrganisationQuery, PersonQuery } from '../knowledge-store.js';
import { pageOf } from '../page.js';

/** A MinHash signature as a BLOB: 128 little-endian uint32. */
const toBlob = (sig: Uint32Array): Buffer => {
  const b = Buffer.alloc(sig.length * 4);
  sig.forEach((v, i) => b.writeUInt32LE(v, i * 4));
  return b;
};
const fromBlob = (b: Buffer): Uint32Array => {
  const sig = new Uint32Array(b.length / 4);
  for (let i = 0; i < sig.length; i++) sig[i] = b.readUInt32LE(i * 4);
  return sig;
};

type Row = Record<string, unknown>;
type Param = string | number | null;

/** An event's row without its sources (they are rows of kb_event_sources). */
type EventData = Omit<CrossDocumentEvent, 'sources'>;

/**
 * The knowledge store in the SQLite file beside the documents (migration 004). Writes are
 * prepared statements in one transaction per call; lists filter, sort and page in SQL with the
 * meaning of src/store/knowledge-queries.ts.
 */
export class SqliteKnowledgeStore implements KnowledgeStore {
  constructor(private readonly db: Database.Database) {}

  async countDocuments(): Promise<number> {
    return (this.db.prepare('SELECT count(*) AS n FROM kb_documents').get() as { n: number }).n;
  }

  async hasDocuments(ids: readonly string[]): Promise<Set<string>> {
    const out = new Set<string>();
    const one = this.db.prepare('SELECT 1 FROM kb_documents WHERE document_id = ?').pluck();
    for (const id of ids) if (one.get(id) !== undefined) out.add(id);
    return out;
  }

  async load(): Promise<KnowledgeState> {
    const persons = this.db.prepare('SELECT data FROM kb_persons ORDER BY seq').pluck().all() as string[];
    const organisations = this.db.prepare('SELECT data FROM kb_organisations ORDER BY seq').pluck().all() as string[];
    const events = this.db.prepare('SELECT id, data FROM kb_events ORDER BY seq').all() as Array<{ id: string; data: string }>;
    const documents = this.db.prepare('SELECT document_id, story_id, signature FROM kb_documents ORDER BY seq').all() as Array<{ document_id: string; story_id: string; signature: Buffer }>;
    const sources = this.sourcesOf(null);
    return {
      persons: persons.map((d) => JSON.parse(d) as ResolvedPerson),
      organisations: organisations.map((d) => JSON.parse(d) as ResolvedOrganisation),
      events: events.map((r) => this.hydrateEvent(r.data, sources.get(r.id) ?? [])),
      documents: documents.map((r) => ({ document: r.document_id, story: r.story_id, signature: fromBlob(r.signature) })),
    };
  }

  async save(changes: KnowledgeChanges): Promise<void> {
    this.write(() => this.writeChanges(changes));
  }

  async replace(state: KnowledgeState): Promise<void> {
    this.write(() => {
      for (const t of ['kb_event_sources', 'kb_event_persons', 'kb_event_countries', 'kb_events', 'kb_organisation_names', 'kb_organisations',
        'kb_offices', 'kb_person_entities', 'kb_person_names', 'kb_persons', 'kb_documents']) this.db.exec(`DELETE FROM ${t}`);
      this.writeChanges({ persons: [...state.persons], organisations: [...state.organisations], events: [...state.events], documents: [...state.documents] });
    });
  }

  async listPersons(query: PersonQuery = {}): Promise<Counted<ResolvedPerson>> {
    const where: string[] = [];
    const params: Param[] = [];
    if (query.q !== undefined) {
      where.push('EXISTS (SELECT 1 FROM kb_person_names n WHERE n.person_id = p.id AND instr(n.folded, ?) > 0)');
      params.push(fold(query.q));
    }
    if (query.country !== undefined) { where.push('p.country = ?'); params.push(query.country); }
    return this.page('kb_persons p', where, params, 'p.document_count DESC, p.name, p.id', pageOf(query), (r) => JSON.parse(r.data as string) as ResolvedPerson);
  }

  async getPerson(id: string): Promise<ResolvedPerson | null> {
    const data = this.db.prepare('SELECT data FROM kb_persons WHERE id = ?').pluck().get(id) as string | undefined;
    return data === undefined ? null : JSON.parse(data) as ResolvedPerson;
  }

  async listOffices(person?: string): Promise<ObservedOffice[]> {
    const rows = person === undefined
      ? this.db.prepare('SELECT data FROM kb_offices ORDER BY person_id, seq').pluck().all()
      : this.db.prepare('SELECT data FROM kb_offices WHERE person_id = ? ORDER BY seq').pluck().all(person);
    return (rows as string[]).map((d) => JSON.parse(d) as ObservedOffice);
  }

  async listOrganisations(query: OrganisationQuery = {}): Promise<Counted<ResolvedOrganisation>> {
    const where: string[] = [];
    const params: Param[] = [];
    if (query.q !== undefined) {
      where.push('EXISTS (SELECT 1 FROM kb_organisation_names n WHERE n.organisation_id = o.id AND instr(n.folded, ?) > 0)');
      params.push(fold(query.q));
    }
    if (query.country !== undefined) { where.push('o.country = ?'); params.push(query.country); }
    return this.page('kb_organisations o', where, params, 'o.document_count DESC, o.name, o.id', pageOf(query), (r) => JSON.parse(r.data as string) as ResolvedOrganisation);
  }

  async getOrganisation(id: string): Promise<ResolvedOrganisation | null> {
    const data = this.db.prepare('SELECT data FROM kb_organisations WHERE id = ?').pluck().get(id) as string | undefined;
    return data === undefined ? null : JSON.parse(data) as ResolvedOrganisation;
  }

  async listEvents(query: MergedEventQuery = {}): Promise<Counted<CrossDocumentEvent>> {
    const where: string[] = [];
    const params: Param[] = [];
    if (!query.includeNegated) where.push('e.negated = 0');
    if (query.dateFrom !== undefined) { where.push('e.from_day >= ?'); params.push(firstDay(query.dateFrom)); }
    if (query.dateTo !== undefined) { where.push('e.from_day <= ?'); params.push(lastDay(query.dateTo)); }
    const hasCountry = 'EXISTS (SELECT 1 FROM kb_event_countries c WHERE c.event_id = e.id AND c.country = ?)';
    if (query.country !== undefined) { where.push(hasCountry); params.push(query.country); }
    if (query.pair !== undefined) { where.push(hasCountry, hasCountry); params.push(query.pair[0], query.pair[1]); }
    if (query.category !== undefined) { where.push('e.category = ?'); params.push(query.category); }
    if (query.person !== undefined) { where.push('EXISTS (SELECT 1 FROM kb_event_persons x WHERE x.event_id = e.id AND x.person_id = ?)'); params.push(query.person); }
    if (query.document !== undefined) { where.push('EXISTS (SELECT 1 FROM kb_event_sources s WHERE s.event_id = e.id AND s.document_id = ?)'); params.push(query.document); }
    const page = await this.page('kb_events e', where, params, "coalesce(e.date_to, '') DESC, e.id", eventPage(query), (r) => r);
    const sources = this.sourcesOf(page.items.map((r) => r.id as string));
    return { total: page.total, items: page.items.map((r) => this.hydrateEvent(r.data as string, sources.get(r.id as string) ?? [])) };
  }

  async storyOf(document: string): Promise<{ story: string; documents: string[] } | null> {
    const story = this.db.prepare('SELECT story_id FROM kb_documents WHERE document_id = ?').pluck().get(document) as string | undefined;
    if (story === undefined) return null;
    const documents = this.db.prepare('SELECT document_id FROM kb_documents WHERE story_id = ? ORDER BY document_id').pluck().all(story) as string[];
    return { story, documents };
  }

  private async page<T>(from: string, where: string[], params: Param[], order: string, page: { limit: number; offset: number }, read: (r: Row) => T): Promise<Counted<T>> {
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = (this.db.prepare(`SELECT count(*) AS n FROM ${from} ${cond}`).get(...params) as { n: number }).n;
    const rows = this.db.prepare(`SELECT * FROM ${from} ${cond} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...params, page.limit, page.offset) as Row[];
    return { total, items: rows.map(read) };
  }

  /** Sources by event id, in report order: of these events, or of all when `ids` is null. */
  private sourcesOf(ids: readonly string[] | null): Map<string, EventSource[]> {
    const out = new Map<string, EventSource[]>();
    const ofEvent = this.db.prepare('SELECT * FROM kb_event_sources WHERE event_id = ? ORDER BY seq');
    const rows = (ids === null
      ? this.db.prepare('SELECT * FROM kb_event_sources ORDER BY event_id, seq').all()
      : ids.flatMap((id) => ofEvent.all(id))) as Row[];
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

  private write(run: () => void): void {
    try {
      this.db.transaction(run)();
    } catch (e) {
      throw new CommuniqueError('STORE_WRITE_FAILED', `knowledge base: ${(e as Error).message}`, {}, { cause: e });
    }
  }

  /** Replaces the rows of every entity in `changes` (deleting an id first cascades to its side tables). */
  private writeChanges(changes: KnowledgeChanges): void {
    const db = this.db;
    const next = (table: string): number => (db.prepare(`SELECT coalesce(max(seq), 0) AS n FROM ${table}`).get() as { n: number }).n + 1;
    const seqStatements = new Map<string, Database.Statement>();
    const seqOf = (table: string, id: string): number | undefined => {
      let statement = seqStatements.get(table);
      if (!statement) seqStatements.set(table, (statement = db.prepare(`SELECT seq FROM ${table} WHERE id = ?`).pluck()));
      return statement.get(id) as number | undefined;
    };

    const insertDocument = db.prepare('INSERT OR REPLACE INTO kb_documents (document_id, story_id, signature, seq) VALUES (?, ?, ?, ?)');
    let seq = next('kb_documents');
    for (const d of changes.documents) insertDocument.run(d.document, d.story, toBlob(d.signature), seq++);

    const deletePerson = db.prepare('DELETE FROM kb_persons WHERE id = ?');
    const insertPerson = db.prepare('INSERT INTO kb_persons (id, name, country, first_seen, last_seen, document_count, ambiguous, seq, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const insertName = db.prepare('INSERT OR IGNORE INTO kb_person_names (person_id, name, folded) VALUES (?, ?, ?)');
    const insertEntity = db.prepare('INSERT OR REPLACE INTO kb_person_entities (document_id, entity_id, person_id) VALUES (?, ?, ?)');
    const insertOffice = db.prepare('INSERT INTO kb_offices (person_id, seq, id, title, institution, country, sector, first_seen, last_seen, past, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    seq = next('kb_persons');
    for (const p of changes.persons) {
      const keep = seqOf('kb_persons', p.id);
      deletePerson.run(p.id);
      insertPerson.run(p.id, p.name, p.country, p.firstSeen, p.lastSeen, p.documents.length, Number(p.ambiguous), keep ?? seq++, JSON.stringify(p));
      for (const n of [p.name, ...p.otherNames]) insertName.run(p.id, n, fold(n));
      for (const s of p.sightings) insertEntity.run(s.document, s.entity, p.id);
      observedOffices([p]).forEach((o, i) => insertOffice.run(p.id, i, o.id, o.title, o.institution, o.country, o.sector, o.firstSeen, o.lastSeen, Number(o.past), JSON.stringify(o)));
    }

    const deleteOrg = db.prepare('DELETE FROM kb_organisations WHERE id = ?');
    const insertOrg = db.prepare('INSERT INTO kb_organisations (id, name, country, document_count, seq, data) VALUES (?, ?, ?, ?, ?, ?)');
    const insertOrgName = db.prepare('INSERT OR IGNORE INTO kb_organisation_names (organisation_id, name, folded) VALUES (?, ?, ?)');
    seq = next('kb_organisations');
    for (const o of changes.organisations) {
      const keep = seqOf('kb_organisations', o.id);
      deleteOrg.run(o.id);
      insertOrg.run(o.id, o.name, o.country, o.documents.length, keep ?? seq++, JSON.stringify(o));
      for (const n of [o.name, ...o.otherNames]) insertOrgName.run(o.id, n, fold(n));
    }

    const deleteEvent = db.prepare('DELETE FROM kb_events WHERE id = ?');
    const insertEvent = db.prepare('INSERT INTO kb_events (id, category, negated, date_from, date_to, from_day, seq, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    const insertCountry = db.prepare('INSERT OR IGNORE INTO kb_event_countries (event_id, country) VALUES (?, ?)');
    const insertEventPerson = db.prepare('INSERT OR IGNORE INTO kb_event_persons (event_id, person_id) VALUES (?, ?)');
    const insertSource = db.prepare('INSERT INTO kb_event_sources (event_id, seq, document_id, event, date, rule, shared_countries, shared_persons, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    seq = next('kb_events');
    for (const e of changes.events) {
      const keep = seqOf('kb_events', e.id);
      deleteEvent.run(e.id);
      const { sources, ...data } = e;
      insertEvent.run(e.id, e.category, Number(e.negated), e.dateFrom, e.dateTo, e.dateFrom === null ? null : firstDay(e.dateFrom), keep ?? seq++, JSON.stringify(data));
      for (const c of e.countries) insertCountry.run(e.id, c);
      for (const p of e.persons) insertEventPerson.run(e.id, p);
      sources.forEach((s, i) => insertSource.run(e.id, i, s.document, s.event, s.date, s.rule, s.sharedCountries, s.sharedPersons, JSON.stringify(s.evidence)));
    }
  }
}
