import { describe, expect, it } from 'vitest';
import { levelOf, levelOfTitle } from '../../src/kb/contact-levels.js';
import { dyadsOf, summariseDyad } from '../../src/kb/dyads.js';
import { clusterEvents, eventObservations } from '../../src/kb/event-clusters.js';
import { personObservations } from '../../src/kb/observations.js';
import { resolvePersons } from '../../src/kb/person-resolution.js';
import { PLOVER_WEIGHTS } from '../../src/kb/plover-weights.js';
import { record } from './build-records.js';
const ARM_PRES = { name: 'Levon Hakobyan', country: 'ARM', sector: 'GOV', titles: ['President of Armenia'] };
const GEO_PM = { name: 'Giorgi Beridze', country: 'GEO', sector: 'GOV', titles: ['Prime Minister of Georgia'] };
const ARM_AMB = { name: 'Anna Sargsyan', country: 'ARM', sector: 'GOV', titles: ['Ambassador of Armenia to Georgia'] };
const GEO_SPK = { name: 'Nino Kapanadze', country: 'GEO', sector: 'LEG', titles: ['Speaker of Parliament'] };
const docs = [
    record('g1', '2024-01-10', [ARM_PRES, GEO_PM], [{ category: 'CONSULT', actor: [ARM_PRES.name], recipient: [GEO_PM.name], mode: ['visit'] }], ['trade', 'transport']),
    record('g2', '2024-01-10', [ARM_PRES, GEO_PM], [{ category: 'SUPPORT', actor: [ARM_PRES.name, GEO_PM.name] }], ['trade']),
    record('g3', '2024-01-11', [ARM_PRES, GEO_PM], [{ category: 'CONSULT', actor: [ARM_PRES.name], recipient: [GEO_PM.name], mode: ['visit'] }], ['energy']),
    record('g4', '2024-03-05', [ARM_AMB, GEO_SPK], [{ category: 'CONSULT', actor: [ARM_AMB.name, GEO_SPK.name] }], ['legislative']),
    record('g5', '2024-06-01', [], [{ category: 'ACCUSE', actor: [{ code: 'GEO' }], recipient: [{ code: 'ARM' }] }], ['security']),
    record('g6', '2024-06-02', [], [{ category: 'THREATEN', actor: [{ code: 'GEO' }], recipient: [{ code: 'ARM' }] }], ['security']),
    record('g7', '2024-06-02', [], [{ category: 'CONSULT', actor: [{ code: 'GEO' }], recipient: [{ code: 'TUR' }] }]),
];
function events() {
    const { personOf } = resolvePersons(docs.flatMap(personObservations));
    return clusterEvents(docs.flatMap((r) => eventObservations(r, personOf)));
}
describe('kb contact levels', () => {
    it('contact levels: titles map to levels, deputies one step down, sector as fallback', () => {
        expect(levelOfTitle('President of Armenia')?.level).toBe('head_of_state');
        expect(levelOfTitle('Prime Minister')?.level).toBe('head_of_government');
        expect(levelOfTitle('Deputy Prime Minister')?.level).toBe('minister');
        expect(levelOfTitle('Deputy Foreign Minister')?.level).toBe('official');
        expect(levelOfTitle('Chairman of the Senate')?.level).toBe('parliament');
        expect(levelOfTitle('Ambassador of Japan to Kazakhstan')?.level).toBe('ambassador');
        expect(levelOf(['press officer'], 'LEG')?.level).toBe('parliament');
    });
});
describe('kb dyads: country-pair summary', () => {
    it('dyads: timeline counts events (not reports) by month and category', () => {
        const s = summariseDyad(events(), 'GEO', 'ARM');
        expect(s.pair).toEqual(['ARM', 'GEO']);
        expect(s.events).toBe(5);
        expect(s.reports).toBe(6);
        expect(s.timeline).toEqual([
            { month: '2024-01', category: 'CONSULT', events: 1 },
            { month: '2024-01', category: 'SUPPORT', events: 1 },
            { month: '2024-03', category: 'CONSULT', events: 1 },
            { month: '2024-06', category: 'ACCUSE', events: 1 },
            { month: '2024-06', category: 'THREATEN', events: 1 },
        ]);
    });
    it('dyads: levels of contact and topics over time', () => {
        const s = summariseDyad(events(), 'ARM', 'GEO');
        expect(s.levels.find((l) => l.level === 'head_of_state')?.events).toBe(2);
        expect(s.levels.find((l) => l.level === 'parliament')?.events).toBe(1);
        expect(s.levels.find((l) => l.level === 'unknown')?.events).toBe(2);
        expect(s.topics.filter((t) => t.month === '2024-01').map((t) => t.topic).sort()).toEqual(['energy', 'trade', 'trade', 'transport'].filter((t, i, a) => a.indexOf(t) === i));
        expect(s.topics.find((t) => t.month === '2024-01' && t.topic === 'trade')?.events).toBe(2);
    });
    it('dyads: temperature is warm for meetings, cold for threats, and the trend falls', () => {
        const s = summariseDyad(events(), 'ARM', 'GEO');
        const byMonth = Object.fromEntries(s.temperature.byMonth.map((m) => [m.month, m.mean]));
        expect(byMonth['2024-01']).toBeCloseTo((1 + 3.5) / 2);
        expect(byMonth['2024-06']).toBeLessThan(-3);
        expect(s.temperature.trendPerMonth).toBeLessThan(0);
        expect(PLOVER_WEIGHTS).toHaveLength(16);
    });
    it('dyads: pairs are listed by event count; an unrelated pair is empty', () => {
        expect(dyadsOf(events())[0]).toEqual({ pair: ['ARM', 'GEO'], events: 5 });
        const empty = summariseDyad(events(), 'ARM', 'TUR');
        expect(empty.events).toBe(0);
        expect(empty.temperature.mean).toBeNull();
    });
});
//# sourceMappingURL=dyads.test.js.map