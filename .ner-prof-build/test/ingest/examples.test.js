import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { packageRoot, sharedPath } from '../../src/core/paths.js';
import { readAll } from './helpers.js';
describe('examples and the seed', () => {
    it('examples: every illustrative article reads without a problem, with a unique id and a date', async () => {
        const { docs, problems } = await readAll([join(packageRoot(), 'examples')]);
        expect(problems).toEqual([]);
        expect(docs.length).toBeGreaterThanOrEqual(10);
        expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
        for (const d of docs)
            expect(d.date, d.id).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
        const formats = new Set(docs.map((d) => d.origin?.split('.').pop()));
        expect([...formats].sort()).toEqual(['html', 'json', 'jsonl', 'rss', 'txt']);
    });
    it('seed: the seed article reads with its date and the source from its attribution clause', async () => {
        const seed = sharedPath('data/seed/kazinform-2024-06-13.txt');
        if (!existsSync(seed)) {
            console.log(`note: ${seed} is absent, the seed ingest test is skipped`);
            return;
        }
        const { docs, problems } = await readAll([seed]);
        expect(problems).toEqual([]);
        expect(docs[0]).toMatchObject({ id: 'kazinform-2024-06-13', date: '2024-06-13', source: 'Kazinform' });
        expect(docs[0]?.text.startsWith('date')).toBe(false);
        expect(docs[0]?.meta.attribution?.by?.rule).toBe('agency-cites-source');
    });
});
//# sourceMappingURL=examples.test.js.map