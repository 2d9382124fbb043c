import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/nlp/dates/resolve-dates.js';
import { referenceDate } from '../../../src/nlp/dates/reference-date.js';
// A Thursday.
const REF = new Date(Date.UTC(2024, 5, 13, 12));
const one = (text, ref = REF) => {
    const found = findDates(text, ref);
    return found.map((d) => [d.text, d.value, d.precision]);
};
describe('dates: relative expressions against the article date', () => {
    it('dates: "today" and "yesterday" are days', () => {
        expect(one('The envoys met today in Lima.')).toEqual([['today', '2024-06-13', 'day']]);
        expect(one('The envoys met yesterday in Lima.')).toEqual([['yesterday', '2024-06-12', 'day']]);
    });
    it('dates: a bare weekday is the most recent past such day', () => {
        expect(one('On Tuesday the ministers signed a protocol.')[0]?.[1]).toBe('2024-06-11');
        expect(one('The talks were held on Friday.')[0]).toEqual(['Friday', '2024-06-07', 'day']);
        expect(one('The talks were held on Thursday.')[0]?.[1]).toBe('2024-06-13');
    });
    it('dates: "on June 12" is a day of the reference year', () => {
        expect(one('On June 12, the delegation arrived.')).toEqual([['June 12', '2024-06-12', 'day']]);
    });
    it('dates: "in May this year" and "in November last year" are months', () => {
        expect(one('his visit in May this year')).toEqual([['May this year', '2024-05', 'month']]);
        expect(one('the summit in November last year')).toEqual([['November last year', '2023-11', 'month']]);
    });
    it('dates: "last week" and "next month" have month precision', () => {
        expect(one('They spoke last week.')).toEqual([['last week', '2024-06', 'month']]);
        expect(one('They will meet next month.')).toEqual([['next month', '2024-07', 'month']]);
    });
    it('dates: a year alone has year precision; a month and year has month precision', () => {
        expect(one('The treaty was signed in 2019.')).toEqual([['in 2019', '2019', 'year']]);
        expect(one('The forum opened in April 2015.')).toEqual([['April 2015', '2015-04', 'month']]);
    });
    it('dates: without a reference, only expressions that carry their year are kept', () => {
        expect(one('They met today, as on 3 March 2021.', null)).toEqual([['3 March 2021', '2021-03-03', 'day']]);
    });
});
describe('dates: reference date', () => {
    const doc = (text, date, dateline) => ({
        id: 'x', text, date, url: null, source: null, title: null,
        meta: dateline ? { dateline: { start: 0, end: 0, date: dateline } } : {},
    });
    it('dates: the article date comes first, then the dateline, then the first full date', () => {
        expect(referenceDate(doc('On 2 May 2020 they met.', '2021-01-05'))?.toISOString().slice(0, 10)).toBe('2021-01-05');
        expect(referenceDate(doc('On 2 May 2020 they met.', null, '2022-03-04'))?.toISOString().slice(0, 10)).toBe('2022-03-04');
        expect(referenceDate(doc('Talks. On 2 May 2020 they met.', null))?.toISOString().slice(0, 10)).toBe('2020-05-02');
        expect(referenceDate(doc('They met on Monday.', null))).toBeNull();
    });
});
//# sourceMappingURL=resolve-dates.test.js.map