import { describe, expect, it } from 'vitest';
import { describeRole } from '../../../src/nlp/roles/describe.js';
import { scanText } from '../../../src/nlp/roles/scan.js';
import { findTitles } from '../../../src/nlp/roles/title-phrase.js';
import { person } from '../actors/helpers.js';

/** Every title phrase of a text with what describeRole makes of it. */
function roles(text: string) {
  const scan = scanText(text);
  return findTitles(scan).map((t) => describeRole(scan, t));
}

describe('roles: title phrases', () => {
  it('roles: a title before a name, with its of-phrases', () => {
    const p = person('Speaker of the Senate of the Uzbek Parliament Dilshod Karimov opened the session.', 'Dilshod Karimov');
    expect(p?.titles).toEqual(['Speaker of the Senate of the Uzbek Parliament']);
    expect(p?.country).toBe('UZB');
    expect(p?.sector).toBe('LEG');
  });

  it('roles: a country adjective before the head', () => {
    const p = person('Kazakh leader Arman Dosov thanked the guests.', 'Arman Dosov');
    expect(p?.titles).toEqual(['Kazakh leader']);
    expect(p?.country).toBe('KAZ');
    expect(p?.sector).toBe('GOV');
  });

  it('roles: a possessive country before the head', () => {
    const p = person("Malaysia's Foreign Minister Aziz Rahman arrived on Monday.", 'Aziz Rahman');
    expect(p?.titles).toEqual(["Malaysia's Foreign Minister"]);
    expect(p?.country).toBe('MYS');
  });

  it('roles: apposition after the name, with a chain of titles', () => {
    const p = person('Marat Osmonov, Deputy Chairman of the Jogorku Kenesh and co-chair of the commission, spoke first.', 'Marat Osmonov');
    expect(p?.titles).toContain('Deputy Chairman of the Jogorku Kenesh');
    expect(p?.titles).toContain('co-chair of the commission');
    expect(p?.country).toBe('KGZ');
    expect(p?.sector).toBe('LEG');
  });

  it('roles: qualifiers stay in the title and are listed', () => {
    const [r] = roles('Acting First Deputy Minister of Energy of Tajikistan');
    expect(r?.title).toBe('Acting First Deputy Minister of Energy of Tajikistan');
    expect(r?.qualifiers).toEqual(['acting', 'first', 'deputy']);
    expect(r?.country).toBe('TJK');
    expect(r?.past).toBe(false);
  });

  it('roles: "former" marks a past role', () => {
    const [r] = roles('former Prime Minister of Mongolia');
    expect(r?.past).toBe(true);
    expect(r?.qualifiers).toContain('former');
  });

  it('roles: "Ambassador of A to B" serves A', () => {
    const [r] = roles('Ambassador of Japan to Kazakhstan');
    expect(r?.country).toBe('JPN');
    expect(r?.hostCountry).toBe('KAZ');
    expect(r?.sector).toBe('GOV');
  });

  it('roles: "A\'s Ambassador to B" serves A', () => {
    const p = person("Indonesia's Ambassador to Kyrgyzstan Budi Santoso presented his credentials.", 'Budi Santoso');
    expect(p?.country).toBe('IDN');
    expect(p?.titles).toEqual(["Indonesia's Ambassador to Kyrgyzstan"]);
  });

  it('roles: an ambassador to B with no sending state is not B\'s', () => {
    const p = person('Ambassador to Kazakhstan Pierre Martin visited Almaty.', 'Pierre Martin', { source: 'Kazinform' });
    expect(p?.country).toBeNull();
  });

  it('roles: a dash joins two offices of one person', () => {
    const p = person('Deputy Prime Minister – Minister of Finance of Kazakhstan Erlan Sadykov met the press.', 'Erlan Sadykov');
    expect(p?.titles).toEqual(['Deputy Prime Minister – Minister of Finance of Kazakhstan']);
    expect(p?.country).toBe('KAZ');
  });

  it('roles: a committee chair takes the sector of the chamber', () => {
    const [r] = roles('Chairman of the Committee on International Affairs of the Mazhilis');
    expect(r?.sector).toBe('LEG');
    expect(r?.country).toBe('KAZ');
  });

  it('roles: a regional governor serves the state of the region', () => {
    const [r] = roles('Governor of Tatarstan');
    expect(r?.country).toBe('RUS');
  });

  it('roles: heads of international organisations get the organisation code', () => {
    const p = person('SCO Secretary-General Ivan Novak opened the forum.', 'Ivan Novak');
    expect(p?.country).toBe('IGO');
    expect(p?.sector).toBe('GOV');
    const q = person('UN Secretary-General Ana Lopez called for calm.', 'Ana Lopez');
    expect(q?.country).toBe('UNO');
  });

  it('roles: a party office is PTY, an opposition leader too', () => {
    expect(person('Opposition leader Tom Banda rejected the result.', 'Tom Banda')?.sector).toBe('PTY');
    const [r] = roles('leader of the Green Party');
    expect(r?.sector).toBe('PTY');
  });

  it('roles: a plural title before a list of names', () => {
    const text = 'The delegation included deputies: Aibek Toktosunov, Nurgul Asanova and Bakyt Omurov.';
    for (const name of ['Aibek Toktosunov', 'Nurgul Asanova', 'Bakyt Omurov']) expect(person(text, name)?.sector, name).toBe('LEG');
  });

  it('roles: a plural title maps its countries to the names in order', () => {
    const text = 'Foreign Ministers of Armenia and Georgia Levon Hakobyan and Nino Beridze met in Tbilisi.';
    expect(person(text, 'Levon Hakobyan')?.country).toBe('ARM');
    expect(person(text, 'Nino Beridze')?.country).toBe('GEO');
  });

  it('roles: a title, a comma, then the name', () => {
    const p = person('Also present was the Chilean Secretary for Regional Affairs, Laura Gómez, who spoke briefly.', 'Laura Gómez');
    expect(p?.titles).toEqual(['Chilean Secretary for Regional Affairs']);
    expect(p?.country).toBe('CHL');
  });

  it('roles: predicates give titles: "X served as …"', () => {
    const p = person('Speaker Daniyar Abenov opened the session. Abenov earlier served as prime minister and foreign minister.', 'Daniyar Abenov');
    expect(p?.titles).toEqual(expect.arrayContaining(['Speaker', 'prime minister', 'foreign minister']));
  });

  it('roles: "X, who heads the Ministry of …" gives the office', () => {
    const p = person('Askar Beisenov, who heads the Ministry of Energy of Kazakhstan, opened the forum.', 'Askar Beisenov');
    expect(p?.titles).toEqual(['heads the Ministry of Energy of Kazakhstan']);
    expect(p?.country).toBe('KAZ');
    expect(p?.sector).toBe('GOV');
  });

  it('roles: offices predicated of a pronoun go to its person', () => {
    const text = 'Former president Ruslan Omarov spoke on Monday. He would remain chairman of the Security Council of Kyrgyzstan.';
    expect(person(text, 'Ruslan Omarov')?.titles).toContain('chairman of the Security Council of Kyrgyzstan');
  });

  it('roles: a title before another person\'s name is not an apposition', () => {
    const text = 'The talks were attended by Vice Minister of Trade of Vietnam Tran Minh, Ambassador of Japan to Vietnam Sato Kenji, and others.';
    expect(person(text, 'Tran Minh')?.titles).toEqual(['Vice Minister of Trade of Vietnam']);
    expect(person(text, 'Sato Kenji')?.country).toBe('JPN');
  });

  it('roles: an ordinary adjective is not a title ("official visit")', () => {
    expect(roles('The official visit ended on Friday.')).toEqual([]);
  });
});

describe('roles: honorifics', () => {
  it('roles: Malay honorifics are kept out of the name', () => {
    const p = person("Prime Minister Dato' Sri Ahmad Yusof received the envoys.", 'Ahmad Yusof');
    expect(p?.honorifics).toEqual(["Dato' Sri"]);
    expect(p?.titles).toEqual(['Prime Minister']);
  });

  it('roles: Arabic and English styles are kept out of the name', () => {
    expect(person('Foreign Minister Sheikh Khalid bin Saeed Al Mansouri arrived.', 'Khalid bin Saeed Al Mansouri')?.honorifics).toEqual(['Sheikh']);
    expect(person('H.E. Mr. John Carter delivered a speech.', 'John Carter')?.honorifics).toEqual(['H.E.', 'Mr.']);
    expect(person('Tan Sri Lim Boon Huat attended.', 'Lim Boon Huat')).toBeDefined();
  });
});

describe('roles: where a title complement stops', () => {
  it('roles: "to <Place>" after "of <Country>" is a destination, not part of the title (stop-destination-after-of)', () => {
    const r = roles('The state visit of the President of Peru to Morocco begins on Monday.');
    expect(r.map((x) => x.title)).toEqual(['President of Peru']);
    expect(r[0]?.country).toBe('PER');
    expect(r[0]?.by.rule).toContain('stop-destination-after-of');
    const r2 = roles('During the trip of the Minister of Foreign Affairs of Chile to Vietnam, talks were held.');
    expect(r2.map((x) => x.title)).toEqual(['Minister of Foreign Affairs of Chile']);
    expect(roles('The talks with the Minister of Defence of Peru at Rabat ended.').map((x) => x.title)).toEqual(['Minister of Defence of Peru']);
    expect(roles('The meeting with the President of Peru in Morocco ended.').map((x) => x.title)).toEqual(['President of Peru']);
  });

  it('roles: an envoy keeps the place it is accredited to', () => {
    const r = roles('The Ambassador of Chile to Japan, Rosa Quintero, presented her credentials.');
    expect(r.map((x) => x.title)).toEqual(['Ambassador of Chile to Japan']);
    expect(r[0]?.hostCountry).toBe('JPN');
  });

  it('roles: "to" with no place after it still joins ("Adviser to the President")', () => {
    const r = roles('Tomas Ebbe, Adviser to the President of Estonia, spoke.');
    expect(r[0]?.title).toBe('Adviser to the President of Estonia');
  });
});
