import { Kysely, SqliteDialect, sql } from 'kysely';
import { CommuniqueError } from '../../core/errors.js';
import { pageOf } from '../page.js';
import { countryCounts, dyadSummary, listDyads, topicCounts, topicTimeline } from './aggregate-queries.js';
import { DocumentWriter, nameKey } from './document-writer.js';
import { countryCode, documentConditions, eventConditions, likeEscape, quoteConditions } from './filters.js';
import { toFtsQuery } from './fts-query.js';
const BATCH = 200;
const parseJson = (s) => JSON.parse(s);
function hydrate(row) {
    const record = parseJson(row.record);
    record.text = row.text;
    return record;
}
/** HTML-escapes a snippet and turns the private match markers (U+0001, U+0002) into <mark> tags. */
function snippetHtml(raw) {
    return raw
        .replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)
        .replace(/\u0001/gu, '<mark>')
        .replace(/\u0002/gu, '</mark>');
}
/**
 * The SQLite repository: reads through kysely's typed builder, writes through DocumentWriter's
 * prepared statements. Open it with openSqliteStore, which migrates the schema first.
 */
export class SqliteRepository {
    db;
    k;
    writer;
    hashExists;
    closed = false;
    constructor(db) {
        this.db = db;
        this.k = new Kysely({ dialect: new SqliteDialect({ database: db }) });
        this.writer = new DocumentWriter(db);
        this.hashExists = db.prepare('SELECT 1 AS one FROM documents WHERE hash = ?');
    }
    async putDocument(record, hash) {
        return this.writer.write(record, hash).outcome;
    }
    async put(record, hash) {
        return this.writer.write(record, hash);
    }
    async putDocuments(items) {
        return this.writer.writeMany(items);
    }
    async hasHash(hash) {
        return this.hashExists.get(hash) !== undefined;
    }
    async getDocument(id) {
        const row = await this.k.selectFrom('documents').select(['text', 'record']).where('id', '=', id).executeTakeFirst();
        return row === undefined ? null : hydrate(row);
    }
    async deleteDocument(id) {
        try {
            return this.db.prepare('DELETE FROM documents WHERE id = ?').run(id).changes > 0;
        }
        catch (e) {
            throw new CommuniqueError('STORE_WRITE_FAILED', `deleting document ${id}: ${e.message}`, {}, { cause: e });
        }
    }
    documentSummaries() {
        return this.k
            .selectFrom('documents')
            .select(['documents.id', 'documents.date', 'documents.source', 'documents.title', 'documents.url', 'documents.hash', 'documents.ingested_at as ingestedAt']);
    }
    async listDocuments(query = {}) {
        const { limit, offset } = pageOf(query);
        return this.documentSummaries()
            .where((eb) => eb.and(documentConditions(eb, query)))
            // SQLite sorts NULL lowest, so DESC puts undated documents last and the date index serves the order.
            .orderBy('documents.date', 'desc')
            .orderBy('documents.pk', 'desc')
            .limit(limit)
            .offset(offset)
            .execute();
    }
    async countDocuments(filter = {}) {
        const row = await this.k
            .selectFrom('documents')
            .select((eb) => eb.fn.countAll().as('n'))
            .where((eb) => eb.and(documentConditions(eb, filter)))
            .executeTakeFirstOrThrow();
        return Number(row.n);
    }
    async *iterateDocuments(filter = {}) {
        // Keyset pages rather than one open cursor: other queries may run between two batches.
        let after = 0;
        for (;;) {
            const rows = await this.k
                .selectFrom('documents')
                .select(['pk', 'text', 'record'])
                .where((eb) => eb.and([eb('documents.pk', '>', after), ...documentConditions(eb, filter)]))
                .orderBy('pk')
                .limit(BATCH)
                .execute();
            for (const row of rows)
                yield hydrate(row);
            const last = rows.at(-1);
            if (last === undefined || rows.length < BATCH)
                return;
            after = last.pk;
        }
    }
    async search(query, options = {}) {
        const match = toFtsQuery(query);
        if (match === null)
            return [];
        const { limit, offset } = pageOf(options);
        const rows = await this.documentSummaries()
            .innerJoin('documents_fts', 'documents_fts.rowid', 'documents.pk')
            .select(sql `snippet(documents_fts, -1, char(1), char(2), '…', 24)`.as('snippet'))
            .where((eb) => eb.and([sql `documents_fts MATCH ${match}`, ...documentConditions(eb, options)]))
            // bm25 weights: a match in the title counts more than one in the body.
            .orderBy(sql `bm25(documents_fts, 4.0, 1.0)`)
            .orderBy('documents.pk')
            .limit(limit)
            .offset(offset)
            .execute();
        return rows.map((r) => ({ ...r, snippet: snippetHtml(r.snippet) }));
    }
    entityRows(filter) {
        return this.k
            .selectFrom('entities')
            .innerJoin('documents', 'documents.pk', 'entities.document_pk')
            .where((eb) => {
            const c = [];
            if (filter.type !== undefined)
                c.push(eb('entities.type', '=', filter.type));
            if (filter.country !== undefined)
                c.push(eb('entities.country', '=', countryCode(filter.country)));
            if (filter.documentId !== undefined)
                c.push(eb('documents.id', '=', filter.documentId));
            if (filter.namePrefix !== undefined && filter.namePrefix.trim() !== '') {
                const pattern = `%${likeEscape(nameKey(filter.namePrefix))}%`;
                c.push(sql `entities.name_key LIKE ${pattern} ESCAPE '\\'`);
            }
            return eb.and(c);
        });
    }
    async listEntities(query = {}) {
        const { limit, offset } = pageOf(query);
        const rows = await this.entityRows(query)
            .select([
            'documents.id as documentId', 'documents.date as documentDate', 'entities.entity_id as id', 'entities.type',
            'entities.name', 'entities.country', 'entities.sector', 'entities.titles', 'entities.mention_count as mentionCount',
        ])
            .orderBy('entities.name_key')
            .orderBy('entities.pk')
            .limit(limit)
            .offset(offset)
            .execute();
        return rows.map((r) => ({ ...r, type: r.type, titles: parseJson(r.titles) }));
    }
    async countEntities(filter = {}) {
        const row = await this.entityRows(filter).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
        return Number(row.n);
    }
    async listEntityNames(query = {}) {
        const { limit, offset } = pageOf(query);
        const rows = await this.entityRows(query)
            .select((eb) => [
            eb.fn.max('entities.name').as('name'),
            'entities.type',
            'entities.country',
            eb.fn.count('entities.document_pk').distinct().as('documents'),
            eb.fn.sum('entities.mention_count').as('mentions'),
            eb.fn.min('documents.date').as('firstDate'),
            eb.fn.max('documents.date').as('lastDate'),
        ])
            .groupBy(['entities.name_key', 'entities.type', 'entities.country'])
            .orderBy('documents', 'desc')
            .orderBy('entities.name_key')
            .orderBy('entities.type')
            .orderBy('entities.country')
            .limit(limit)
            .offset(offset)
            .execute();
        return rows.map((r) => ({
            name: r.name,
            type: r.type,
            country: r.country,
            documents: Number(r.documents),
            mentions: Number(r.mentions),
            firstDate: r.firstDate,
            lastDate: r.lastDate,
        }));
    }
    eventRows(filter) {
        return this.k
            .selectFrom('events')
            .innerJoin('documents', 'documents.pk', 'events.document_pk')
            .where((eb) => eb.and(eventConditions(eb, filter)));
    }
    async listEvents(query = {}) {
        const { limit, offset } = pageOf(query);
        const rows = await this.eventRows(query)
            .select([
            'events.pk', 'documents.id as documentId', 'documents.title as documentTitle', 'documents.source', 'events.event_id',
            'events.categories', 'events.mode', 'events.context', 'events.date', 'events.date_precision', 'events.effective_date',
            'events.event_text', 'events.text_start', 'events.text_end', 'events.sentence', 'events.evidence', 'events.negated',
        ])
            // NULL sorts lowest: undated events come last; (sort_date, pk) is the index's own order.
            .orderBy('events.sort_date', 'desc')
            .orderBy('events.pk', 'desc')
            .limit(limit)
            .offset(offset)
            .execute();
        const participants = await this.participantsOf(rows.map((r) => r.pk));
        return rows.map((r) => {
            const mine = participants.get(r.pk) ?? { actors: [], recipients: [] };
            return {
                documentId: r.documentId,
                documentTitle: r.documentTitle,
                source: r.source,
                id: r.event_id,
                categories: parseJson(r.categories),
                mode: parseJson(r.mode),
                context: parseJson(r.context),
                date: r.date,
                datePrecision: r.date_precision,
                effectiveDate: r.effective_date,
                actors: mine.actors,
                recipients: mine.recipients,
                eventText: parseJson(r.event_text),
                textInfo: { start: r.text_start, end: r.text_end },
                sentence: r.sentence,
                evidence: parseJson(r.evidence),
                negated: r.negated === 1,
            };
        });
    }
    async participantsOf(eventPks) {
        const byEvent = new Map();
        if (eventPks.length === 0)
            return byEvent;
        const rows = await this.k
            .selectFrom('event_participants')
            .select(['event_pk', 'role', 'entity_id', 'code', 'sector', 'text'])
            .where('event_pk', 'in', eventPks)
            .orderBy('event_pk')
            .orderBy('role')
            .orderBy('position')
            .execute();
        for (const r of rows) {
            let entry = byEvent.get(r.event_pk);
            if (entry === undefined) {
                entry = { actors: [], recipients: [] };
                byEvent.set(r.event_pk, entry);
            }
            const p = { entity: r.entity_id, code: r.code, sector: r.sector, text: r.text };
            (r.role === 'actor' ? entry.actors : entry.recipients).push(p);
        }
        return byEvent;
    }
    async countEvents(filter = {}) {
        const row = await this.eventRows(filter).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
        return Number(row.n);
    }
    quoteRows(filter) {
        return this.k
            .selectFrom('quotes')
            .innerJoin('documents', 'documents.pk', 'quotes.document_pk')
            .leftJoin('entities', 'entities.pk', 'quotes.speaker_entity_pk')
            .where((eb) => eb.and(quoteConditions(eb, filter)));
    }
    async listQuotes(query = {}) {
        const { limit, offset } = pageOf(query);
        const rows = await this.quoteRows(query)
            .select([
            'documents.id as documentId', 'documents.date as documentDate', 'documents.title as documentTitle', 'documents.source',
            'quotes.position', 'quotes.text', 'quotes.start', 'quotes.end', 'quotes.direct', 'quotes.cue_text', 'quotes.cue_start',
            'quotes.cue_end', 'quotes.speaker_name', 'quotes.speaker_start', 'quotes.speaker_end', 'quotes.speaker_entity_id',
            'entities.name as entityName', 'entities.country', 'entities.sector',
        ])
            .orderBy('documents.date', 'desc')
            .orderBy('documents.pk', 'desc')
            .orderBy('quotes.position')
            .limit(limit)
            .offset(offset)
            .execute();
        return rows.map((r) => ({
            documentId: r.documentId,
            documentDate: r.documentDate,
            documentTitle: r.documentTitle,
            source: r.source,
            index: r.position,
            text: r.text,
            start: r.start,
            end: r.end,
            direct: r.direct === 1,
            cue: r.cue_text === null || r.cue_start === null || r.cue_end === null ? null : { start: r.cue_start, end: r.cue_end, text: r.cue_text },
            speaker: r.speaker_name === null || r.speaker_start === null || r.speaker_end === null
                ? null
                : {
                    name: r.speaker_name,
                    start: r.speaker_start,
                    end: r.speaker_end,
                    entity: r.speaker_entity_id,
                    entityName: r.entityName,
                    country: r.country,
                    sector: r.sector,
                },
        }));
    }
    async countQuotes(filter = {}) {
        const row = await this.quoteRows(filter).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
        return Number(row.n);
    }
    topicCounts(filter) {
        return topicCounts(this.k, filter);
    }
    topicTimeline(filter) {
        return topicTimeline(this.k, filter);
    }
    dyadSummary(pair, range) {
        return dyadSummary(this.k, pair, range);
    }
    countryCounts(range) {
        return countryCounts(this.k, range);
    }
    listDyads(query) {
        return listDyads(this.k, query);
    }
    async stats() {
        const count = (table) => this.db.prepare(`SELECT count(*) AS n FROM ${table}`).get().n;
        const dates = this.db.prepare('SELECT min(date) AS dateFrom, max(date) AS dateTo FROM documents').get();
        return {
            documents: count('documents'),
            entities: count('entities'),
            mentions: count('mentions'),
            events: count('events'),
            quotes: count('quotes'),
            topics: count('topics'),
            names: count('names'),
            dateFrom: dates.dateFrom,
            dateTo: dates.dateTo,
        };
    }
    async close() {
        if (this.closed)
            return;
        this.closed = true;
        await this.k.destroy();
    }
}
//# sourceMappingURL=sqlite-repository.js.map