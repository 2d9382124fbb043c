/**
 * Row types of the SQLite schema (migrations/), for kysely's typed query builder.
 * JSON columns hold strings; `*_key` columns hold lower-cased text for case-insensitive lookups.
 */
export interface DocumentsTable {
    pk: number;
    id: string;
    hash: string;
    date: string | null;
    source: string | null;
    title: string | null;
    url: string | null;
    text: string;
    /** The document record as JSON, with `text` emptied (it is in the `text` column). */
    record: string;
    ingested_at: string;
}
export interface DocumentsFtsTable {
    rowid: number;
    title: string;
    text: string;
}
export interface EntitiesTable {
    pk: number;
    document_pk: number;
    entity_id: string;
    type: string;
    name: string;
    /** ' ' + the lower-cased name with hyphens as spaces: `LIKE '% ab%'` finds a word prefix. */
    name_key: string;
    country: string | null;
    sector: string | null;
    titles: string;
    roles: string;
    honorifics: string;
    mention_count: number;
    by_component: string;
    by_rule: string;
}
export interface MentionsTable {
    pk: number;
    entity_pk: number;
    document_pk: number;
    start: number;
    end: number;
    text: string;
    kind: string;
    by_component: string;
    by_rule: string;
}
export interface NamesTable {
    pk: number;
    document_pk: number;
    start: number;
    end: number;
    type: string;
    text: string;
    by_component: string;
    by_rule: string;
}
export interface EventsTable {
    pk: number;
    document_pk: number;
    position: number;
    event_id: string;
    categories: string;
    mode: string;
    context: string;
    date: string | null;
    date_precision: string | null;
    /** The event's date, else the document's. */
    effective_date: string | null;
    /** A full YYYY-MM-DD for ordering and range filters (see sortDate). */
    sort_date: string | null;
    event_text: string;
    text_start: number;
    text_end: number;
    sentence: string;
    evidence: string;
    negated: number;
    by_component: string;
    by_rule: string;
}
export interface EventCategoriesTable {
    event_pk: number;
    category: string;
}
export interface EventParticipantsTable {
    pk: number;
    event_pk: number;
    role: 'actor' | 'recipient';
    position: number;
    entity_pk: number | null;
    entity_id: string | null;
    code: string | null;
    sector: string | null;
    text: string;
}
export interface QuotesTable {
    pk: number;
    document_pk: number;
    position: number;
    text: string;
    start: number;
    end: number;
    direct: number;
    cue_text: string | null;
    cue_start: number | null;
    cue_end: number | null;
    speaker_name: string | null;
    speaker_key: string | null;
    speaker_start: number | null;
    speaker_end: number | null;
    speaker_entity_id: string | null;
    speaker_entity_pk: number | null;
    by_component: string;
    by_rule: string;
}
export interface TopicsTable {
    document_pk: number;
    topic: string;
    score: number | null;
}
export interface StoreMigrationsTable {
    id: number;
    name: string;
    applied_at: string;
}
export interface StoreDatabase {
    documents: DocumentsTable;
    documents_fts: DocumentsFtsTable;
    entities: EntitiesTable;
    mentions: MentionsTable;
    names: NamesTable;
    events: EventsTable;
    event_categories: EventCategoriesTable;
    event_participants: EventParticipantsTable;
    quotes: QuotesTable;
    topics: TopicsTable;
    store_migrations: StoreMigrationsTable;
}
