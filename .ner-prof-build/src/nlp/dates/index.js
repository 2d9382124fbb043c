import { referenceDate } from './reference-date.js';
import { findDates } from './resolve-dates.js';
export { findDates, formatResolved } from './resolve-dates.js';
export { referenceDate, isoDay } from './reference-date.js';
/**
 * Time expressions resolved against the article date (or, when it is missing, the dateline's or
 * the first full date of the text), with day / month / year precision.
 */
export function datesComponent() {
    return {
        name: 'dates',
        needs: ['sentences'],
        provides: ['dates'],
        run(a) {
            a.dates = findDates(a.text, referenceDate(a.doc));
        },
    };
}
//# sourceMappingURL=index.js.map