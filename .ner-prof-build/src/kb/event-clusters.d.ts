import type { PloverCategory } from '../core/annotations.js';
import type { DocumentRecord } from '../core/record.js';
import type { Span } from '../core/span.js';
/**
 * The same real-world event reported by several articles, merged into one cross-document event
 * with all its sources: counts are events, not rows (GDELT's weakness: one story, many rows).
 * Incremental: `add` one document's events at a time; an event joins the best compatible
 * cluster found through a (category, country) block, or starts its own.
 */
export interface EventParticipantRef {
    readonly code: string | null;
    readonly sector: string | null;
    /** Resolved person id, when the participant is a person the resolver knows. */
    readonly person: string | null;
    readonly name: string;
    readonly titles: readonly string[];
}
export interface EventObservation {
    readonly document: string;
    readonly event: string;
    readonly category: PloverCategory;
    readonly mode: readonly string[];
    /** Event date, else the article date. */
    readonly date: string | null;
    readonly precision: 'day' | 'month' | 'year' | null;
    readonly negated: boolean;
    readonly actor: readonly EventParticipantRef[];
    readonly recipient: readonly EventParticipantRef[];
    readonly evidence: readonly Span[];
    /** The document's topics, for dyad summaries. */
    readonly topics: readonly string[];
}
/** What makes two reports one event, as data: every merge records the criteria it met. */
export declare const EVENT_RULES: {
    /** Reports of one event can be dated a day apart (time zones, "yesterday" resolved late). */
    readonly dayWindow: 2;
    /** Shared participant countries needed: all of the smaller side's, up to this many. */
    readonly minSharedCountries: 2;
    /** Two events of one document stay apart: the document's own analysis already told them apart. */
    readonly sameDocumentApart: true;
};
export interface EventSource {
    readonly document: string;
    readonly event: string;
    readonly date: string | null;
    readonly evidence: readonly Span[];
    /** "event.first-report" for the report that started the event, else "event.same-event". */
    readonly rule: 'event.first-report' | 'event.same-event';
    readonly sharedCountries: number;
    readonly sharedPersons: number;
}
export interface CrossDocumentEvent {
    /** Stable id: "event:" + the first report's document, event id and category. */
    readonly id: string;
    readonly category: PloverCategory;
    readonly negated: boolean;
    /** Every participant country, sorted. */
    countries: string[];
    /** Resolved persons taking part, sorted. */
    persons: string[];
    modes: string[];
    /** Earliest and latest report date. */
    dateFrom: string | null;
    dateTo: string | null;
    participants: EventParticipantRef[];
    topics: string[];
    documents: string[];
    sources: EventSource[];
}
/** The events of a document record as observations; `personOf` maps (document, entity) to a resolved person. */
export declare function eventObservations(record: Pick<DocumentRecord, 'id' | 'date' | 'entities' | 'events' | 'topics'>, personOf?: (document: string, entity: string) => string | undefined): EventObservation[];
export declare class EventClusterIndex {
    private readonly clusters;
    private readonly blocks;
    private readonly byReport;
    /** Adds one reported event; returns the cross-document event it belongs to. */
    add(o: EventObservation): CrossDocumentEvent;
    /** Adds every event of a document. */
    addAll(observations: readonly EventObservation[]): CrossDocumentEvent[];
    events(): CrossDocumentEvent[];
    eventOf(document: string, event: string, category: PloverCategory): CrossDocumentEvent | undefined;
    private keys;
    private create;
}
/** Clusters a batch of reported events, in date then document order. */
export declare function clusterEvents(observations: readonly EventObservation[]): CrossDocumentEvent[];
