import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDocumentFromText } from '../../src/ingest/index.js';
// Fragments of every format, so random strings reach deep into each adapter.
const FRAGMENTS = [
    '<?xml version="1.0"?>', '<rss>', '</rss>', '<channel>', '<item>', '</item>', '<title>', '<![CDATA[', ']]>', '<feed>', '<entry>',
    '<!doctype html>', '<html>', '<p>', '</p>', '<article>', '<script type="application/ld+json">', '{', '}', '[', ']', '"text":', '"id":',
    '"date":', '"2024-02-30"', 'null', ',', ':', '\n', '\r\n', ' date 2024-06-13 ', 'ASTANA, June 13 (Reuters) - ', ', Kazinform cites ', '\u0000', '\uFEFF', '“', '»',
];
describe('adapters never throw', () => {
    it.each(['a.txt', 'a.json', 'a.jsonl', 'a.html', 'a.rss', 'a.xml', 'noext'])('never throws: %s yields documents (with metadata spans inside the text) or problems for any text', (name) => {
        fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 })), { maxLength: 30 }).map((a) => a.join('')), (text) => {
            const results = readDocumentFromText(name, text);
            expect(results.length).toBeGreaterThan(0);
            for (const r of results) {
                if (r.kind === 'document') {
                    expect(r.doc.text.length).toBeGreaterThan(0);
                    for (const span of [r.doc.meta.dateline, r.doc.meta.attribution]) {
                        if (!span)
                            continue;
                        expect(0 <= span.start && span.start < span.end && span.end <= r.doc.text.length).toBe(true);
                    }
                }
                else
                    expect(r.problem.code).toMatch(/^INPUT_/u);
            }
        }), { numRuns: 150 });
    });
});
//# sourceMappingURL=never-throws.test.js.map