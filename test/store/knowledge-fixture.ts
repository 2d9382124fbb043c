import type { Entity } from '../../src/core/annotations.js';
import type { DocumentRecord } from '../../src/core/record.js';
import { record, type PersonSpec } from '../kb/build-records.js';

/**
 * Hand-made records for the knowledge-store tests (invented officials, real countries):
 * one Kazakh Senate Speaker written four ways, a namesake of his in Kyrgyzstan, a Malaysian
 * envoy, meetings between them, the Senate and the SCO as organisations, and a near-duplicate.
 */
const SPEAKER: PersonSpec = { name: 'Daniyar Temirbekov', country: 'KAZ', sector: 'LEG', titles: ['Speaker of the Senate'] };
const ENVOY: PersonSpec = { name: 'Farid Rahman', country: 'MYS', sector: 'GOV', titles: ['Ambassador'] };
const NAMESAKE: PersonSpec = { name: 'Daniyar Temirbekov', country: 'KGZ', sector: 'GOV', titles: ['Minister of Energy'] };

function withOrganisation(r: DocumentRecord, name: string, country: string | null): DocumentRecord {
  const text = `${r.text} ${name} was named.`;
  const start = text.lastIndexOf(name);
  const org: Entity = {
    id: `e${r.entities.length + 1}`, type: 'ORG', name, country, sector: null, titles: [], roles: [], honorifics: [],
    mentions: [{ start, end: start + name.length, text: name, kind: 'name', by: { component: 'test', rule: 'test' } }],
    by: { component: 'actors', rule: 'org' },
  };
  return { ...r, text, entities: [...r.entities, org] };
}

export const KB_RECORDS: DocumentRecord[] = [
  withOrganisation(record('k1', '2024-03-01', [SPEAKER, ENVOY], [{ category: 'CONSULT', actor: [SPEAKER.name], recipient: [ENVOY.name] }], ['trade']), 'Shanghai Cooperation Organisation', null),
  withOrganisation(record('k2', '2024-03-02', [{ name: 'D. Temirbekov', country: 'KAZ', sector: 'LEG' }, ENVOY],
    [{ category: 'CONSULT', actor: ['D. Temirbekov'], recipient: [ENVOY.name] }], ['trade']), 'SCO', null),
  record('k3', '2024-05-10', [{ name: 'Temirbekov', country: 'KAZ' }]),
  record('k4', '2024-06-20', [{ name: 'Daniiar Temyrbekov', country: 'KAZ', sector: 'LEG' }, ENVOY],
    [{ category: 'AGREE', actor: ['Daniiar Temyrbekov'], recipient: [ENVOY.name] }], ['energy']),
  record('k5', '2024-06-21', [NAMESAKE], [{ category: 'COOPERATE', actor: [NAMESAKE.name], recipient: [{ code: 'RUS' }] }], ['energy']),
  record('k6', null, [{ name: 'Claire Dubois', country: 'FRA', sector: 'GOV' }],
    [{ category: 'CONSULT', actor: ['Claire Dubois'], recipient: [{ code: 'DEU' }], date: null }]),
  record('k7', '2024-07-01', [ENVOY, SPEAKER], [{ category: 'CONSULT', actor: [SPEAKER.name], recipient: [ENVOY.name] }]),
];

/** The k1 text with a word changed: a near-duplicate of k1. */
export const NEAR_COPY: DocumentRecord = { ...KB_RECORDS[0]!, id: 'k1-copy', text: KB_RECORDS[0]!.text.replace('spoke', 'talked') };

/** A negated meeting ("did not meet"), for the negation filter. */
export const NEGATED: DocumentRecord = (() => {
  const r = record('k8', '2024-08-01', [SPEAKER, ENVOY], [{ category: 'CONSULT', actor: [SPEAKER.name], recipient: [ENVOY.name] }]);
  return { ...r, events: r.events.map((e) => ({ ...e, negated: true })) };
})();
