import { describe, expect, it } from 'vitest';
import type { PloverEvent } from '../../../src/core/annotations.js';
import { codeEvents } from '../../../src/nlp/events/code-events.js';
import { thankedFor } from '../../../src/nlp/events/thanked-for.js';
import { buildAnalysis, type PersonSpec } from './build-analysis.js';

// Invented officials of real countries; sentences written for these tests.
const OKAFOR: PersonSpec = { name: 'Chidi Okafor', country: 'NGA', titles: ['President of Nigeria'] };
const MENSAH: PersonSpec = { name: 'Kwame Mensah', country: 'GHA', titles: ['President of Ghana'] };
const TORRES: PersonSpec = { name: 'Lucia Torres', country: 'CHL', titles: ['Chilean Foreign Minister'] };
const HALVORSEN: PersonSpec = { name: 'Erik Halvorsen', country: 'NOR', titles: ['Norwegian Foreign Minister'] };
const VANCE: PersonSpec = { name: 'Irena Vance', country: 'BLR', titles: ['Deputy Governor of Grodno Oblast'] };
const persons = [OKAFOR, MENSAH, TORRES, HALVORSEN, VANCE];
const DATE = '2024-03-05';

const codes = (ps: PloverEvent['actor']): string[] => ps.map((p) => p.code ?? '?').sort();
const run = (lines: string[]) => codeEvents(buildAnalysis(lines, { date: DATE, persons }));
const ofCategory = (es: PloverEvent[], c: string): PloverEvent[] => es.filter((e) => e.event[0] === c);

describe('events: help named inside thanks (PLOVER manual 3.6)', () => {
  it('thanked-for: material help against a disease is AID, other assistance is SUPPORT', () => {
    const found = thankedFor(' Halvorsen for the assistance given in settling the border dispute, and for the help in fighting the measles outbreak.');
    expect(found.map((f) => f.rule.id)).toEqual(['support.thanked-for-help', 'aid.thanked-for-material-help']);
  });
  it('thanked-for: thanks for a visit or for hospitality name no provision', () => {
    expect(thankedFor(' her hosts for the warm hospitality and for the invitation.')).toEqual([]);
  });
  it('events: "X thanked Y for the humanitarian aid" codes Y\'s AID to X beside X\'s SUPPORT of Y', () => {
    const es = run(['Lucia Torres thanked Erik Halvorsen for the humanitarian aid sent after the earthquake.']);
    const [aid] = ofCategory(es, 'AID');
    expect(codes(aid!.actor)).toEqual(['NOR']);
    expect(codes(aid!.recipient)).toEqual(['CHL']);
    expect(aid?.by.rule).toBe('aid.thanked-for-material-help');
    const [support] = ofCategory(es, 'SUPPORT');
    expect(codes(support!.actor)).toEqual(['CHL']);
  });
});

describe('events: meetings whose body or host is not a known entity', () => {
  it('events: attending a meeting of an unknown body in another country adds the host state (+host-state)', () => {
    const [e] = run(['Lucia Torres arrived in Oslo to take part in a session of the ministerial board of the Andean Fisheries Organisation.']);
    expect(e?.mode).toEqual(['multilateral']);
    expect(codes(e!.actor)).toEqual(['CHL', 'NOR']);
    expect(e?.by.rule).toContain('+host-state');
  });
  it('events: a session of a named body of states is one multilateral meeting of an IGO', () => {
    const es = run(['The third session of the Council of Sahel States was held in Accra yesterday.']);
    const [e] = es.filter((x) => x.mode[0] === 'multilateral');
    expect(codes(e!.actor)).toEqual(['IGO']);
    expect(e?.actor[0]?.entity_text).toBe('Council of Sahel States');
  });
  it('events: a bilateral commission names no states and is not made an IGO', () => {
    const es = run(['The Joint Commission for cooperation of Chile and Norway held its session.']);
    expect(es.some((e) => e.actor.some((p) => p.code === 'IGO'))).toBe(false);
  });
  it('events: a joint commission\'s session coded with states only gets the chairs the text names (+body-chairs)', () => {
    const chairs: PersonSpec[] = [
      { name: 'Lucia Torres', country: 'CHL', titles: ['co-chair of the Chilean part of the Commission'] },
      { name: 'Erik Halvorsen', country: 'NOR', titles: ['co-chair of the Norwegian part of the Commission'] },
    ];
    const es = codeEvents(buildAnalysis([
      'The fifth session of the Joint Commission for cooperation of Chile and Norway took place.',
      'Lucia Torres, co-chair of the Chilean part of the Commission, opened the session.',
      'Erik Halvorsen, co-chair of the Norwegian part of the Commission, thanked the hosts.',
    ], { date: DATE, persons: chairs }));
    const [e] = ofCategory(es, 'CONSULT');
    expect(e?.by.rule).toContain('+body-chairs');
    // No place is known, so every participant is in actor; each chair replaces the bare state.
    expect(e?.actor.map((p) => p.entity_text).sort()).toEqual(['Erik Halvorsen', 'Lucia Torres']);
  });
  it('events: the side that came as "a delegation from X" is the visitor when no place is known', () => {
    const [e] = run(['The regional committee hosted a meeting between Irena Vance and a delegation from Norway.']);
    expect(e?.mode).toEqual(['visit']);
    expect(codes(e!.actor)).toEqual(['NOR']);
    expect(codes(e!.recipient)).toEqual(['BLR']);
  });
});

describe('events: who visits and who acts', () => {
  it('events: "X, President of Ghana, and Y, President of Nigeria, who is on a two-day visit" makes Y the visitor', () => {
    const es = run(['The accord was signed in the presence of Kwame Mensah, President of Ghana, and Chidi Okafor, President of Nigeria, who is on a two-day state visit to the West African nation.']);
    const [v] = ofCategory(es, 'CONSULT');
    expect(v?.mode).toEqual(['visit']);
    expect(codes(v!.actor)).toEqual(['NGA']);
    expect(codes(v!.recipient)).toEqual(['GHA']);
  });
  it('events: after a meeting, "the parties ... between Chile and Norway ... agreed" is the act of those who met (+main-parties)', () => {
    const es = run([
      'Lucia Torres met with Erik Halvorsen in Oslo.',
      'The parties discussed cooperation between Chile and Norway, which are old partners, and agreed to expand trade.',
    ]);
    const [agree] = ofCategory(es, 'AGREE');
    expect(agree?.actor.map((p) => p.entity_text).sort()).toEqual(['Erik Halvorsen', 'Lucia Torres']);
    expect(agree?.by.rule).toContain('+main-parties');
  });
  it('events: "recently visited" is an earlier, cited visit kept apart from the reported meeting', () => {
    const es = run([
      'Irena Vance met with the Norwegian Foreign Minister Erik Halvorsen in Grodno.',
      'A delegation from Grodno Oblast had recently visited Norway.',
    ]);
    expect(ofCategory(es, 'CONSULT')).toHaveLength(2);
  });
});
