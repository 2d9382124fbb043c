import type { z } from 'zod';
import type { DocumentRecord } from '../core/record.js';
import type { SearchHit, StoreStats, TopicCount } from '../store/repository.js';
import type { DocumentSummarySchema } from './routes/documents.js';
import type { DossierSchema, DyadCountSchema, MonthCategory as MonthCategorySchema } from './routes/dyads.js';
import type { CountryCountSchema, CountryDetailSchema } from './routes/countries.js';
import type { OfficeSchema, PersonDetailSchema, PersonSummarySchema } from './routes/persons.js';
import type { CrossDocumentEventSchema, EventSummarySchema } from './routes/events.js';
import type { QuoteSchema } from './routes/quotes.js';
import type { PageBody } from './schemas.js';

/**
 * The REST API's response bodies as TypeScript types, for clients such as the explorer (web/src/api.ts).
 * Types only: `import type` from here is erased by the bundler, so no server code reaches the browser.
 * Each type is inferred from the zod schema the route answers with, so the client cannot drift from it.
 */

/** Every list route answers one page of this shape (`pageOf` in src/server/schemas.ts). */
export type ListPage<T> = PageBody<T>;

export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;
export type EventSummary = z.infer<typeof EventSummarySchema>;
export type QuoteSummary = z.infer<typeof QuoteSchema>;
export type DyadCount = z.infer<typeof DyadCountSchema>;
/** One real-world event merged from every article that reports it (src/kb/event-clusters.ts). */
export type MergedEvent = z.infer<typeof CrossDocumentEventSchema>;

/**
 * GET /api/documents/:id answers the stored record; its schema is a loose object (documents.ts),
 * so the record's own type is the precise one. /api/stats and /api/search answer the store's rows.
 */
export type { DocumentRecord, SearchHit, StoreStats, TopicCount };

/** GET /api/persons items. */
export type PersonSummary = z.infer<typeof PersonSummarySchema>;
/** One office of a person, as observed. */
export type Office = z.infer<typeof OfficeSchema>;
/** GET /api/persons/:id. */
export type PersonDetail = z.infer<typeof PersonDetailSchema>;
export type MonthCategory = z.infer<typeof MonthCategorySchema>;
/** GET /api/dyads/:a/:b: everything the country-pair dossier shows. */
export type Dossier = z.infer<typeof DossierSchema>;
/** GET /api/countries items. */
export type CountryRow = z.infer<typeof CountryCountSchema>;
/** GET /api/countries/:code. */
export type CountryDetail = z.infer<typeof CountryDetailSchema>;
