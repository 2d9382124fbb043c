import type { SourceDocument } from '../../core/document.js';
/**
 * The date that relative expressions ("today", "on Tuesday", "last week") are resolved against:
 * the article date; else the dateline's date; else the first full date (day, month and year)
 * in the text. Null when none of these gives a year.
 */
export declare function referenceDate(doc: SourceDocument): Date | null;
export declare const isoDay: (d: Date) => string;
