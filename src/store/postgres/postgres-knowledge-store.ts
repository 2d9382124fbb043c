import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import { CommuniqueError } from '../../core/errors.js';
import type { CrossDocumentEvent, EventSource, KnowledgeChanges, KnowledgeState, ResolvedOrganisation, ResolvedPerson } from '../../kb/index.js';
import { observedOffices } from '../../kb/offices.js';
import { fold } from '../../kb/text-fold.js';
import { firstDay } from '../dates.js';
import type { KnowledgeStore } from '../knowledge-store.js';
import { KnowledgeReadQueries, signatureBytes, sourcesByEvent, type Param, type Row } from '../queries/knowledge-read-queries.js';

/** The knowledge tables are not in the kysely schema type: every query here is raw SQL with parameters. */
type Db = Kysely<unknown>;
type Sql = RawBuilder<unknown>;

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

/** Shared SQL with `?` placeholders as a kysely query: each `?` becomes the next parameter. */
const withParams = (text: string, params: readonly Param[]): Sql =>
  sql.join(text.split('?').flatMap((piece, i) => (i === 0 ? [sql.raw(piece)] : [sql.val(params[i - 1] ?? null), sql.raw(piece)])), sql.raw(''));

/**
 * The knowledge store in the Postgres schema beside the documents (migration 004), with the
 * meaning of src/store/knowledge-queries.ts (test/store/knowledge-store-contract.ts holds it to
 * the in-memory reference). Writes are one transaction per call; rows of a call go in bulk.
 * Writers should be one at a time (the knowledge base is resolved from the saved state, so two
 * resolutions at once would each miss the other's batch): see PostgresRepository.withKnowledgeLock.
 */
export class PostgresKnowledgeStore extends KnowledgeReadQueries implements KnowledgeStore {
  constructor(private readonly db: Db) {
    super({ contains: (haystack) => `strpos(${haystack}, ?) > 0`, notNegated: 'NOT e.negated', limitAll: true });
  }

  async hasDocuments(ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await this.rows(sql`SELECT document_id FROM kb_documents WHERE document_id = ANY(${[...ids]}::text[])`);
    return new Set(rows.map((r) => r.document_id as string));
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

  private async rows(query: Sql, db: Db | Transaction<unknown> = this.db): Promise<Row[]> {
    return (await query.execute(db)).rows as Row[];
  }

  protected async select(text: string, params: readonly Param[] = []): Promise<Row[]> {
    return this.rows(withParams(text, params));
  }

  protected async sourcesOf(ids: readonly string[] | null): Promise<Map<string, EventSource[]>> {
    if (ids !== null && !ids.length) return new Map();
    return sourcesByEvent(await this.rows(ids === null
      ? sql`SELECT * FROM kb_event_sources ORDER BY event_id, seq`
      : sql`SELECT * FROM kb_event_sources WHERE event_id = ANY(${[...ids]}::text[]) ORDER BY event_id, seq`));
  }

  private async write(run: (trx: Transaction<unknown>) => Promise<void>): Promise<void> {
    try {
      await this.db.transaction().execute(run);
    } catch (e) {
      throw new CommuniqueError('STORE_WRITE_FAILED', `knowledge base: ${(e as Error).message}`, {}, { cause: e });
    }
  }

  /**
   * Deletes the rows of these ids (deleting cascades to their side tables) and returns the seq to
   * insert each again with: a replaced row keeps its place in `load` order, a new one takes the next free seq.
   */
  private async clearForReplace(trx: Transaction<unknown>, table: string, ids: readonly string[]): Promise<(id: string) => number> {
    const [max] = await this.rows(sql`SELECT coalesce(max(seq), 0) AS n FROM ${sql.raw(table)}`, trx);
    const rows = await this.rows(sql`SELECT id, seq FROM ${sql.raw(table)} WHERE id = ANY(${[...ids]}::text[])`, trx);
    const keep = new Map(rows.map((r) => [r.id as string, r.seq as number]));
    let seq = Number(max?.n ?? 0) + 1;
    await sql`DELETE FROM ${sql.raw(table)} WHERE id = ANY(${[...ids]}::text[])`.execute(trx);
    return (id) => keep.get(id) ?? seq++;
  }

  /** Replaces the rows of every entity in `changes` (deleting an id first cascades to its side tables). */
  private async writeChanges(trx: Transaction<unknown>, changes: KnowledgeChanges): Promise<void> {
    const [max] = await this.rows(sql`SELECT coalesce(max(seq), 0) AS n FROM kb_documents`, trx);
    let seq = Number(max?.n ?? 0) + 1;
    // SQLite's INSERT OR REPLACE: a document read again takes the next seq.
    await insertRows(trx, 'kb_documents', [['document_id', 'text'], ['story_id', 'text'], ['signature', 'bytea'], ['seq', 'int']],
      changes.documents.map((d) => [d.document, d.story, signatureBytes(d.signature), seq++]),
      'ON CONFLICT (document_id) DO UPDATE SET story_id = excluded.story_id, signature = excluded.signature, seq = excluded.seq');

    await this.writePersons(trx, changes.persons);
    await this.writeOrganisations(trx, changes.organisations);
    await this.writeEvents(trx, changes.events);
  }

  private async writePersons(trx: Transaction<unknown>, persons: readonly ResolvedPerson[]): Promise<void> {
    if (!persons.length) return;
    const seqOf = await this.clearForReplace(trx, 'kb_persons', persons.map((p) => p.id));
    await insertRows(trx, 'kb_persons',
      [['id', 'text'], ['name', 'text'], ['country', 'text'], ['first_seen', 'text'], ['last_seen', 'text'], ['document_count', 'int'], ['ambiguous', 'bool'], ['seq', 'int'], ['data', 'text']],
      persons.map((p) => [p.id, p.name, p.country, p.firstSeen, p.lastSeen, p.documents.length, p.ambiguous, seqOf(p.id), JSON.stringify(p)]));
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
    const seqOf = await this.clearForReplace(trx, 'kb_organisations', organisations.map((o) => o.id));
    await insertRows(trx, 'kb_organisations', [['id', 'text'], ['name', 'text'], ['country', 'text'], ['document_count', 'int'], ['seq', 'int'], ['data', 'text']],
      organisations.map((o) => [o.id, o.name, o.country, o.documents.length, seqOf(o.id), JSON.stringify(o)]));
    await insertRows(trx, 'kb_organisation_names', [['organisation_id', 'text'], ['name', 'text'], ['folded', 'text']],
      organisations.flatMap((o) => [o.name, ...o.otherNames].map((n) => [o.id, n, fold(n)])), 'ON CONFLICT DO NOTHING');
  }

  private async writeEvents(trx: Transaction<unknown>, events: readonly CrossDocumentEvent[]): Promise<void> {
    if (!events.length) return;
    const seqOf = await this.clearForReplace(trx, 'kb_events', events.map((e) => e.id));
    await insertRows(trx, 'kb_events',
      [['id', 'text'], ['category', 'text'], ['negated', 'bool'], ['date_from', 'text'], ['date_to', 'text'], ['from_day', 'text'], ['seq', 'int'], ['data', 'text']],
      events.map((e) => {
        const { sources: _sources, ...data } = e;
        return [e.id, e.category, e.negated, e.dateFrom, e.dateTo, e.dateFrom === null ? null : firstDay(e.dateFrom), seqOf(e.id), JSON.stringify(data)];
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
