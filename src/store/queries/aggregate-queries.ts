import { sql, type Kysely } from 'kysely';
import type { PloverCategory } from '../../core/annotations.js';
import type {
  CountryCount, DateRange, DyadCount, DyadMonthCount, DyadQuery, TopicCount, TopicFilter, TopicMonthCount,
} from '../repository.js';
import { pageOf } from '../page.js';
import { countryCode, eventConditions, eventDateConditions, topicConditions } from './filters.js';
import type { StoreDatabase } from '../sqlite/schema.js';

/* Counting queries for overviews and the country-pair dossier: topics, countries, pairs. */

export async function topicCounts(k: Kysely<StoreDatabase>, filter: TopicFilter = {}): Promise<TopicCount[]> {
  const rows = await k
    .selectFrom('topics')
    .innerJoin('documents', 'documents.pk', 'topics.document_pk')
    .where((eb) => eb.and(topicConditions(eb, filter)))
    .select((eb) => ['topics.topic', eb.fn.countAll<number>().as('documents')])
    .groupBy('topics.topic')
    .orderBy('documents', 'desc')
    .orderBy('topics.topic')
    .execute();
  return rows.map((r) => ({ topic: r.topic, documents: Number(r.documents) }));
}

export async function topicTimeline(k: Kysely<StoreDatabase>, filter: TopicFilter = {}): Promise<TopicMonthCount[]> {
  const month = sql<string>`substr(documents.date, 1, 7)`;
  const rows = await k
    .selectFrom('topics')
    .innerJoin('documents', 'documents.pk', 'topics.document_pk')
    .where((eb) => eb.and([eb('documents.date', 'is not', null), ...topicConditions(eb, filter)]))
    .select((eb) => [month.as('month'), 'topics.topic', eb.fn.countAll<number>().as('documents')])
    .groupBy([month, 'topics.topic'])
    .orderBy('month')
    .orderBy('topics.topic')
    .execute();
  return rows.map((r) => ({ month: r.month, topic: r.topic, documents: Number(r.documents) }));
}

export async function dyadSummary(k: Kysely<StoreDatabase>, pair: readonly [string, string], range: DateRange = {}): Promise<DyadMonthCount[]> {
  const month = sql<string>`substr(events.sort_date, 1, 7)`;
  const rows = await k
    .selectFrom('events')
    .innerJoin('documents', 'documents.pk', 'events.document_pk')
    .where((eb) => eb.and(eventConditions(eb, { ...range, countryPair: pair })))
    .innerJoin('event_categories', 'event_categories.event_pk', 'events.pk')
    .where('events.sort_date', 'is not', null)
    .select((eb) => [month.as('month'), 'event_categories.category', eb.fn.countAll<number>().as('events')])
    .groupBy([month, 'event_categories.category'])
    .orderBy('month')
    .orderBy('event_categories.category')
    .execute();
  return rows.map((r) => ({ month: r.month, category: r.category as PloverCategory, events: Number(r.events) }));
}

export async function countryCounts(k: Kysely<StoreDatabase>, range: DateRange = {}): Promise<CountryCount[]> {
  const rows = await k
    .selectFrom('event_participants as p')
    .innerJoin('events', 'events.pk', 'p.event_pk')
    .where((eb) => eb.and([eb('p.code', 'is not', null), ...eventDateConditions(eb, range)]))
    .select((eb) => [
      'p.code',
      eb.fn.count<number>('events.pk').distinct().as('events'),
      eb.fn.count<number>('events.document_pk').distinct().as('documents'),
    ])
    .groupBy('p.code')
    .orderBy('events', 'desc')
    .orderBy('p.code')
    .execute();
  return rows.map((r) => ({ code: r.code ?? '', events: Number(r.events), documents: Number(r.documents) }));
}

export async function listDyads(k: Kysely<StoreDatabase>, query: DyadQuery = {}): Promise<DyadCount[]> {
  const { limit, offset } = pageOf(query);
  const country = query.country === undefined ? undefined : countryCode(query.country);
  const rows = await k
    .selectFrom('event_participants as a')
    .innerJoin('event_participants as b', (join) => join.onRef('b.event_pk', '=', 'a.event_pk').onRef('a.code', '<', 'b.code'))
    .innerJoin('events', 'events.pk', 'a.event_pk')
    .where((eb) => {
      const c = eventDateConditions(eb, query);
      if (country !== undefined) c.push(eb.or([eb('a.code', '=', country), eb('b.code', '=', country)]));
      return eb.and(c);
    })
    .select((eb) => [
      'a.code as a',
      'b.code as b',
      eb.fn.count<number>('events.pk').distinct().as('events'),
      eb.fn.min('events.sort_date').as('dateFrom'),
      eb.fn.max('events.sort_date').as('dateTo'),
    ])
    .groupBy(['a.code', 'b.code'])
    .orderBy('events', 'desc')
    .orderBy('a.code')
    .orderBy('b.code')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map((r) => ({
    pair: [r.a ?? '', r.b ?? ''] as [string, string],
    events: Number(r.events),
    dateFrom: r.dateFrom,
    dateTo: r.dateTo,
  }));
}
