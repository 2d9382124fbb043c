import { describe, expect, it } from 'vitest';
import { NearDuplicateIndex, NUM_HASHES, signature, similarity } from '../../src/kb/near-duplicates.js';
// Texts written for the test: one wire story, a light rewrite, and another story on the same topic.
const WIRE = 'ASTANA - The foreign ministers of Kazakhstan and Mongolia met in Astana on Tuesday to discuss transit '
    + 'corridors, grain exports and a new railway link between the two countries. The ministers agreed to set up a working '
    + 'group on border crossings and to hold the next round of consultations in Ulaanbaatar in the autumn. Both sides said '
    + 'trade between the neighbours had grown by a fifth last year and called for simpler customs procedures for lorries.';
const REWRITE = 'The foreign ministers of Kazakhstan and Mongolia met in the Kazakh capital Astana on Tuesday to discuss transit '
    + 'corridors, grain exports and a new railway link between the two countries. The ministers agreed to set up a joint working '
    + 'group on border crossings and to hold the next round of consultations in Ulaanbaatar in the autumn. Both sides said '
    + 'trade between the neighbours had grown by a fifth last year and called for simpler customs rules for lorries.';
const OTHER = 'Kazakhstan and Mongolia signed an agreement on veterinary inspections of livestock on Friday, officials in '
    + 'Ulaanbaatar said. The deal, reached after two years of talks between the agriculture ministries, lets herders move '
    + 'cattle across the border for seasonal grazing under a shared health certificate. Railway freight and grain were not '
    + 'discussed, according to a statement from the Mongolian side.';
describe('kb near-duplicates', () => {
    it('near-duplicates: signatures are compact and identical texts are identical', () => {
        const s = signature(WIRE);
        expect(s).toBeInstanceOf(Uint32Array);
        expect(s.length).toBe(NUM_HASHES);
        expect(similarity(s, signature(WIRE))).toBe(1);
    });
    it('near-duplicates: a light rewrite is similar, a different story on the same topic is not', () => {
        const rewrite = similarity(signature(WIRE), signature(REWRITE));
        const other = similarity(signature(WIRE), signature(OTHER));
        expect(rewrite).toBeGreaterThan(0.5);
        expect(other).toBeLessThan(0.15);
    });
    it('near-duplicates: documents added one at a time get story ids', () => {
        const index = new NearDuplicateIndex();
        const a = index.add('a', WIRE);
        const b = index.add('b', REWRITE);
        const c = index.add('c', OTHER);
        const d = index.add('d', WIRE);
        expect(a.story).toBe('story:a');
        expect(b.story).toBe('story:a');
        expect(b.match?.document).toBe('a');
        expect(c.story).toBe('story:c');
        expect(d.story).toBe('story:a');
        expect(index.stories().get('story:a')).toEqual(['a', 'b', 'd']);
    });
});
describe('kb near-duplicates: edge cases', () => {
    it('near-duplicates: texts without words are never one story', () => {
        const index = new NearDuplicateIndex();
        expect(index.add('e1', '').story).toBe('story:e1');
        expect(index.add('e2', ' … ').story).toBe('story:e2');
    });
});
//# sourceMappingURL=near-duplicates.test.js.map