import { CommuniqueError } from '../../core/errors.js';
import { sortDate } from '../dates.js';
/** ' ' + lower-cased name, hyphens and runs of white space as one space: see EntitiesTable.name_key. */
export const nameKey = (name) => ` ${name.toLowerCase().replace(/[\s\u2010-\u2015-]+/gu, ' ').trim()}`;
/** The record as stored in `documents.record`: its text emptied, because the text has its own column. */
export const recordJson = (record) => JSON.stringify({ ...record, text: '' });
/**
 * Writes one document and all its annotations in one transaction, through statements prepared
 * once (better-sqlite3 is synchronous, so a transaction cannot interleave with other queries).
 */
export class DocumentWriter {
    byHash;
    idTaken;
    insertDocument;
    insertEntity;
    insertMention;
    insertName;
    insertEvent;
    insertCategory;
    insertParticipant;
    insertQuote;
    insertTopic;
    writeTransaction;
    writeBatch;
    constructor(db) {
        this.byHash = db.prepare('SELECT id FROM documents WHERE hash = ?');
        this.idTaken = db.prepare('SELECT pk FROM documents WHERE id = ?');
        this.insertDocument = db.prepare('INSERT INTO documents (id, hash, date, source, title, url, text, record, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
        this.insertEntity = db.prepare(`INSERT INTO entities (document_pk, entity_id, type, name, name_key, country, sector, titles, roles, honorifics,
         mention_count, by_component, by_rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
        this.insertMention = db.prepare('INSERT INTO mentions (entity_pk, document_pk, start, "end", text, kind, by_component, by_rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
        this.insertName = db.prepare('INSERT INTO names (document_pk, start, "end", type, text, by_component, by_rule) VALUES (?, ?, ?, ?, ?, ?, ?)');
        this.insertEvent = db.prepare(`INSERT INTO events (document_pk, position, event_id, categories, mode, context, date, date_precision, effective_date,
         sort_date, event_text, text_start, text_end, sentence, evidence, negated, by_component, by_rule)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
        this.insertCategory = db.prepare('INSERT OR IGNORE INTO event_categories (event_pk, category) VALUES (?, ?)');
        this.insertParticipant = db.prepare(`INSERT INTO event_participants (event_pk, role, position, entity_pk, entity_id, code, sector, text)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
        this.insertQuote = db.prepare(`INSERT INTO quotes (document_pk, position, text, start, "end", direct, cue_text, cue_start, cue_end, speaker_name,
         speaker_key, speaker_start, speaker_end, speaker_entity_id, speaker_entity_pk, by_component, by_rule)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
        this.insertTopic = db.prepare('INSERT OR REPLACE INTO topics (document_pk, topic, score) VALUES (?, ?, ?)');
        this.writeTransaction = db.transaction((record, hash) => this.writeNow(record, hash));
        // Inside the batch's transaction each write runs as a nested transaction, i.e. a savepoint.
        this.writeBatch = db.transaction((items) => items.map((item) => {
            try {
                return this.write(item.record, item.hash);
            }
            catch (e) {
                if (!(e instanceof CommuniqueError) || e.code !== 'STORE_WRITE_FAILED')
                    throw e;
                return { outcome: 'failed', id: item.record.id, problem: e.toProblem() };
            }
        }));
    }
    writeMany(items) {
        try {
            return this.writeBatch(items);
        }
        catch (e) {
            if (e instanceof CommuniqueError)
                throw e;
            throw new CommuniqueError('STORE_WRITE_FAILED', `batch of ${items.length} documents: ${e.message}`, {}, { cause: e });
        }
    }
    write(record, hash) {
        try {
            return this.writeTransaction(record, hash);
        }
        catch (e) {
            if (e instanceof CommuniqueError)
                throw e;
            throw new CommuniqueError('STORE_WRITE_FAILED', `document ${record.id}: ${e.message}`, {}, { cause: e });
        }
    }
    writeNow(record, hash) {
        const existing = this.byHash.get(hash);
        if (existing !== undefined)
            return { outcome: 'duplicate', id: existing.id };
        const id = this.freeId(record.id, hash);
        const stored = id === record.id ? record : { ...record, id };
        const documentPk = Number(this.insertDocument.run(id, hash, record.date, record.source, record.title, record.url, record.text, recordJson(stored), new Date().toISOString()).lastInsertRowid);
        const entityPks = this.writeEntities(documentPk, record);
        this.writeNames(documentPk, record);
        this.writeEvents(documentPk, record, entityPks);
        this.writeQuotes(documentPk, record, entityPks);
        this.writeTopics(documentPk, record);
        return { outcome: 'stored', id };
    }
    /**
     * The record's id, or when another text already holds it, `<id>~<hash prefix>`: a different
     * article under a reused id (two feeds both calling theirs "article-1") is kept, not lost.
     */
    freeId(id, hash) {
        if (this.idTaken.get(id) === undefined)
            return id;
        for (const length of [8, 16, hash.length]) {
            const derived = `${id}~${hash.slice(0, length)}`;
            if (this.idTaken.get(derived) === undefined)
                return derived;
        }
        throw new CommuniqueError('STORE_WRITE_FAILED', `document ${id}: no free id derived from hash ${hash}`);
    }
    writeEntities(documentPk, record) {
        const pks = new Map();
        for (const e of record.entities) {
            const pk = Number(this.insertEntity.run(documentPk, e.id, e.type, e.name, nameKey(e.name), e.country, e.sector, JSON.stringify(e.titles), JSON.stringify(e.roles), JSON.stringify(e.honorifics), e.mentions.length, e.by.component, e.by.rule).lastInsertRowid);
            pks.set(e.id, pk);
            for (const m of e.mentions) {
                this.insertMention.run(pk, documentPk, m.start, m.end, m.text, m.kind, m.by.component, m.by.rule);
            }
        }
        return pks;
    }
    writeNames(documentPk, record) {
        for (const n of record.names) {
            this.insertName.run(documentPk, n.start, n.end, n.type, n.text, n.by.component, n.by.rule);
        }
    }
    writeEvents(documentPk, record, entityPks) {
        record.events.forEach((ev, position) => {
            const effective = ev.date ?? record.date;
            const eventPk = Number(this.insertEvent.run(documentPk, position, ev.id, JSON.stringify(ev.event), JSON.stringify(ev.mode), JSON.stringify(ev.context), ev.date, ev.date_precision, effective, sortDate(ev.date, record.date), JSON.stringify(ev.event_text), ev.text_info.start, ev.text_info.end, record.text.slice(ev.text_info.start, ev.text_info.end), JSON.stringify(ev.evidence), ev.negated === true ? 1 : 0, ev.by.component, ev.by.rule).lastInsertRowid);
            for (const category of ev.event)
                this.insertCategory.run(eventPk, category);
            const participant = (role) => (p, i) => {
                const entityPk = p.entity === undefined ? null : (entityPks.get(p.entity) ?? null);
                this.insertParticipant.run(eventPk, role, i, entityPk, p.entity ?? null, p.code, p.sector, p.entity_text);
            };
            ev.actor.forEach(participant('actor'));
            ev.recipient.forEach(participant('recipient'));
        });
    }
    writeQuotes(documentPk, record, entityPks) {
        record.quotes.forEach((q, position) => {
            const s = q.speaker;
            const speakerEntity = s?.entity;
            this.insertQuote.run(documentPk, position, q.text, q.start, q.end, q.direct ? 1 : 0, q.cue?.text ?? null, q.cue?.start ?? null, q.cue?.end ?? null, s?.name ?? null, s ? nameKey(s.name) : null, s?.start ?? null, s?.end ?? null, speakerEntity ?? null, speakerEntity === undefined ? null : (entityPks.get(speakerEntity) ?? null), q.by.component, q.by.rule);
        });
    }
    writeTopics(documentPk, record) {
        for (const topic of record.topics)
            this.insertTopic.run(documentPk, topic, record.topic_scores[topic] ?? null);
    }
}
//# sourceMappingURL=document-writer.js.map