import { describe, expect, it } from 'vitest';
import { clusterEvents, EventClusterIndex, eventObservations } from '../../src/kb/event-clusters.js';
import { personObservations } from '../../src/kb/observations.js';
import { resolvePersons } from '../../src/kb/person-resolution.js';
import { record } from './build-records.js';
// Invented officials of real countries.
const KAZ_FM = { name: 'Serik Baimukhanov', country: 'KAZ', sector: 'GOV', titles: ['Foreign Minister'] };
const MNG_FM = { name: 'Bold Ganbaatar', country: 'MNG', sector: 'GOV', titles: ['Minister of Foreign Affairs'] };
const KAZ_PRES = { name: 'Nurlan Dosmagambetov', country: 'KAZ', sector: 'GOV', titles: ['President'] };
const MNG_PRES = { name: 'Tumur Batbold', country: 'MNG', sector: 'GOV', titles: ['President of Mongolia'] };
const docs = [
    record('a1', '2024-05-14', [KAZ_FM, MNG_FM], [{ category: 'CONSULT', actor: [KAZ_FM.name], recipient: [MNG_FM.name], mode: ['visit'] }], ['transport']),
    // The same meeting, next day, the surname-only and a transliterated spelling.
    record('a2', '2024-05-15', [{ ...KAZ_FM, name: 'Baimukhanov' }, { ...MNG_FM, name: 'Bold Ganbatar' }], [{ category: 'CONSULT', actor: [MNG_FM.name.replace('Ganbaatar', 'Ganbatar'), 'Baimukhanov'], date: '2024-05-14' }], ['trade']),
    // The presidents met the same day: another event of the same category and pair.
    record('a3', '2024-05-14', [KAZ_PRES, MNG_PRES], [{ category: 'CONSULT', actor: [KAZ_PRES.name, MNG_PRES.name] }]),
    // The foreign ministers again, a month later: another event.
    record('a4', '2024-06-20', [KAZ_FM, MNG_FM], [{ category: 'CONSULT', actor: [KAZ_FM.name, MNG_FM.name] }]),
    // Same day, same pair, different category: an agreement signed.
    record('a5', '2024-05-14', [KAZ_FM, MNG_FM], [{ category: 'SUPPORT', actor: [KAZ_FM.name, MNG_FM.name] }]),
];
function clustered() {
    const { personOf } = resolvePersons(docs.flatMap(personObservations));
    return clusterEvents(docs.flatMap((r) => eventObservations(r, personOf)));
}
describe('kb events: cross-document events', () => {
    it('event clustering: one meeting reported by two articles is one event with both sources', () => {
        const events = clustered();
        const meeting = events.find((e) => e.documents.includes('a1'));
        expect(meeting.documents.sort()).toEqual(['a1', 'a2']);
        expect(meeting.sources.map((s) => s.rule)).toEqual(['event.first-report', 'event.same-event']);
        expect(meeting.countries).toEqual(['KAZ', 'MNG']);
        expect(meeting.persons).toHaveLength(2);
        expect(meeting.topics).toEqual(['trade', 'transport']);
    });
    it('event clustering: different participants, dates or categories stay separate events; counts are events', () => {
        const events = clustered();
        expect(events).toHaveLength(4);
        const docsOf = events.map((e) => e.documents.sort().join('+')).sort();
        expect(docsOf).toEqual(['a1+a2', 'a3', 'a4', 'a5']);
    });
    it('event clustering: incremental adds give the same events as a batch, with stable ids', () => {
        const { personOf } = resolvePersons(docs.flatMap(personObservations));
        const index = new EventClusterIndex();
        const firstId = index.addAll(eventObservations(docs[0], personOf))[0].id;
        for (const r of docs.slice(1))
            index.addAll(eventObservations(r, personOf));
        expect(index.events()).toHaveLength(4);
        expect(index.eventOf('a2', 'a2-ev1', 'CONSULT')?.id).toBe(firstId);
    });
    it('event clustering: country-only participants merge by countries and date', () => {
        const r1 = record('c1', '2024-03-01', [], [{ category: 'SANCTION', actor: [{ code: 'USA' }], recipient: [{ code: 'IRN' }] }]);
        const r2 = record('c2', '2024-03-02', [], [{ category: 'SANCTION', actor: [{ code: 'USA' }], recipient: [{ code: 'IRN' }] }]);
        const r3 = record('c3', '2024-03-09', [], [{ category: 'SANCTION', actor: [{ code: 'USA' }], recipient: [{ code: 'IRN' }] }]);
        const events = clusterEvents([r1, r2, r3].flatMap((r) => eventObservations(r)));
        expect(events.map((e) => e.documents.length).sort()).toEqual([1, 2]);
    });
});
describe('kb: the knowledge base fed one record at a time', () => {
    it('knowledge base: records added one by one give persons, stories, events and a dossier', async () => {
        const { buildKnowledgeBase } = await import('../../src/kb/knowledge-base.js');
        const kb = buildKnowledgeBase([...docs].reverse());
        const snap = kb.snapshot();
        expect(snap.events).toHaveLength(4);
        expect(snap.persons.map((p) => p.id)).toContain('serik-baimukhanov-kaz');
        expect(kb.personOf('a2', 'e1')).toBe('serik-baimukhanov-kaz');
        expect(Object.keys(snap.stories).sort()).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
        expect(kb.dyad('KAZ', 'MNG').events).toBe(4);
        expect(kb.popolo().persons.length).toBe(snap.persons.length);
    });
});
//# sourceMappingURL=event-clusters.test.js.map