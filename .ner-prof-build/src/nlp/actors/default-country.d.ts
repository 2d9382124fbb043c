import type { SourceDocument } from '../../core/document.js';
/** The country an article's unqualified domestic titles belong to ("the Prime Minister"), and why. */
export interface DefaultCountry {
    readonly code: string;
    readonly rule: 'source-place' | 'source-agency' | 'dateline' | 'dominant';
}
/**
 * A general rule for officials named without a country: the press writes "the Foreign Minister" for its
 * own government. Evidence in order: a country named in the source ("Ministry of Foreign Affairs of
 * Argentina", "MONTSAME (Mongolia)"); the dateline's place ("KUALA LUMPUR:"), since a story filed
 * from abroad speaks of that country's officials; a national news agency in the source; else the
 * country the text names most often.
 */
export declare function defaultCountry(doc: SourceDocument, text: string): DefaultCountry | null;
/** The organisation the text names most often (UNO, EUR or IGO), for "the Secretary-General" alone. */
export declare function dominantOrganisation(text: string): string | null;
