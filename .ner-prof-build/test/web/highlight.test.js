import { describe, expect, it } from 'vitest';
import { segment } from '../../web/src/highlight.js';
describe('explorer highlight segments', () => {
    const text = 'Omarov said: "trade grew".';
    it('highlight: segments rebuild the text exactly', () => {
        const segs = segment(text, [
            { key: 'ent:e1', cls: 'hl-ent', start: 0, end: 6 },
            { key: 'quote:0', cls: 'hl-quote', start: 14, end: 24 },
            { key: 'ev:ev1', cls: 'hl-event', start: 0, end: 26 },
        ]);
        expect(segs.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    });
    it('highlight: a segment carries every span that covers it, nested spans included', () => {
        const segs = segment(text, [
            { key: 'ev:ev1', cls: 'hl-event', start: 0, end: 26 },
            { key: 'ent:e1', cls: 'hl-ent', start: 0, end: 6 },
        ]);
        expect(segs[0]).toMatchObject({ start: 0, end: 6 });
        expect(segs[0]?.layers.map((l) => l.key).sort()).toEqual(['ent:e1', 'ev:ev1']);
        expect(segs[1]?.layers.map((l) => l.key)).toEqual(['ev:ev1']);
    });
    it('highlight: overlapping spans split at each boundary', () => {
        const segs = segment('abcdef', [
            { key: 'a', cls: 'x', start: 0, end: 4 },
            { key: 'b', cls: 'y', start: 2, end: 6 },
        ]);
        expect(segs.map((s) => [s.start, s.end, s.layers.map((l) => l.key).join('+')])).toEqual([[0, 2, 'a'], [2, 4, 'a+b'], [4, 6, 'b']]);
    });
    it('highlight: spans outside the text or empty are ignored', () => {
        const segs = segment('abc', [
            { key: 'bad', cls: 'x', start: 2, end: 9 },
            { key: 'empty', cls: 'x', start: 1, end: 1 },
        ]);
        expect(segs).toEqual([{ start: 0, end: 3, layers: [] }]);
    });
});
//# sourceMappingURL=highlight.test.js.map