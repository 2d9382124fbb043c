import type Database from 'better-sqlite3';
import { CommuniqueError } from '../../core/errors.js';
import type { EventSource, KnowledgeChanges, KnowledgeState } from '../../kb/index.js';
import { observedOffices } from '../../kb/offices.js';
import { fold } from '../../kb/text-fold.js';
import { firstDay } from '../dates.js';
import type { KnowledgeStore } from '../knowledge-store.js';
import { KnowledgeReadQueries, signatureBytes, sourcesByEvent, type Param, type Row } from '../queries/knowledge-read-queries.js';

/** What better-sqlite3 binds: the shared reads send no arrays. */
type SqliteParam = string | number | null;

/**
 * The knowledge store in the SQLite file beside the documents (migration 004). Writes are
 * prepared statements in one transaction per call; lists filter, sort and page in SQL with the
 * meaning of src/store/knowledge-queries.ts (shared with Postgres in KnowledgeReadQueries).
 */
export class SqliteKnowledgeStore extends KnowledgeReadQueries implements KnowledgeStore {
  constructor(private readonly db: Database.Database) {
    super({ contains: (haystack) => `instr(${haystack}, ?) > 0`, notNegated: 'e.negated = 0', limitAll: false });
  }

  async hasDocuments(ids: readonly string[]): Promise<Set<string>> {
    const out = new Set<string>();
    const one = this.db.prepare('SELECT 1 FROM kb_documents WHERE document_id = ?').pluck();
    for (const id of ids) if (one.get(id) !== undefined) out.add(id);
    return out;
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

  protected async select(text: string, params: readonly Param[] = []): Promise<Row[]> {
    return this.db.prepare(text).all(...(params as SqliteParam[])) as Row[];
  }

  protected async sourcesOf(ids: readonly string[] | null): Promise<Map<string, EventSource[]>> {
    const ofEvent = this.db.prepare('SELECT * FROM kb_event_sources WHERE event_id = ? ORDER BY seq');
    return sourcesByEvent((ids === null
      ? this.db.prepare('SELECT * FROM kb_event_sources ORDER BY event_id, seq').all()
      : ids.flatMap((id) => ofEvent.all(id))) as Row[]);
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
    /** Deletes each row by id (cascading to its side tables) and inserts it again: a replaced row keeps its seq, a new one takes the next. */
    const replaceEach = <T extends { id: string }>(table: string, items: readonly T[], insert: (x: T, seq: number) => void): void => {
      const seqOf = db.prepare(`SELECT seq FROM ${table} WHERE id = ?`).pluck();
      const remove = db.prepare(`DELETE FROM ${table} WHERE id = ?`);
      let seq = next(table);
      for (const x of items) {
        const keep = seqOf.get(x.id) as number | undefined;
        remove.run(x.id);
        insert(x, keep ?? seq++);
      }
    };

    const insertDocument = db.prepare('INSERT OR REPLACE INTO kb_documents (document_id, story_id, signature, seq) VALUES (?, ?, ?, ?)');
    let seq = next('kb_documents');
    for (const d of changes.documents) insertDocument.run(d.document, d.story, signatureBytes(d.signature), seq++);

    const insertPerson = db.prepare('INSERT INTO kb_persons (id, name, country, first_seen, last_seen, document_count, ambiguous, seq, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const insertName = db.prepare('INSERT OR IGNORE INTO kb_person_names (person_id, name, folded) VALUES (?, ?, ?)');
    const insertEntity = db.prepare('INSERT OR REPLACE INTO kb_person_entities (document_id, entity_id, person_id) VALUES (?, ?, ?)');
    const insertOffice = db.prepare('INSERT INTO kb_offices (person_id, seq, id, title, institution, country, sector, first_seen, last_seen, past, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    replaceEach('kb_persons', changes.persons, (p, at) => {
      insertPerson.run(p.id, p.name, p.country, p.firstSeen, p.lastSeen, p.documents.length, Number(p.ambiguous), at, JSON.stringify(p));
      for (const n of [p.name, ...p.otherNames]) insertName.run(p.id, n, fold(n));
      for (const s of p.sightings) insertEntity.run(s.document, s.entity, p.id);
      observedOffices([p]).forEach((o, i) => insertOffice.run(p.id, i, o.id, o.title, o.institution, o.country, o.sector, o.firstSeen, o.lastSeen, Number(o.past), JSON.stringify(o)));
    });

    const insertOrg = db.prepare('INSERT INTO kb_organisations (id, name, country, document_count, seq, data) VALUES (?, ?, ?, ?, ?, ?)');
    const insertOrgName = db.prepare('INSERT OR IGNORE INTO kb_organisation_names (organisation_id, name, folded) VALUES (?, ?, ?)');
    replaceEach('kb_organisations', changes.organisations, (o, at) => {
      insertOrg.run(o.id, o.name, o.country, o.documents.length, at, JSON.stringify(o));
      for (const n of [o.name, ...o.otherNames]) insertOrgName.run(o.id, n, fold(n));
    });

    const insertEvent = db.prepare('INSERT INTO kb_events (id, category, negated, date_from, date_to, from_day, seq, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    const insertCountry = db.prepare('INSERT OR IGNORE INTO kb_event_countries (event_id, country) VALUES (?, ?)');
    const insertEventPerson = db.prepare('INSERT OR IGNORE INTO kb_event_persons (event_id, person_id) VALUES (?, ?)');
    const insertSource = db.prepare('INSERT INTO kb_event_sources (event_id, seq, document_id, event, date, rule, shared_countries, shared_persons, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    replaceEach('kb_events', changes.events, (e, at) => {
      const { sources, ...data } = e;
      insertEvent.run(e.id, e.category, Number(e.negated), e.dateFrom, e.dateTo, e.dateFrom === null ? null : firstDay(e.dateFrom), at, JSON.stringify(data));
      for (const c of e.countries) insertCountry.run(e.id, c);
      for (const p of e.persons) insertEventPerson.run(e.id, p);
      sources.forEach((s, i) => insertSource.run(e.id, i, s.document, s.event, s.date, s.rule, s.sharedCountries, s.sharedPersons, JSON.stringify(s.evidence)));
    });
  }
}
