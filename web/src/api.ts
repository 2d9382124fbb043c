import type {
  CountryDetail, CountryRow, DocumentRecord, DocumentSummary, Dossier, DyadCount, EventSummary, ListPage, PersonDetail,
  PersonSummary, QuoteSummary, SearchHit, StoreStats,
} from '../../src/server/api-types.js';

/**
 * The API's response types are the server's own, inferred from its zod schemas (src/server/api-types.ts).
 * Type-only: nothing of the server is bundled. The pages import them from here.
 */
export type * from '../../src/server/api-types.js';

/** An error the API answered (`{error: {code, message}}`) or a network failure. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

type Query = Record<string, string | number | undefined>;

/** Inclusive date bounds (YYYY, YYYY-MM or YYYY-MM-DD), as the API's `from` and `to`. */
export interface DateRange { from?: string; to?: string }

/** GET /api/<path>?<query> as JSON. */
export async function get<T>(path: string, query: Query = {}): Promise<T> {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, String(v));
  const qs = params.toString();
  let res: Response;
  try {
    res = await fetch(`/api/${path}${qs ? `?${qs}` : ''}`, { headers: { accept: 'application/json' } });
  } catch (e) {
    throw new ApiError(0, 'NETWORK', `the API did not answer (${String(e)})`);
  }
  const body = await res.json().catch(() => null) as unknown;
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(res.status, err?.code ?? 'HTTP_' + res.status, err?.message ?? res.statusText);
  }
  return body as T;
}

/** As `get`, but a 404 (a route or a resource that is not there) is null. */
export async function getOrNull<T>(path: string, query: Query = {}): Promise<T | null> {
  try {
    return await get<T>(path, query);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}

const enc = encodeURIComponent;

export const api = {
  stats: () => get<StoreStats>('stats'),
  search: (q: string, offset = 0) => get<ListPage<SearchHit>>('search', { q, limit: 20, offset }),
  documents: (offset = 0) => get<ListPage<DocumentSummary>>('documents', { limit: 20, offset }),
  document: (id: string) => getOrNull<DocumentRecord>(`documents/${enc(id)}`),
  events: (query: { country?: string; pair?: string; category?: string; document?: string; participant?: string; limit?: number }) =>
    get<ListPage<EventSummary>>('events', { limit: 1000, ...query }),
  quotes: (query: { country?: string; speaker?: string; document?: string; limit?: number }) =>
    get<ListPage<QuoteSummary>>('quotes', { limit: 200, ...query }),
  persons: (query: { q?: string; country?: string; limit?: number }) => get<ListPage<PersonSummary>>('persons', { limit: 100, ...query }),
  person: (id: string) => getOrNull<PersonDetail>(`persons/${enc(id)}`),
  dyads: (country?: string) => get<ListPage<DyadCount>>('dyads', { limit: 200, country }),
  dyad: (a: string, b: string, range: DateRange = {}) => getOrNull<Dossier>(`dyads/${enc(a)}/${enc(b)}`, { ...range }),
  countries: () => get<ListPage<CountryRow>>('countries', { limit: 300 }),
  country: (code: string, range: DateRange = {}) => getOrNull<CountryDetail>(`countries/${enc(code)}`, { ...range }),
};
