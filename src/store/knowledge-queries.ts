import type { CrossDocumentEvent, ResolvedOrganisation, ResolvedPerson } from '../kb/index.js';
import { fold } from '../kb/text-fold.js';
import { firstDay, lastDay } from './dates.js';
import type { Counted, MergedEventQuery, OrganisationQuery, PersonQuery } from './knowledge-store.js';
import { pageOf } from './page.js';

/**
 * The knowledge store's queries as plain functions over objects in memory: what the in-memory
 * store runs, and the meaning every other implementation's SQL must reproduce (the contract
 * suite compares them). Orders compare strings by code unit, as SQLite's BINARY collation does.
 */

const binary = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Every name of a person or organisation, folded: what `q` is looked up in. */
export const foldedNames = (x: { name: string; otherNames: readonly string[] }): string[] => [x.name, ...x.otherNames].map(fold);

/** Most documents first, then name, then id. */
export const byRank = (a: ResolvedPerson | ResolvedOrganisation, b: ResolvedPerson | ResolvedOrganisation): number =>
  b.documents.length - a.documents.length || binary(a.name, b.name) || binary(a.id, b.id);

/** Newest first by last report date, undated last, then by id. */
export const newestFirst = (a: CrossDocumentEvent, b: CrossDocumentEvent): number =>
  binary(b.dateTo ?? '', a.dateTo ?? '') || binary(a.id, b.id);

/** Persons and organisations alike: `q` in any of the names (folded), and the country. */
type Named = { name: string; otherNames: readonly string[]; country: string | null };

function namedMatches(x: Named, q: PersonQuery | OrganisationQuery): boolean {
  const needle = q.q === undefined ? null : fold(q.q);
  return (needle === null || foldedNames(x).some((n) => n.includes(needle))) && (q.country === undefined || x.country === q.country);
}

export const personMatches = (p: ResolvedPerson, q: PersonQuery): boolean => namedMatches(p, q);

export const organisationMatches = (o: ResolvedOrganisation, q: OrganisationQuery): boolean => namedMatches(o, q);

/**
 * The range applies to the first report date, by the store's rule for partial dates (src/store/dates.ts):
 * a partial date counts as its first day, a partial upper bound as the last day it can stand for. An
 * undated event is in the range only when the range is open at both ends.
 */
export function eventMatches(e: CrossDocumentEvent, q: MergedEventQuery): boolean {
  if (e.negated && !q.includeNegated) return false;
  if (e.dateFrom === null ? q.dateFrom !== undefined || q.dateTo !== undefined
    : (q.dateFrom !== undefined && firstDay(e.dateFrom) < firstDay(q.dateFrom)) || (q.dateTo !== undefined && firstDay(e.dateFrom) > lastDay(q.dateTo))) return false;
  return (q.country === undefined || e.countries.includes(q.country))
    && (q.pair === undefined || (e.countries.includes(q.pair[0]) && e.countries.includes(q.pair[1])))
    && (q.category === undefined || e.category === q.category)
    && (q.person === undefined || e.persons.includes(q.person))
    && (q.document === undefined || e.documents.includes(q.document));
}

/** The limit and offset of an event query: 'all' is every match from the offset. */
export function eventPage(q: MergedEventQuery): { limit: number; offset: number } {
  if (q.limit === 'all') return { limit: Number.MAX_SAFE_INTEGER, offset: Math.max(0, Math.trunc(q.offset ?? 0)) };
  return pageOf({ ...(q.limit !== undefined ? { limit: q.limit } : {}), ...(q.offset !== undefined ? { offset: q.offset } : {}) });
}

/** Filters, sorts and pages a list held in memory. */
export function pageIn<T>(all: Iterable<T>, match: (x: T) => boolean, order: (a: T, b: T) => number, page: { limit: number; offset: number }): Counted<T> {
  const found = [...all].filter(match).sort(order);
  return { items: found.slice(page.offset, page.offset + page.limit), total: found.length };
}
