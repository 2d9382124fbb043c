import type { DocumentMeta } from '../../core/document.js';
export type Dateline = NonNullable<DocumentMeta['dateline']>;
export type Attribution = NonNullable<DocumentMeta['attribution']>;
/** The component name recorded in `by` of the metadata spans found here. */
export declare const DATELINE_COMPONENT = "ingest.dateline";
export declare const ATTRIBUTION_COMPONENT = "ingest.attribution";
/**
 * The dateline opening the text, if any: its span (which the sentence splitter skips), place,
 * agency and date. `date` is set only when the dateline gives a year (YYYY-MM-DD); the date as
 * written is kept in `dateText`.
 */
export declare function detectDateline(text: string): Dateline | undefined;
/**
 * The attribution clause of the lead ("…, Kazinform cites the press service of the Senate"):
 * looked for in the first paragraph, where wire stories put it.
 */
export declare function detectAttribution(text: string, from?: number): Attribution | undefined;
/**
 * The name an agency goes by: "KAZINFORM" -> "Kazinform", "Kazinform News Agency" -> "Kazinform".
 * Known agencies take their house spelling; another capitalised word of five letters or more
 * is a name set in capitals for the dateline, so it is written in title case; shorter ones
 * ("TASS", "APP") are acronyms and kept.
 */
export declare function agencyName(raw: string): string;
/**
 * A dateline date as YYYY-MM-DD, or --MM-DD (ISO 8601's year-less form) when the dateline gives
 * no year; undefined when it is not a valid date.
 */
export declare function parseDatelineDate(raw: string): string | undefined;
/** Whether year-month-day is a real calendar day. */
export declare function isValidDay(year: number, month: number, day: number): boolean;
