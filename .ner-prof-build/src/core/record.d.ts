import type { Analysis } from './analysis.js';
import type { DocumentMeta } from './document.js';
import type { DateMention, Entity, NameSpan, PloverEvent, Quote, Sentence } from './annotations.js';
import type { Span } from './span.js';
/**
 * The document record: the JSON form of an analysed document (../shared/spec/OUTPUT.md).
 * The scorers read id, date, text, entities, events, quotes and topics; the rest is ours.
 */
export interface DocumentRecord {
    id: string;
    date: string | null;
    url: string | null;
    source: string | null;
    title: string | null;
    text: string;
    meta: DocumentMeta;
    paragraphs: Span[];
    sentences: Array<Pick<Sentence, 'start' | 'end'>>;
    tokens: number;
    names: Array<Omit<NameSpan, 'tokenStart' | 'tokenEnd'> & {
        text: string;
    }>;
    dates: DateMention[];
    entities: Entity[];
    events: PloverEvent[];
    quotes: Quote[];
    topics: string[];
    topic_scores: Record<string, number>;
    /** Pipeline version and components, so a stored record says what produced it. */
    pipeline: {
        version: string;
        components: string[];
    };
}
export declare function toRecord(a: Analysis, pipeline: {
    version: string;
    components: string[];
}): DocumentRecord;
