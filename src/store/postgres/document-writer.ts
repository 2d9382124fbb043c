import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { EventParticipant } from '../../core/annotations.js';
import { CommuniqueError } from '../../core/errors.js';
import type { DocumentRecord } from '../../core/record.js';
import { sortDate } from '../dates.js';
import type { BatchPutResult, PutItem, PutResult } from '../repository.js';
import { nameKey, recordJson } from '../sqlite/document-writer.js';
import type { PostgresStoreDatabase } from './schema.js';

type Db = PostgresStoreDatabase;
type Trx = Transaction<Db>;

/** Rows per INSERT: 1000 rows of at most 18 columns stay well under Postgres' 65535 parameters. */
const ROWS_PER_INSERT = 1000;

/**
 * Writes documents with all their annotations, one transaction per document (or one per batch
 * with a savepoint per document). Unlike SQLite, several processes write at once (scale-out
 * workers), so "is this hash stored?" is settled by the unique index, not by a prior SELECT:
 * the insert says ON CONFLICT DO NOTHING and a second writer of the same text waits for the
 * first to commit and then finds its row. Each kind of annotation is one multi-row INSERT.
 */
export class PostgresDocumentWriter {
  constructor(private readonly k: Kysely<Db>) {}

  async write(record: DocumentRecord, hash: string): Promise<PutResult> {
    try {
      return await this.k.transaction().execute((trx) => writeDocument(trx, record, hash));
    } catch (e) {
      throw writeFailure(`document ${record.id}`, e);
    }
  }

  async writeMany(items: readonly PutItem[]): Promise<BatchPutResult[]> {
    if (items.length === 0) return [];
    try {
      return await this.k.transaction().execute(async (trx) => {
        const results: BatchPutResult[] = [];
        for (const item of items) {
          // A savepoint per document: one that fails is rolled back alone and the batch goes on.
          await sql`SAVEPOINT communique_document`.execute(trx);
          try {
            results.push(await writeDocument(trx, item.record, item.hash));
            await sql`RELEASE SAVEPOINT communique_document`.execute(trx);
          } catch (e) {
            await sql`ROLLBACK TO SAVEPOINT communique_document`.execute(trx);
            results.push({ outcome: 'failed', id: item.record.id, problem: writeFailure(`document ${item.record.id}`, e).toProblem() });
          }
        }
        return results;
      });
    } catch (e) {
      throw writeFailure(`batch of ${items.length} documents`, e);
    }
  }
}

function writeFailure(what: string, e: unknown): CommuniqueError {
  if (e instanceof CommuniqueError) return e;
  return new CommuniqueError('STORE_WRITE_FAILED', `${what}: ${(e as Error).message}`, {}, { cause: e });
}

async function storedUnder(trx: Trx, hash: string): Promise<string | undefined> {
  const row = await trx.selectFrom('documents').select('id').where('hash', '=', hash).executeTakeFirst();
  return row?.id;
}

async function writeDocument(trx: Trx, record: DocumentRecord, hash: string): Promise<PutResult> {
  const existing = await storedUnder(trx, hash);
  if (existing !== undefined) return { outcome: 'duplicate', id: existing };
  // A few rounds: a concurrent writer may take the free id found, with another text.
  for (let round = 0; round < 3; round++) {
    const id = await freeId(trx, record.id, hash);
    const stored = id === record.id ? record : { ...record, id };
    const inserted = await trx
      .insertInto('documents')
      .values({
        id, hash, date: record.date, source: record.source, title: record.title, url: record.url, text: record.text,
        record: recordJson(stored), ingested_at: new Date().toISOString(),
      })
      .onConflict((oc) => oc.doNothing())
      .returning('pk')
      .executeTakeFirst();
    if (inserted === undefined) {
      const holder = await storedUnder(trx, hash);
      if (holder !== undefined) return { outcome: 'duplicate', id: holder };
      continue;
    }
    await writeAnnotations(trx, inserted.pk, record);
    return { outcome: 'stored', id };
  }
  throw new CommuniqueError('STORE_WRITE_FAILED', `document ${record.id}: its id kept being taken by concurrent writers`);
}

/** The record's id, or `<id>~<hash prefix>` when another text holds it (as in the SQLite store). */
async function freeId(trx: Trx, id: string, hash: string): Promise<string> {
  const candidates = [id, ...[8, 16, hash.length].map((length) => `${id}~${hash.slice(0, length)}`)];
  const taken = new Set(
    (await trx.selectFrom('documents').select('id').where('id', 'in', candidates).execute()).map((r) => r.id),
  );
  const free = candidates.find((c) => !taken.has(c));
  if (free === undefined) throw new CommuniqueError('STORE_WRITE_FAILED', `document ${id}: no free id derived from hash ${hash}`);
  return free;
}

async function insertRows<T extends keyof Db & string>(trx: Trx, table: T, rows: ReadonlyArray<Insertable<Db[T]>>): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    await trx.insertInto(table).values(rows.slice(i, i + ROWS_PER_INSERT) as Array<Insertable<Db[T]>>).execute();
  }
}

async function writeAnnotations(trx: Trx, documentPk: number, record: DocumentRecord): Promise<void> {
  const entityPks = await writeEntities(trx, documentPk, record);
  await insertRows(trx, 'names', record.names.map((n) => ({
    document_pk: documentPk, start: n.start, end: n.end, type: n.type, text: n.text, by_component: n.by.component, by_rule: n.by.rule,
  })));
  await writeEvents(trx, documentPk, record, entityPks);
  await insertRows(trx, 'quotes', record.quotes.map((q, position) => {
    const s = q.speaker;
    const speakerEntity = s?.entity;
    return {
      document_pk: documentPk, position, text: q.text, start: q.start, end: q.end, direct: q.direct ? 1 : 0,
      cue_text: q.cue?.text ?? null, cue_start: q.cue?.start ?? null, cue_end: q.cue?.end ?? null,
      speaker_name: s?.name ?? null, speaker_key: s ? nameKey(s.name) : null, speaker_start: s?.start ?? null,
      speaker_end: s?.end ?? null, speaker_entity_id: speakerEntity ?? null,
      speaker_entity_pk: speakerEntity === undefined ? null : (entityPks.get(speakerEntity) ?? null),
      by_component: q.by.component, by_rule: q.by.rule,
    };
  }));
  // A topic listed twice keeps its last score, as SQLite's INSERT OR REPLACE does.
  const topics = new Map(record.topics.map((t) => [t, record.topic_scores[t] ?? null] as const));
  await insertRows(trx, 'topics', [...topics].map(([topic, score]) => ({ document_pk: documentPk, topic, score })));
}

async function writeEntities(trx: Trx, documentPk: number, record: DocumentRecord): Promise<Map<string, number>> {
  const pks = new Map<string, number>();
  if (record.entities.length === 0) return pks;
  for (let i = 0; i < record.entities.length; i += ROWS_PER_INSERT) {
    const rows = await trx
      .insertInto('entities')
      .values(record.entities.slice(i, i + ROWS_PER_INSERT).map((e) => ({
        document_pk: documentPk, entity_id: e.id, type: e.type, name: e.name, name_key: nameKey(e.name), country: e.country,
        sector: e.sector, titles: JSON.stringify(e.titles), roles: JSON.stringify(e.roles), honorifics: JSON.stringify(e.honorifics),
        mention_count: e.mentions.length, by_component: e.by.component, by_rule: e.by.rule,
      })))
      .returning(['pk', 'entity_id'])
      .execute();
    for (const r of rows) pks.set(r.entity_id, r.pk);
  }
  await insertRows(trx, 'mentions', record.entities.flatMap((e) => {
    const entityPk = pks.get(e.id) as number;
    return e.mentions.map((m) => ({
      entity_pk: entityPk, document_pk: documentPk, start: m.start, end: m.end, text: m.text, kind: m.kind,
      by_component: m.by.component, by_rule: m.by.rule,
    }));
  }));
  return pks;
}

async function writeEvents(trx: Trx, documentPk: number, record: DocumentRecord, entityPks: Map<string, number>): Promise<void> {
  if (record.events.length === 0) return;
  const eventPks = new Map<number, number>();
  for (let i = 0; i < record.events.length; i += ROWS_PER_INSERT) {
    const rows = await trx
      .insertInto('events')
      .values(record.events.slice(i, i + ROWS_PER_INSERT).map((ev, j) => ({
        document_pk: documentPk, position: i + j, event_id: ev.id, categories: JSON.stringify(ev.event), mode: JSON.stringify(ev.mode),
        context: JSON.stringify(ev.context), date: ev.date, date_precision: ev.date_precision, effective_date: ev.date ?? record.date,
        sort_date: sortDate(ev.date, record.date), event_text: JSON.stringify(ev.event_text), text_start: ev.text_info.start,
        text_end: ev.text_info.end, sentence: record.text.slice(ev.text_info.start, ev.text_info.end),
        evidence: JSON.stringify(ev.evidence), negated: ev.negated === true ? 1 : 0, by_component: ev.by.component, by_rule: ev.by.rule,
      })))
      .returning(['pk', 'position'])
      .execute();
    for (const r of rows) eventPks.set(r.position, r.pk);
  }
  const categories = record.events.flatMap((ev, position) =>
    [...new Set(ev.event)].map((category) => ({ event_pk: eventPks.get(position) as number, category })),
  );
  await insertRows(trx, 'event_categories', categories);
  const participants = record.events.flatMap((ev, position) => {
    const eventPk = eventPks.get(position) as number;
    const rows = (role: 'actor' | 'recipient') => (p: EventParticipant, i: number) => ({
      event_pk: eventPk, role, position: i, entity_pk: p.entity === undefined ? null : (entityPks.get(p.entity) ?? null),
      entity_id: p.entity ?? null, code: p.code, sector: p.sector, text: p.entity_text,
    });
    return [...ev.actor.map(rows('actor')), ...ev.recipient.map(rows('recipient'))];
  });
  await insertRows(trx, 'event_participants', participants);
}
