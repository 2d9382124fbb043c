import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../src/core/paths.js';
import { normalizeText } from '../../../src/ingest/normalize.js';
import { defaultPipeline } from '../../../src/nlp/default-pipeline.js';
// The seed article is research data: read at run time from ../shared, never copied here.
const seedFile = sharedPath('data', 'seed', 'seed.json');
const present = existsSync(seedFile);
if (!present)
    console.log(`events seed golden test skipped: ${seedFile} is absent`);
describe.skipIf(!present)('events: seed article', () => {
    it('events: the seed gives the day\'s meeting and the cited May visit as two CONSULT events', () => {
        const src = JSON.parse(readFileSync(seedFile, 'utf8'));
        const record = defaultPipeline().record({ id: src.id, text: normalizeText(src.text), date: src.date, url: null, source: null, title: null, meta: {} });
        const consult = record.events.filter((e) => e.event[0] === 'CONSULT');
        const countries = (e) => [...new Set([...e.actor, ...e.recipient].map((p) => p.code))].sort();
        const meeting = consult.find((e) => e.date === src.date);
        const visit = consult.find((e) => e.date?.length === 7);
        expect(consult).toHaveLength(2);
        expect(countries(meeting)).toEqual(['KAZ', 'MYS']);
        expect(visit?.mode).toEqual(['visit']);
        expect(visit?.actor.map((p) => p.code)).toEqual(['MYS']);
        expect(visit?.recipient.map((p) => p.code)).toEqual(['KAZ']);
    });
});
//# sourceMappingURL=seed-golden.test.js.map