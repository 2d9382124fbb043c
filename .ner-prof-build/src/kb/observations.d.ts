import type { DocumentRecord } from '../core/record.js';
import type { Span } from '../core/span.js';
/**
 * What the knowledge base reads from one analysed document: a person or organisation entity as
 * observed there. Plain objects, so the store can keep them and the API can serve them.
 */
export interface ObservedRole extends Span {
    readonly title: string;
    readonly institution: string | null;
    readonly country: string | null;
    readonly sector: string | null;
    /** The role is no longer held ("former", "late"). */
    readonly past: boolean;
}
export interface PersonObservation {
    readonly document: string;
    /** Entity id within the document ("e1"). */
    readonly entity: string;
    /** Article date YYYY-MM-DD, or null. */
    readonly date: string | null;
    readonly name: string;
    readonly country: string | null;
    /**
     * The country is the pipeline's guess from the article (its dateline or dominant country),
     * not stated for this person: weak evidence, never enough to keep namesakes apart.
     */
    readonly countryInferred?: boolean;
    readonly sector: string | null;
    readonly titles: readonly string[];
    readonly roles: readonly ObservedRole[];
    /** First name mention: the evidence that the person appears in the document. */
    readonly evidence: Span | null;
}
export interface OrganisationObservation {
    readonly document: string;
    readonly entity: string;
    readonly date: string | null;
    readonly name: string;
    readonly country: string | null;
    readonly evidence: Span | null;
}
/** A document's entity key, unique across documents. */
export declare const entityKey: (document: string, entity: string) => string;
/** The person entities of a document record, as observations. */
export declare function personObservations(record: Pick<DocumentRecord, 'id' | 'date' | 'entities'>): PersonObservation[];
/** The organisation entities of a document record, as observations. */
export declare function organisationObservations(record: Pick<DocumentRecord, 'id' | 'date' | 'entities'>): OrganisationObservation[];
