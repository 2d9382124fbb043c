import type { Provenance, Span } from './span.js';
/**
 * A source document after ingest: text normalised once (NFC, line endings, invisible characters),
 * metadata beside it. Every annotation downstream is an offset range into `text`.
 */
export interface SourceDocument {
    /** Stable id: the JSON `id`, else the file name without extension, else a content hash prefix. */
    id: string;
    text: string;
    /** Article date YYYY-MM-DD, or null when unknown. */
    date: string | null;
    url: string | null;
    source: string | null;
    title: string | null;
    /** Where the document came from (file path or URL), for error reports. */
    origin?: string;
    /** Metadata found in the text: dateline, source attribution, language, … */
    meta: DocumentMeta;
}
export interface DocumentMeta {
    /** The dateline at the start of the text ("ASTANA, June 13 (Reuters) -"), kept out of sentences. */
    dateline?: Span & {
        place?: string;
        source?: string;
        /** YYYY-MM-DD when the dateline gives a year; otherwise absent (the date as written is in dateText). */
        date?: string;
        dateText?: string;
        /** The ingest rule that recognised it. */
        by?: Provenance;
    };
    /** Attribution to a source ("…, Kazinform cites the press service of the Senate"). */
    attribution?: Span & {
        source?: string;
        cited?: string;
        by?: Provenance;
    };
    /** Anything else an adapter wants to keep (feed item link, HTML byline, …). */
    [key: string]: unknown;
}
