import { firstDay, lastDay } from '../store/dates.js';
/**
 * Whether a date (YYYY, YYYY-MM or YYYY-MM-DD) falls in an inclusive range, by the store's rule
 * (src/store/dates.ts): a partial date counts as its first day, a partial upper bound as the last
 * day it can stand for. An undated item is in the range only when the range is open at both
 * ends. For knowledge-base items, which are filtered in memory.
 */
export function inRange(date, range) {
    if (date === null)
        return range.dateFrom === undefined && range.dateTo === undefined;
    const day = firstDay(date);
    return (range.dateFrom === undefined || day >= firstDay(range.dateFrom)) && (range.dateTo === undefined || day <= lastDay(range.dateTo));
}
//# sourceMappingURL=date-range.js.map