import { describe, expect, it } from 'vitest';
import { organisationObservations, personObservations } from '../../src/kb/observations.js';
import { observedOffices } from '../../src/kb/offices.js';
import { resolveOrganisations } from '../../src/kb/organisation-resolution.js';
import { resolvePersons } from '../../src/kb/person-resolution.js';
import { toPopolo } from '../../src/kb/popolo.js';
import { record } from './build-records.js';
const records = [
    record('d1', '2023-02-01', [{ name: 'Aigerim Nurlanova', country: 'KAZ', sector: 'GOV', titles: ['Minister of Energy'] }]),
    record('d2', '2023-09-14', [{ name: 'A. Nurlanova', country: 'KAZ', sector: 'GOV', titles: ['Energy Minister'] }]),
    record('d3', '2024-04-02', [{ name: 'Aigerim Nurlanova', country: 'KAZ', sector: 'GOV', titles: ['Minister of Energy', 'former Deputy Governor'] }]),
];
describe('kb offices: offices over time', () => {
    it('offices: one office per wording, first and last date seen, evidence per document', () => {
        const { persons } = resolvePersons(records.flatMap(personObservations));
        const offices = observedOffices(persons);
        const minister = offices.find((o) => o.title === 'Minister of Energy');
        expect(minister.firstSeen).toBe('2023-02-01');
        expect(minister.lastSeen).toBe('2024-04-02');
        expect(minister.evidence.map((e) => e.document)).toEqual(['d1', 'd3']);
        const ev = minister.evidence[0];
        expect(records[0].text.slice(ev.start, ev.end)).toBe('Minister of Energy');
        expect(offices.find((o) => o.title === 'former Deputy Governor')?.past).toBe(true);
        expect(offices.every((o) => o.person === persons[0].id)).toBe(true);
    });
});
describe('kb popolo: export shape', () => {
    it('popolo: persons, organizations, posts and memberships reference each other', () => {
        const { persons } = resolvePersons(records.flatMap(personObservations));
        const popolo = toPopolo(persons, observedOffices(persons));
        expect(Object.keys(popolo).sort()).toEqual(['memberships', 'organizations', 'persons', 'posts']);
        const [p] = popolo.persons;
        expect(p).toMatchObject({ id: 'aigerim-nurlanova-kaz', name: 'Aigerim Nurlanova', national_identity: 'KAZ' });
        expect(p.other_names).toEqual([{ name: 'A. Nurlanova' }]);
        const orgIds = new Set(popolo.organizations.map((o) => o.id));
        const postIds = new Set(popolo.posts.map((x) => x.id));
        expect(popolo.memberships.length).toBeGreaterThanOrEqual(2);
        for (const m of popolo.memberships) {
            expect(m.person_id).toBe(p.id);
            expect(orgIds.has(m.organization_id)).toBe(true);
            expect(postIds.has(m.post_id)).toBe(true);
            expect(m.sources.length).toBeGreaterThan(0);
            expect(m.sources[0].url).toMatch(/^\/documents\//);
        }
        for (const post of popolo.posts)
            expect(orgIds.has(post.organization_id)).toBe(true);
        expect(popolo.organizations.find((o) => o.id === 'state-kaz')).toMatchObject({ classification: 'state', area_id: 'KAZ' });
        expect(JSON.parse(JSON.stringify(popolo))).toEqual(popolo);
    });
});
describe('kb organisations', () => {
    it('organisation resolution: a name and its acronym are one organisation, same name in two countries two', () => {
        const mk = (id, name, country) => ({
            ...record(id, '2024-01-01', []),
            entities: [{ id: 'o1', type: 'ORG', name, country, sector: null, titles: [], roles: [], honorifics: [], mentions: [], by: { component: 't', rule: 't' } }],
        });
        const orgs = resolveOrganisations([
            mk('d1', 'Eurasian Development Bank', null), mk('d2', 'EDB', null), mk('d3', 'the Eurasian Development Bank', null),
            mk('d4', 'National Security Committee', 'KAZ'), mk('d5', 'National Security Committee', 'KGZ'),
            mk('d6', 'the Senate', null), mk('d7', 'Senate', null), mk('d8', 'Senate', 'MYS'), mk('d9', 'Senate', 'MYS'),
        ].flatMap(organisationObservations));
        const edb = orgs.find((o) => o.name === 'Eurasian Development Bank');
        expect(edb.documents.sort()).toEqual(['d1', 'd2', 'd3']);
        expect(orgs.filter((o) => o.name === 'National Security Committee').map((o) => o.country).sort()).toEqual(['KAZ', 'KGZ']);
        // A generic name joins another only when both know the country.
        expect(orgs.filter((o) => /senate/i.test(o.name)).map((o) => o.documents.sort().join('+')).sort()).toEqual(['d6', 'd7', 'd8+d9']);
    });
});
//# sourceMappingURL=offices-popolo.test.js.map