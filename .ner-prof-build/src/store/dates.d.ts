/**
 * Date helpers shared by store implementations. Dates are YYYY-MM-DD, YYYY-MM or YYYY strings,
 * so that plain string comparison orders them once they are padded to a full day.
 */
/** The first day of a partial date: '2024-06' -> '2024-06-01', '2024' -> '2024-01-01'. */
export declare function firstDay(date: string): string;
/** The last day a partial date can stand for, for an inclusive upper bound ('2024-06' -> '2024-06-31'). */
export declare function lastDay(date: string): string;
/**
 * The full day an event is filed under: its own date; for a month or year date that the article
 * date falls in, the article date (the closest day we know); else the first day of the period;
 * with no event date, the article date.
 */
export declare function sortDate(eventDate: string | null, documentDate: string | null): string | null;
