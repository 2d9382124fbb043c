import { type ProblemLocation } from '../core/errors.js';
import type { IngestResult } from './types.js';
/** What an adapter found for one document, before normalisation. */
export interface RawDocument {
    id?: string | null | undefined;
    text: string;
    date?: string | null | undefined;
    url?: string | null | undefined;
    source?: string | null | undefined;
    title?: string | null | undefined;
    /** Adapter metadata to keep (feed link, HTML byline, …). */
    meta?: Record<string, unknown>;
}
export interface BuildContext extends ProblemLocation {
    /** Where the document came from, for error reports. */
    origin: string;
    /** Used for the id when the input has none: the file name without its extension. */
    fallbackId?: string | undefined;
    /** How strictly `date` is checked: "iso" (JSON, seed) rejects anything but YYYY-MM-DD[Thh:mm…]; "loose" (HTML, feeds) parses what Date.parse takes and drops the rest. */
    dates?: 'iso' | 'loose';
}
/** The file name without its extension: the document id when the input has none (OUTPUT.md). */
export declare function idFromName(name: string): string;
/**
 * Normalises the text once, finds the dateline and attribution, and fills the id, source and
 * date the input left out. Returns a problem instead when the text is empty or the date invalid.
 */
export declare function buildDocument(raw: RawDocument, ctx: BuildContext): IngestResult;
/** "2024-06-13" or an ISO date-time starting with it; null when not a real calendar day. */
export declare function isoDate(s: string): string | null;
/** Dates from page metadata and feeds: ISO, RFC 822 ("Thu, 13 Jun 2024 09:00:00 GMT"), … The calendar day as written is kept, not shifted to UTC. */
export declare function looseDate(s: string): string | null;
