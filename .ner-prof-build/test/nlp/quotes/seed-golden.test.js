import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../src/core/paths.js';
import { normalizeText } from '../../../src/ingest/normalize.js';
import { extractQuotes } from '../../../src/nlp/quotes/index.js';
import { analysisOf } from './helpers.js';
// The seed article's quotes (../shared/data/seed), read at run time, never copied into the repo.
const seedText = sharedPath('data', 'seed', 'seed.json');
const seedGold = sharedPath('data', 'seed', 'seed.gold.json');
const present = existsSync(seedText) && existsSync(seedGold);
if (!present)
    console.log('quotes seed golden test skipped: ../shared/data/seed is absent');
const words = (s) => s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter(Boolean);
function overlap(a, b) {
    const x = words(a);
    const y = words(b);
    const left = new Map();
    for (const w of x)
        left.set(w, (left.get(w) ?? 0) + 1);
    let common = 0;
    for (const w of y) {
        const n = left.get(w) ?? 0;
        if (n > 0) {
            common++;
            left.set(w, n - 1);
        }
    }
    return common ? (2 * common) / (x.length + y.length) : 0;
}
describe.skipIf(!present)('quotes: seed article', () => {
    it('quotes: finds every gold quote of the seed with its speaker and directness', () => {
        const doc = JSON.parse(readFileSync(seedText, 'utf8'));
        const gold = JSON.parse(readFileSync(seedGold, 'utf8')).quotes;
        const quotes = extractQuotes(analysisOf(normalizeText(doc.text)));
        for (const g of gold) {
            const hit = quotes.find((q) => overlap(g.text, q.text) >= 0.8);
            expect(hit, g.text).toBeDefined();
            expect(hit.direct).toBe(g.direct);
            expect(words(hit.speaker?.name ?? '')).toEqual(expect.arrayContaining(words(g.speaker).slice(-1)));
        }
    });
});
//# sourceMappingURL=seed-golden.test.js.map