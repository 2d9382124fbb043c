import type { Provenance, Span } from './span.js';
/** A sentence: character span plus the half-open range of its tokens. */
export interface Sentence extends Span {
    readonly tokenStart: number;
    readonly tokenEnd: number;
    /** Index of the paragraph that holds the sentence. */
    readonly paragraph: number;
    /** The boundary rule that ended the sentence (src/nlp/sentences/split.ts). */
    readonly by?: Provenance;
}
export type Paragraph = Span;
/** OntoNotes entity types (the NER model's label set). */
export type EntityType = 'PERSON' | 'NORP' | 'FAC' | 'ORG' | 'GPE' | 'LOC' | 'PRODUCT' | 'EVENT' | 'WORK_OF_ART' | 'LAW' | 'LANGUAGE' | 'DATE' | 'TIME' | 'PERCENT' | 'MONEY' | 'QUANTITY' | 'ORDINAL' | 'CARDINAL';
/** A named-entity span found by NER (or a gazetteer rule), before actors are assembled. */
export interface NameSpan extends Span {
    readonly type: EntityType;
    readonly tokenStart: number;
    readonly tokenEnd: number;
    readonly by: Provenance;
}
/** A time expression resolved against the article date. */
export interface DateMention extends Span {
    readonly text: string;
    /** YYYY-MM-DD, YYYY-MM or YYYY. */
    readonly value: string;
    readonly precision: 'day' | 'month' | 'year';
    readonly by: Provenance;
}
export type MentionKind = 'name' | 'title' | 'pronoun' | 'nominal' | 'group';
export interface EntityMention extends Span {
    readonly text: string;
    readonly kind: MentionKind;
    readonly by: Provenance;
}
/** A title or office attached to a person ("Speaker of the Senate of the Kazakh Parliament"). */
export interface Role extends Span {
    /** Verbatim title phrase, without the name. */
    readonly title: string;
    readonly country: string | null;
    readonly sector: string | null;
    readonly institution: string | null;
    /** acting, deputy, former, … */
    readonly qualifiers: readonly string[];
    readonly by: Provenance;
}
export interface Entity {
    readonly id: string;
    readonly type: EntityType;
    /** Fullest name in the document, without titles or honorifics. */
    name: string;
    /** ISO 3166-1 alpha-3, or IGO / UNO / EUR; null when unknown. */
    country: string | null;
    /** PLOVER sector code of the person's role (GOV, LEG, MIL, …); null when unknown. */
    sector: string | null;
    titles: string[];
    roles: Role[];
    honorifics: string[];
    mentions: EntityMention[];
    by: Provenance;
}
export interface QuoteSpeaker extends Span {
    /** Entity id when the speaker resolved to an entity. */
    readonly entity?: string;
    readonly name: string;
}
export interface Quote extends Span {
    /** The quoted content, without quotation marks. */
    readonly text: string;
    readonly direct: boolean;
    readonly cue: (Span & {
        readonly text: string;
    }) | null;
    readonly speaker: QuoteSpeaker | null;
    readonly by: Provenance;
}
export type PloverCategory = 'AGREE' | 'CONSULT' | 'SUPPORT' | 'CONCEDE' | 'COOPERATE' | 'AID' | 'RETREAT' | 'REQUEST' | 'ACCUSE' | 'REJECT' | 'THREATEN' | 'PROTEST' | 'SANCTION' | 'MOBILIZE' | 'COERCE' | 'ASSAULT';
export interface EventParticipant {
    /** Entity id, when the participant is an entity of the document. */
    readonly entity?: string;
    /** ISO alpha-3 or IGO / UNO / EUR. */
    readonly code: string | null;
    readonly sector: string | null;
    readonly entity_text: string;
}
export interface PloverEvent {
    readonly id: string;
    readonly event: PloverCategory[];
    readonly mode: string[];
    readonly context: string[];
    readonly date: string | null;
    readonly date_precision: 'day' | 'month' | 'year' | null;
    readonly actor: EventParticipant[];
    readonly recipient: EventParticipant[];
    readonly event_text: string[];
    /** Span of the sentence that best states the event. */
    readonly text_info: Span;
    /** Every sentence span that reports this event (headline, lead, body). */
    readonly evidence: Span[];
    readonly negated?: boolean;
    readonly by: Provenance;
}
