import type { SourceDocument } from '../../core/document.js';
/**
 * The country a news item is filed from: the dateline place ("TASHKENT, Jan 24 -", "Astana. July 4.
 * KazTAG -"). A meeting with no stated place is taken to be there (wire-service convention: the
 * dateline names where the reporting happened).
 */
export declare function datelineCountry(doc: SourceDocument): string | null;
