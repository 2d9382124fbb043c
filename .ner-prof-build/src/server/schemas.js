import worldCountries from 'world-countries';
import { z } from 'zod';
import { DEFAULT_LIMIT, MAX_LIMIT } from '../store/page.js';
/**
 * Request schemas shared by the routes. Zod parses (and coerces) query strings and path
 * parameters; the same schemas become the OpenAPI document (src/server/openapi.ts).
 */
export const PageQuery = z.object({
    limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT).describe(`Page size, 1..${MAX_LIMIT}`),
    offset: z.coerce.number().int().min(0).default(0).describe('Items to skip'),
});
/** YYYY-MM-DD, YYYY-MM or YYYY: the store reads a partial bound as its first day. */
const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/u;
export const DateBound = z.string().regex(DATE, 'expected YYYY-MM-DD, YYYY-MM or YYYY');
export const DateRangeQuery = z.object({
    from: DateBound.optional().describe('Inclusive start date (YYYY-MM-DD, YYYY-MM or YYYY)'),
    to: DateBound.optional().describe('Inclusive end date (YYYY-MM-DD, YYYY-MM or YYYY)'),
});
/**
 * Codes that event participants carry besides ISO 3166-1 alpha-3: PLOVER's IGO (international
 * organisation), UNO (United Nations) and EUR (European Union), as in src/core/annotations.ts.
 */
const SPECIAL_CODES = { IGO: 'International organisation', UNO: 'United Nations', EUR: 'European Union' };
// The package's JSON default export arrives wrapped or not depending on the loader (as in src/nlp/countries/lexicon.ts).
const COUNTRIES = (worldCountries.default ?? worldCountries);
const COUNTRY_NAMES = new Map([
    ...COUNTRIES.map((c) => [c.cca3, c.name.common]),
    ...Object.entries(SPECIAL_CODES),
]);
/** English name of a country code, or null for a code no list knows. */
export const countryName = (code) => COUNTRY_NAMES.get(code) ?? null;
/** Three letters, upper-cased ("kaz" is read as "KAZ"). Whether the code exists is the route's 404. */
export const CountryCode = z.string().trim().transform((s) => s.toUpperCase())
    .pipe(z.string().regex(/^[A-Z]{3}$/u, 'expected an ISO 3166-1 alpha-3 code such as KAZ'));
/** "KAZ,MYS": two different country codes. */
export const CountryPair = z.string().transform((s) => s.split(',').map((c) => c.trim().toUpperCase()))
    .pipe(z.tuple([z.string().regex(/^[A-Z]{3}$/u), z.string().regex(/^[A-Z]{3}$/u)], { error: 'expected two country codes, e.g. KAZ,MYS' }))
    .refine(([a, b]) => a !== b, 'the two codes of a pair must differ');
export const PLOVER_CATEGORIES = [
    'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
    'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
];
export const Category = z.string().transform((s) => s.toUpperCase()).pipe(z.enum(PLOVER_CATEGORIES));
/** A free-text filter or an id: trimmed, at least one character, bounded. */
export const Text = z.string().trim().min(1).max(500);
/** The envelope of every list response. */
export const pageOf = (item) => z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
});
/** A list held in memory cut to one page. */
export function slicePage(all, page) {
    return { items: all.slice(page.offset, page.offset + page.limit), total: all.length, limit: page.limit, offset: page.offset };
}
/** Date filters of a query in the store's names. */
export function rangeOf(q) {
    return { ...(q.from !== undefined ? { dateFrom: q.from } : {}), ...(q.to !== undefined ? { dateTo: q.to } : {}) };
}
/** An object without its undefined fields (exactOptionalPropertyTypes: the store's filters take absent, not undefined). */
export function defined(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
//# sourceMappingURL=schemas.js.map