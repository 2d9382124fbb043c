import { type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { DateRange, DocumentFilter, EventFilter, QuoteFilter, TopicFilter } from '../repository.js';
import type { StoreDatabase } from './schema.js';
/** Country codes are stored upper-case (ISO alpha-3, IGO, UNO, EUR); filters accept any case. */
export declare const countryCode: (code: string) => string;
/** `LIKE` pattern for a literal substring (with `ESCAPE '\'`). */
export declare const likeEscape: (s: string) => string;
type Eb<TB extends keyof StoreDatabase> = ExpressionBuilder<StoreDatabase, TB>;
type Conditions = Array<Expression<SqlBool>>;
/** Document-level filters, for any query that has `documents` in scope. */
export declare function documentConditions(eb: Eb<'documents'>, f: DocumentFilter): Conditions;
/** Event filters, for a query over `events` joined with `documents`. */
export declare function eventConditions(eb: Eb<'events' | 'documents'>, f: EventFilter): Conditions;
/** Events whose effective date falls in the range. */
export declare function eventDateConditions(eb: Eb<'events'>, range: DateRange): Conditions;
/** Quote filters, for `quotes` joined with `documents` and left-joined with `entities` (the speaker). */
export declare function quoteConditions(eb: ExpressionBuilder<QuoteScope, 'quotes' | 'documents' | 'entities'>, f: QuoteFilter): Conditions;
/** The speaker's entity is left-joined, so its columns may be null. */
export type QuoteScope = Omit<StoreDatabase, 'entities'> & {
    entities: NullableColumns<StoreDatabase['entities']>;
};
type NullableColumns<T> = {
    [K in keyof T]: T[K] | null;
};
/** Documents-with-topics filters: document filters plus countries named in the document's entities. */
export declare function topicConditions(eb: Eb<'documents'>, f: TopicFilter): Conditions;
export {};
