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
  names: Array<Omit<NameSpan, 'tokenStart' | 'tokenEnd'> & { text: string }>;
  dates: DateMention[];
  entities: Entity[];
  events: PloverEvent[];
  quotes: Quote[];
  topics: string[];
  topic_scores: Record<string, number>;
  /** Pipeline version and components, so a stored record says what produced it. */
  pipeline: { version: string; components: string[] };
}

export function toRecord(a: Analysis, pipeline: { version: string; components: string[] }): DocumentRecord {
  const { doc } = a;
  return {
    id: doc.id,
    date: doc.date,
    url: doc.url,
    source: doc.source,
    title: doc.title,
    text: a.text,
    meta: doc.meta,
    paragraphs: a.paragraphs,
    sentences: a.sentences.map((s) => ({ start: s.start, end: s.end })),
    tokens: a.tokens.count,
    names: a.names.map((n) => ({ start: n.start, end: n.end, type: n.type, by: n.by, text: a.text.slice(n.start, n.end) })),
    dates: a.dates,
    entities: a.entities,
    events: a.events,
    quotes: a.quotes,
    topics: a.topics,
    topic_scores: a.topicScores,
    pipeline,
  };
}
