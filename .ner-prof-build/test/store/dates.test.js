import { describe, expect, it } from 'vitest';
import { firstDay, lastDay, sortDate } from '../../src/store/dates.js';
describe('store dates', () => {
    it('store dates: partial dates pad to their first and last day', () => {
        expect([firstDay('2024'), firstDay('2024-06'), firstDay('2024-06-13')]).toEqual(['2024-01-01', '2024-06-01', '2024-06-13']);
        expect([lastDay('2024'), lastDay('2024-06'), lastDay('2024-06-13')]).toEqual(['2024-12-31', '2024-06-31', '2024-06-13']);
    });
    it('store dates: an event is filed under its own day, else the article day', () => {
        expect(sortDate('2024-05-02', '2024-06-13')).toBe('2024-05-02');
        expect(sortDate(null, '2024-06-13')).toBe('2024-06-13');
        expect(sortDate(null, null)).toBeNull();
    });
    it('store dates: a month or year that holds the article date takes the article day', () => {
        expect(sortDate('2024-06', '2024-06-13')).toBe('2024-06-13');
        expect(sortDate('2024', '2024-06-13')).toBe('2024-06-13');
        expect(sortDate('2024-09', '2024-06-13')).toBe('2024-09-01');
        expect(sortDate('2023', null)).toBe('2023-01-01');
    });
});
//# sourceMappingURL=dates.test.js.map