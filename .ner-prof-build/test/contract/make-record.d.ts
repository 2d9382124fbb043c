import type { PloverCategory } from '../../src/core/annotations.js';
import type { DocumentRecord } from '../../src/core/record.js';
/**
 * Builds a document record by hand, as the NLP pipeline would, without running it: two persons,
 * one event between them, one quote by the first, topics. The text and the officials are
 * invented for the tests. Every offset is computed from the text, so the record is consistent.
 */
export interface RecordSpec {
    id: string;
    date?: string | null;
    source?: string | null;
    title?: string | null;
    url?: string | null;
    /** A sentence appended to the text so that otherwise equal documents differ in content. */
    extra?: string;
    hostName?: string;
    hostCountry?: string;
    guestName?: string;
    guestCountry?: string;
    category?: PloverCategory;
    eventDate?: string | null;
    topics?: string[];
}
export declare function makeRecord(spec: RecordSpec): DocumentRecord;
/** The content hash ingest would compute for this record. */
export declare const hashOf: (record: DocumentRecord) => string;
