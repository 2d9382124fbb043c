/**
 * Datelines and source attributions, as data. Each rule has an id (recorded in the metadata it
 * produces) and a regular expression with named groups: `place`, `date`, `source`, and `paren`
 * (a bracketed part that is either a date or an agency, decided when matched).
 *
 * A dateline is the place (and often date and agency) that opens a wire story; the AP
 * Stylebook's "dateline" entry and the house styles of Reuters, TASS, Xinhua and Kazinform give
 * the shapes below. The text is never changed: the dateline becomes a span in doc.meta that the
 * sentence splitter leaves out of the first sentence.
 */
export interface DatelineRule {
    readonly id: string;
    readonly pattern: RegExp;
    readonly example: string;
    /** A further check on the text after the match (end = the match's end). */
    readonly accept?: (text: string, end: number) => boolean;
}
/** Tried in order; the first that matches at the start of the text wins. Most specific first. */
export declare const DATELINE_RULES: readonly DatelineRule[];
/**
 * Words that can open an article followed by a colon or a dash without being a place
 * ("UPDATE:", "EXCLUSIVE -", "Note:"), so a dateline rule must not take them.
 */
export declare const NOT_PLACES: ReadonlySet<string>;
/** House names of agencies as they are usually written, for agencies datelines print in capitals. */
export declare const AGENCY_NAMES: Readonly<Record<string, string>>;
export interface AttributionRule {
    readonly id: string;
    readonly pattern: RegExp;
    readonly example: string;
}
/**
 * Trailing attribution clauses, a comma then the clause to the end of the sentence. Kazinform,
 * TASS and BelTA close their lead sentence with one ("…, Kazinform cites the press service of the
 * Senate"). The span starts after the comma and ends before the full stop.
 */
export declare const ATTRIBUTION_RULES: readonly AttributionRule[];
/** Words that end an agency name but are not part of the name the source goes by. */
export declare const AGENCY_SUFFIX: RegExp;
