/**
 * Date helpers shared by store implementations. Dates are YYYY-MM-DD, YYYY-MM or YYYY strings,
 * so that plain string comparison orders them once they are padded to a full day.
 */
/** The first day of a partial date: '2024-06' -> '2024-06-01', '2024' -> '2024-01-01'. */
export function firstDay(date) {
    if (/^\d{4}$/u.test(date))
        return `${date}-01-01`;
    if (/^\d{4}-\d{2}$/u.test(date))
        return `${date}-01`;
    return date;
}
/** The last day a partial date can stand for, for an inclusive upper bound ('2024-06' -> '2024-06-31'). */
export function lastDay(date) {
    if (/^\d{4}$/u.test(date))
        return `${date}-12-31`;
    if (/^\d{4}-\d{2}$/u.test(date))
        return `${date}-31`;
    return date;
}
/**
 * The full day an event is filed under: its own date; for a month or year date that the article
 * date falls in, the article date (the closest day we know); else the first day of the period;
 * with no event date, the article date.
 */
export function sortDate(eventDate, documentDate) {
    if (eventDate === null)
        return documentDate === null ? null : firstDay(documentDate);
    if (documentDate !== null && eventDate.length < 10 && documentDate.startsWith(eventDate))
        return firstDay(documentDate);
    return firstDay(eventDate);
}
//# sourceMappingURL=dates.js.map