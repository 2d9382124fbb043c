import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { firstDay, lastDay } from '../dates.js';
import type { DateRange, DocumentFilter, EventFilter, QuoteFilter, TopicFilter } from '../repository.js';
import { nameKey } from '../sqlite/document-writer.js';
import type { StoreDatabase } from '../sqlite/schema.js';

/** Country codes are stored upper-case (ISO alpha-3, IGO, UNO, EUR); filters accept any case. */
export const countryCode = (code: string): string => code.trim().toUpperCase();

/** `LIKE` pattern for a literal substring (with `ESCAPE '\'`). */
export const likeEscape = (s: string): string => s.replace(/[\\%_]/gu, (c) => `\\${c}`);

type Eb<TB extends keyof StoreDatabase> = ExpressionBuilder<StoreDatabase, TB>;
type Conditions = Array<Expression<SqlBool>>;

/** Document-level filters, for any query that has `documents` in scope. */
export function documentConditions(eb: Eb<'documents'>, f: DocumentFilter): Conditions {
  const c: Conditions = [];
  if (f.source !== undefined) c.push(eb('documents.source', '=', f.source));
  c.push(...dateConditions(eb, 'documents.date', f));
  return c;
}

function dateConditions(eb: Eb<'documents'>, column: 'documents.date', range: DateRange): Conditions {
  const c: Conditions = [];
  if (range.dateFrom !== undefined) c.push(eb(column, '>=', firstDay(range.dateFrom)));
  if (range.dateTo !== undefined) c.push(eb(column, '<=', lastDay(range.dateTo)));
  return c;
}

/** The event has a participant (either side) with this country code. */
const eventHasCountry = (eb: Eb<'events'>, code: string): Expression<SqlBool> =>
  eb.exists(
    eb.selectFrom('event_participants as p').select(sql.lit(1).as('one')).whereRef('p.event_pk', '=', 'events.pk').where('p.code', '=', countryCode(code)),
  );

/** Event filters, for a query over `events` joined with `documents`. */
export function eventConditions(eb: Eb<'events' | 'documents'>, f: EventFilter): Conditions {
  const c: Conditions = [];
  if (f.documentId !== undefined) c.push(eb('documents.id', '=', f.documentId));
  if (f.country !== undefined) c.push(eventHasCountry(eb, f.country));
  if (f.countryPair !== undefined) c.push(eventHasCountry(eb, f.countryPair[0]), eventHasCountry(eb, f.countryPair[1]));
  if (f.category !== undefined) {
    const category = f.category;
    c.push(
      eb.exists(
        eb.selectFrom('event_categories as c').select(sql.lit(1).as('one')).whereRef('c.event_pk', '=', 'events.pk').where('c.category', '=', category),
      ),
    );
  }
  if (f.participant !== undefined) {
    const pattern = `%${likeEscape(nameKey(f.participant).trim())}%`;
    c.push(
      eb.exists(
        eb
          .selectFrom('event_participants as p')
          .leftJoin('entities as pe', 'pe.pk', 'p.entity_pk')
          .select(sql.lit(1).as('one'))
          .whereRef('p.event_pk', '=', 'events.pk')
          .where(sql<SqlBool>`(lower(p.text) LIKE ${pattern} ESCAPE '\\' OR pe.name_key LIKE ${pattern} ESCAPE '\\')`),
      ),
    );
  }
  if (f.topic !== undefined) {
    const topic = f.topic;
    c.push(
      eb.exists(
        eb.selectFrom('topics as t').select(sql.lit(1).as('one')).whereRef('t.document_pk', '=', 'events.document_pk').where('t.topic', '=', topic),
      ),
    );
  }
  c.push(...eventDateConditions(eb, f));
  return c;
}

/** Events whose effective date falls in the range. */
export function eventDateConditions(eb: Eb<'events'>, range: DateRange): Conditions {
  const c: Conditions = [];
  if (range.dateFrom !== undefined) c.push(eb('events.sort_date', '>=', firstDay(range.dateFrom)));
  if (range.dateTo !== undefined) c.push(eb('events.sort_date', '<=', lastDay(range.dateTo)));
  return c;
}

/** Quote filters, for `quotes` joined with `documents` and left-joined with `entities` (the speaker). */
export function quoteConditions(eb: ExpressionBuilder<QuoteScope, 'quotes' | 'documents' | 'entities'>, f: QuoteFilter): Conditions {
  const c: Conditions = [];
  if (f.documentId !== undefined) c.push(eb('documents.id', '=', f.documentId));
  if (f.speakerEntity !== undefined) c.push(eb('quotes.speaker_entity_id', '=', f.speakerEntity));
  if (f.speakerCountry !== undefined) c.push(eb('entities.country', '=', countryCode(f.speakerCountry)));
  if (f.speaker !== undefined) {
    const pattern = `%${likeEscape(nameKey(f.speaker).trim())}%`;
    c.push(
      eb.or([
        sql<SqlBool>`${eb.ref('quotes.speaker_key')} LIKE ${pattern} ESCAPE '\\'`,
        sql<SqlBool>`${eb.ref('entities.name_key')} LIKE ${pattern} ESCAPE '\\'`,
      ]),
    );
  }
  if (f.dateFrom !== undefined) c.push(eb('documents.date', '>=', firstDay(f.dateFrom)));
  if (f.dateTo !== undefined) c.push(eb('documents.date', '<=', lastDay(f.dateTo)));
  return c;
}

/** The speaker's entity is left-joined, so its columns may be null. */
export type QuoteScope = Omit<StoreDatabase, 'entities'> & { entities: NullableColumns<StoreDatabase['entities']> };
type NullableColumns<T> = { [K in keyof T]: T[K] | null };

/** Documents-with-topics filters: document filters plus countries named in the document's entities. */
export function topicConditions(eb: Eb<'documents'>, f: TopicFilter): Conditions {
  const c = documentConditions(eb, f);
  const hasCountry = (code: string): Expression<SqlBool> =>
    eb.exists(
      eb.selectFrom('entities as en').select(sql.lit(1).as('one')).whereRef('en.document_pk', '=', 'documents.pk').where('en.country', '=', countryCode(code)),
    );
  if (f.country !== undefined) c.push(hasCountry(f.country));
  if (f.countryPair !== undefined) c.push(hasCountry(f.countryPair[0]), hasCountry(f.countryPair[1]));
  return c;
}
