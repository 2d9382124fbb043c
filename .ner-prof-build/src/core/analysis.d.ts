import type { SourceDocument } from './document.js';
import type { TokenTable } from './tokens.js';
import type { DateMention, Entity, NameSpan, Paragraph, PloverEvent, Quote, Sentence } from './annotations.js';
/**
 * The layers a pipeline builds on a document. Components declare which layers they need and
 * which they provide; the pipeline is checked when it is built (see src/nlp/pipeline.ts).
 */
export type Layer = 'paragraphs' | 'tokens' | 'sentences' | 'names' | 'dates' | 'entities' | 'quotes' | 'events' | 'topics';
/** A document under analysis: the source plus every layer built so far. */
export interface Analysis {
    readonly doc: SourceDocument;
    /** Same as doc.text; the coordinate system of every span. */
    readonly text: string;
    paragraphs: Paragraph[];
    tokens: TokenTable;
    sentences: Sentence[];
    /** NER spans (all OntoNotes types). */
    names: NameSpan[];
    dates: DateMention[];
    entities: Entity[];
    quotes: Quote[];
    events: PloverEvent[];
    topics: string[];
    /** Per-topic scores, for explaining and thresholding. */
    topicScores: Record<string, number>;
}
export declare function newAnalysis(doc: SourceDocument): Analysis;
