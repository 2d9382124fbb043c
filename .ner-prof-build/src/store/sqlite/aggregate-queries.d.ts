import { type Kysely } from 'kysely';
import type { CountryCount, DateRange, DyadCount, DyadMonthCount, DyadQuery, TopicCount, TopicFilter, TopicMonthCount } from '../repository.js';
import type { StoreDatabase } from './schema.js';
export declare function topicCounts(k: Kysely<StoreDatabase>, filter?: TopicFilter): Promise<TopicCount[]>;
export declare function topicTimeline(k: Kysely<StoreDatabase>, filter?: TopicFilter): Promise<TopicMonthCount[]>;
export declare function dyadSummary(k: Kysely<StoreDatabase>, pair: readonly [string, string], range?: DateRange): Promise<DyadMonthCount[]>;
export declare function countryCounts(k: Kysely<StoreDatabase>, range?: DateRange): Promise<CountryCount[]>;
export declare function listDyads(k: Kysely<StoreDatabase>, query?: DyadQuery): Promise<DyadCount[]>;
