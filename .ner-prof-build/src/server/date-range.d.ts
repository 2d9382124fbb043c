import type { DateRange } from '../store/repository.js';
/**
 * Whether a date (YYYY, YYYY-MM or YYYY-MM-DD) falls in an inclusive range, by the store's rule
 * (src/store/dates.ts): a partial date counts as its first day, a partial upper bound as the last
 * day it can stand for. An undated item is in the range only when the range is open at both
 * ends. For knowledge-base items, which are filtered in memory.
 */
export declare function inRange(date: string | null, range: DateRange): boolean;
