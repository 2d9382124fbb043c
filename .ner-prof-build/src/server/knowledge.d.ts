import { type CrossDocumentEvent, type ObservedOffice, type ResolvedOrganisation, type ResolvedPerson } from '../kb/index.js';
import type { Repository } from '../store/repository.js';
/**
 * The knowledge base as the API sees it: cross-document persons, organisations, offices and
 * events, resolved from the store's records by the pure functions of src/kb.
 *
 * TODO(kb-store): the store does not persist the knowledge base yet (docs/store.md plans
 * `persons`, `memberships`, `event_clusters` tables). Until it does, the server resolves it in
 * memory on first use and again when the number of stored documents changes (an ingest running
 * beside the server). Resolution reads every record once; fine for tens of thousands of articles.
 */
export interface KnowledgeSnapshot {
    readonly documents: number;
    readonly persons: readonly ResolvedPerson[];
    readonly personById: ReadonlyMap<string, ResolvedPerson>;
    readonly personOf: (document: string, entity: string) => string | undefined;
    readonly offices: readonly ObservedOffice[];
    readonly organisations: readonly ResolvedOrganisation[];
    readonly organisationById: ReadonlyMap<string, ResolvedOrganisation>;
    readonly events: readonly CrossDocumentEvent[];
}
export declare function resolveKnowledge(repository: Repository): Promise<KnowledgeSnapshot>;
/** One snapshot shared by concurrent requests, rebuilt when the store's document count changes. */
export declare class KnowledgeCache {
    private readonly repository;
    private pending;
    constructor(repository: Repository);
    get(): Promise<KnowledgeSnapshot>;
}
