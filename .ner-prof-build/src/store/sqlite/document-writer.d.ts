import type Database from 'better-sqlite3';
import type { DocumentRecord } from '../../core/record.js';
import type { BatchPutResult, PutItem, PutResult } from '../repository.js';
/** ' ' + lower-cased name, hyphens and runs of white space as one space: see EntitiesTable.name_key. */
export declare const nameKey: (name: string) => string;
/** The record as stored in `documents.record`: its text emptied, because the text has its own column. */
export declare const recordJson: (record: DocumentRecord) => string;
/**
 * Writes one document and all its annotations in one transaction, through statements prepared
 * once (better-sqlite3 is synchronous, so a transaction cannot interleave with other queries).
 */
export declare class DocumentWriter {
    private readonly byHash;
    private readonly idTaken;
    private readonly insertDocument;
    private readonly insertEntity;
    private readonly insertMention;
    private readonly insertName;
    private readonly insertEvent;
    private readonly insertCategory;
    private readonly insertParticipant;
    private readonly insertQuote;
    private readonly insertTopic;
    private readonly writeTransaction;
    private readonly writeBatch;
    constructor(db: Database.Database);
    writeMany(items: readonly PutItem[]): BatchPutResult[];
    write(record: DocumentRecord, hash: string): PutResult;
    private writeNow;
    /**
     * The record's id, or when another text already holds it, `<id>~<hash prefix>`: a different
     * article under a reused id (two feeds both calling theirs "article-1") is kept, not lost.
     */
    private freeId;
    private writeEntities;
    private writeNames;
    private writeEvents;
    private writeQuotes;
    private writeTopics;
}
