import type { DocumentRecord } from '../core/record.js';
import { type DyadSummary } from './dyads.js';
import { type CrossDocumentEvent } from './event-clusters.js';
import { type StoryAssignment } from './near-duplicates.js';
import { type ObservedOffice } from './offices.js';
import { type ResolvedOrganisation } from './organisation-resolution.js';
import { type MergeDecision, type ResolvedPerson } from './person-resolution.js';
import { type PopoloExport } from './popolo.js';
/** Everything the knowledge base knows, as plain data for the store. */
export interface KnowledgeBaseSnapshot {
    persons: ResolvedPerson[];
    organisations: ResolvedOrganisation[];
    offices: ObservedOffice[];
    events: CrossDocumentEvent[];
    /** Document id -> story id. */
    stories: Record<string, string>;
}
/**
 * The knowledge base fed one document record at a time: persons, organisations, stories and
 * cross-document events all grow incrementally. Persons are never merged after the fact, so a
 * person id an event or a stored row refers to stays valid.
 *
 * @example
 * const kb = new KnowledgeBase();
 * for (const r of records) kb.addRecord(r);
 * kb.dyad('KAZ', 'RUS').temperature.mean;
 */
export declare class KnowledgeBase {
    private readonly people;
    private readonly orgs;
    private readonly near;
    private readonly clusters;
    private readonly storyOf;
    /** `persons`: persons saved earlier, whose ids new documents keep. */
    constructor(persons?: readonly ResolvedPerson[]);
    addRecord(record: DocumentRecord): {
        story: StoryAssignment;
        persons: MergeDecision[];
        events: CrossDocumentEvent[];
    };
    personOf(document: string, entity: string): string | undefined;
    dyad(a: string, b: string): DyadSummary;
    popolo(): PopoloExport;
    snapshot(): KnowledgeBaseSnapshot;
}
/**
 * A knowledge base built from a batch: records in date order, so ids and story heads come from
 * the earliest documents whatever the input order.
 */
export declare function buildKnowledgeBase(records: readonly DocumentRecord[]): KnowledgeBase;
