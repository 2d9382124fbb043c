import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_RULES, DATELINE_RULES } from '../../src/ingest/metadata/dateline-rules.js';
import { agencyName, detectAttribution, detectDateline, parseDatelineDate } from '../../src/ingest/metadata/detect.js';
import { readDocumentFromText } from '../../src/ingest/index.js';

const LEAD = 'Foreign Minister Aida Serikbayeva met Ambassador of Japan Kenji Morita to discuss the agenda of the upcoming intergovernmental commission.';

describe('dateline rules', () => {
  it.each([
    ['NUR-SULTAN. KAZINFORM –', { by: { component: 'ingest.dateline', rule: 'place-dot-agency' }, place: 'NUR-SULTAN', source: 'Kazinform' }],
    ['ASTANA. KAZINFORM', { by: { component: 'ingest.dateline', rule: 'place-dot-agency' }, place: 'ASTANA', source: 'Kazinform' }],
    ['ASTANA, June 13 (Reuters) -', { by: { component: 'ingest.dateline', rule: 'place-date-bracket-agency' }, place: 'ASTANA', source: 'Reuters', dateText: 'June 13' }],
    ['BEIJING, July 13 (Xinhua) --', { by: { component: 'ingest.dateline', rule: 'place-date-bracket-agency' }, place: 'BEIJING', source: 'Xinhua' }],
    ['LAHORE, Oct 12 (APP):', { by: { component: 'ingest.dateline', rule: 'place-date-bracket-agency' }, place: 'LAHORE', source: 'APP', dateText: 'Oct 12' }],
    ['DUSHANBE, 14.09.2023 (Khovar Press) –', { by: { component: 'ingest.dateline', rule: 'place-date-bracket-agency' }, date: '2023-09-14', source: 'Khovar Press' }],
    ['Washington D. C. [USA], October 19 (ANI):', { by: { component: 'ingest.dateline', rule: 'place-date-bracket-agency' }, place: 'Washington D. C. [USA]', source: 'ANI' }],
    ['MOSCOW, March 3. /TASS/.', { by: { component: 'ingest.dateline', rule: 'place-date-slash-agency' }, place: 'MOSCOW', source: 'TASS', dateText: 'March 3' }],
    ['Tashkent, JAN 24 /DNA/ –', { by: { component: 'ingest.dateline', rule: 'place-date-slash-agency' }, place: 'Tashkent', source: 'DNA' }],
    ['Astana. July 4. KazTAG -', { by: { component: 'ingest.dateline', rule: 'place-date-agency-dash' }, place: 'Astana', source: 'KazTAG' }],
    ['Ulaanbaatar /MONTSAME/.', { by: { component: 'ingest.dateline', rule: 'place-slash-agency' }, place: 'Ulaanbaatar', source: 'MONTSAME' }],
    ['WASHINGTON (AP) —', { by: { component: 'ingest.dateline', rule: 'place-bracket' }, place: 'WASHINGTON', source: 'AP' }],
    ['KUALA LUMPUR (April 25):', { by: { component: 'ingest.dateline', rule: 'place-bracket' }, place: 'KUALA LUMPUR', dateText: 'April 25' }],
    ['Harare, Kenya, Monday 30 May 2022 –', { by: { component: 'ingest.dateline', rule: 'places-date-dash' }, place: 'Harare, Kenya', date: '2022-05-30' }],
    ['PRETORIA, August 27, 2024 –', { by: { component: 'ingest.dateline', rule: 'places-date-dash' }, place: 'PRETORIA', date: '2024-08-27' }],
    ['Geneva\n\n21 September 2017', { by: { component: 'ingest.dateline', rule: 'place-date-lines' }, place: 'Geneva', date: '2017-09-21' }],
    ['ABU DHABI -', { by: { component: 'ingest.dateline', rule: 'caps-place-dash' }, place: 'ABU DHABI' }],
    ['KUALA LUMPUR:', { by: { component: 'ingest.dateline', rule: 'place-colon' }, place: 'KUALA LUMPUR' }],
    ['NEW DELHI, June 13 (PTI)', { by: { component: 'ingest.dateline', rule: 'place-date-bracket-agency' }, place: 'NEW DELHI', source: 'PTI' }],
    ['TOKYO, June 13 (Kyodo) --', { by: { component: 'ingest.dateline', rule: 'place-date-bracket-agency' }, place: 'TOKYO', source: 'Kyodo' }],
    ['NEW DELHI, June 13:', { by: { component: 'ingest.dateline', rule: 'place-date-colon' }, place: 'NEW DELHI', dateText: 'June 13' }],
    ['BAKU, Azerbaijan, June 13.', { by: { component: 'ingest.dateline', rule: 'places-date-dot' }, place: 'BAKU, Azerbaijan' }],
    ['BAKU, Azerbaijan (AP) —', { by: { component: 'ingest.dateline', rule: 'place-bracket' }, place: 'BAKU, Azerbaijan', source: 'AP' }],
  ])('dateline: %j is recognised with its span', (dateline, expected) => {
    const text = `${dateline}${dateline.includes('\n') ? '\n' : ' '}${LEAD}`;
    const found = detectDateline(text);
    expect(found).toMatchObject({ start: 0, end: dateline.length, ...expected });
  });

  it('dateline: found after a headline line, not after a first sentence', () => {
    const headline = 'Kazakh and Japanese ministers meet in Astana\n\n';
    expect(detectDateline(`${headline}ASTANA, June 13 (Reuters) - ${LEAD}`)).toMatchObject({ start: headline.length, end: headline.length + 27 });
    expect(detectDateline(`The ministers met.\n\nASTANA, June 13 (Reuters) - ${LEAD}`)).toBeUndefined();
  });

  it('dateline: every rule has an id and its example matches it', () => {
    const ids = new Set(DATELINE_RULES.map((r) => r.id));
    expect(ids.size).toBe(DATELINE_RULES.length);
    for (const rule of DATELINE_RULES) expect(rule.pattern.test(`${rule.example} ${LEAD}`), rule.id).toBe(true);
  });

  it.each([
    LEAD,
    'UPDATE: The ministers met again.',
    'President Aliyev: the talks went well.',
    'The Kazakh and Malaysian ministers met (Reuters) - no.',
    'On June 13, the ministers met.',
    'Also, June 13. The ministers met.',
    'Meanwhile, June 13: the ministers met.',
    'EU - Kazakhstan relations are strong.',
    'NATO: allies meet in Brussels.',
    'Graham: Trump Has a Long Way to Go\n\nThe senator said on Sunday that the candidate had a long way to go.',
  ])('dateline: %j has none', (text) => {
    expect(detectDateline(text)).toBeUndefined();
  });

  it('dateline: a year-less date is kept as written, not turned into a document date', () => {
    const { docs } = { docs: readDocumentFromText('a.txt', `ASTANA, June 13 (Reuters) - ${LEAD}`) };
    const doc = docs[0]?.kind === 'document' ? docs[0].doc : undefined;
    expect(doc?.date).toBeNull();
    expect(doc?.source).toBe('Reuters');
    expect(doc?.meta.dateline?.date).toBeUndefined();
  });

  it('dateline: a date with a year fills a missing document date, never overrides a given one', () => {
    const text = `PRETORIA, August 27, 2024 (Meridian) – ${LEAD}`;
    const plain = readDocumentFromText('a.txt', text)[0];
    const seeded = readDocumentFromText('b.txt', `date 2024-08-28 ${text}`)[0];
    expect(plain?.kind === 'document' && plain.doc.date).toBe('2024-08-27');
    expect(seeded?.kind === 'document' && seeded.doc.date).toBe('2024-08-28');
  });

  it('dateline: the text is not changed, the span points into it', () => {
    const text = `MOSCOW, March 3. /TASS/. ${LEAD}`;
    const r = readDocumentFromText('a.txt', text)[0];
    const doc = r?.kind === 'document' ? r.doc : undefined;
    expect(doc?.text).toBe(text);
    expect(doc && doc.meta.dateline && doc.text.slice(doc.meta.dateline.start, doc.meta.dateline.end)).toBe('MOSCOW, March 3. /TASS/.');
  });

  it('dateline: dates parse to ISO, year-less ones to --MM-DD, impossible ones to nothing', () => {
    expect(parseDatelineDate('Jan. 24, 2024')).toBe('2024-01-24');
    expect(parseDatelineDate('Monday 30 May 2022')).toBe('2022-05-30');
    expect(parseDatelineDate('JAN 24')).toBe('--01-24');
    expect(parseDatelineDate('31.02.2023')).toBeUndefined();
  });

  it('dateline: agency names take their usual spelling', () => {
    expect(agencyName('KAZINFORM')).toBe('Kazinform');
    expect(agencyName('Kazinform News Agency')).toBe('Kazinform');
    expect(agencyName('MERIDIAN')).toBe('Meridian');
    expect(agencyName('TASS')).toBe('TASS');
  });
});

describe('attribution rules', () => {
  const lead = 'Speaker of the Senate Aliya Dauletova met a delegation of the Dewan Rakyat';
  it.each([
    [', Kazinform cites the press service of the Senate.', { by: { component: 'ingest.attribution', rule: 'agency-cites-source' }, source: 'Kazinform', cited: 'the press service of the Senate' }],
    [', Meridian News Agency cites the press service of the Ministry of Energy.', { by: { component: 'ingest.attribution', rule: 'agency-cites-source' }, source: 'Meridian', cited: 'the press service of the Ministry of Energy' }],
    [', BelTA learned from the press service of the Gomel City Council.', { by: { component: 'ingest.attribution', rule: 'agency-cites-source' }, source: 'BelTA' }],
    [", the ministry's press service reports.", { by: { component: 'ingest.attribution', rule: 'source-press-service-reports' }, cited: "the ministry's press service" }],
    [', the press service of the Mongolian MFA reported.', { by: { component: 'ingest.attribution', rule: 'source-press-service-reports' }, cited: 'the press service of the Mongolian MFA' }],
    [', Kazinform News Agency reports.', { by: { component: 'ingest.attribution', rule: 'agency-reports' }, source: 'Kazinform' }],
    [', reports Akorda.', { by: { component: 'ingest.attribution', rule: 'reports-source' }, cited: 'Akorda' }],
    [', according to the press service of the President.', { by: { component: 'ingest.attribution', rule: 'according-to-press-service' }, cited: 'the press service of the President' }],
  ])('attribution: %j is recognised, its span without the comma and the full stop', (clause, expected) => {
    const text = `${lead}${clause}\n\nThe sides discussed trade.`;
    const found = detectAttribution(text);
    expect(found).toMatchObject(expected);
    expect(text.slice(found?.start, found?.end)).toBe(clause.slice(2, -1));
  });

  it('attribution: searched in the paragraph after a dateline that ends its own paragraph', () => {
    const text = `Geneva\n\n21 September 2017\n\n${lead}, the press service of the mission reported.\n\nMore.`;
    const dateline = detectDateline(text);
    expect(detectAttribution(text, dateline?.end)).toMatchObject({ cited: 'the press service of the mission' });
  });

  it('attribution: every rule has an id and its example matches it', () => {
    for (const rule of ATTRIBUTION_RULES) expect(rule.pattern.test(`${lead}${rule.example}`), rule.id).toBe(true);
  });

  it('attribution: only the lead paragraph is searched, and a quote cue is not an attribution', () => {
    expect(detectAttribution(`${lead}.\n\nLater, Kazinform cites the ministry.`)).toBeUndefined();
    expect(detectAttribution(`“We agree,” Dauletova said.`)).toBeUndefined();
    expect(detectAttribution(`The talks went well, Aliya Dauletova reported.`)).toBeUndefined();
  });

  it('attribution: its agency fills a missing source (the seed form)', () => {
    const r = readDocumentFromText('s.txt', ` date 2024-06-13 ${lead}, Meridian News Agency cites the press service of the Senate.`)[0];
    expect(r?.kind === 'document' && r.doc.source).toBe('Meridian');
  });
});
