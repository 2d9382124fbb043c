import type { PloverCategory } from '../core/annotations.js';
import { type ContactLevel } from './contact-levels.js';
import type { CrossDocumentEvent, EventParticipantRef } from './event-clusters.js';
/**
 * A country-pair dossier from cross-document events: a timeline by category and month, levels of
 * contact, topics over time and a relations "temperature" (mean PLOVER weight per month and its
 * trend). Counts are events, not reports.
 */
export interface DyadSummary {
    /** The pair, sorted ("KAZ", "RUS"). */
    readonly pair: readonly [string, string];
    readonly events: number;
    readonly reports: number;
    /** Events per month (YYYY-MM) and category. */
    readonly timeline: Array<{
        month: string;
        category: PloverCategory;
        events: number;
    }>;
    /** Events per contact level: the highest level of a participant of either country. */
    readonly levels: Array<{
        level: ContactLevel | 'unknown';
        events: number;
        byMonth: Record<string, number>;
    }>;
    /** Topics of the reporting documents, per month: how many events each topic came up with. */
    readonly topics: Array<{
        month: string;
        topic: string;
        events: number;
    }>;
    readonly temperature: {
        /** Mean weight of all events (-10..+10). */
        readonly mean: number | null;
        readonly byMonth: Array<{
            month: string;
            mean: number;
            events: number;
        }>;
        /** Least-squares slope of the monthly means, per month (positive: warming). */
        readonly trendPerMonth: number | null;
    };
}
/** Is the event between the two countries (both among its participants)? */
export declare const involvesPair: (e: CrossDocumentEvent, a: string, b: string) => boolean;
/** The highest contact level among the event's participants from the pair. */
export declare function eventLevel(participants: readonly EventParticipantRef[], pair: readonly string[]): ContactLevel | null;
/** Summarises the events between two countries. Negated events ("did not meet") are left out. */
export declare function summariseDyad(events: readonly CrossDocumentEvent[], a: string, b: string): DyadSummary;
/** Every country pair with at least one event, most events first: the dossiers worth opening. */
export declare function dyadsOf(events: readonly CrossDocumentEvent[]): Array<{
    pair: [string, string];
    events: number;
}>;
