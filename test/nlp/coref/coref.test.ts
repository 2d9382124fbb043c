import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../src/core/edit-distance.js';
import { COREF_RULES } from '../../../src/nlp/coref/rules.js';
import { person, personsOf } from '../actors/helpers.js';

const mentionsBy = (text: string, name: string, rule: string): string[] =>
  (person(text, name)?.mentions ?? []).filter((m) => m.by.rule === rule).map((m) => m.text);

describe('coref', () => {
  it('coref: every rule has an id and a description', () => {
    for (const r of COREF_RULES) expect(r.id && r.says).toBeTruthy();
  });

  it('coref: a surname links to the full name (partial-name)', () => {
    const text = 'President Timur Akhmetov met the envoys. Akhmetov said the talks went well.';
    expect(personsOf(text)).toHaveLength(1);
    expect(mentionsBy(text, 'Timur Akhmetov', 'partial-name')).toEqual(['Akhmetov']);
  });

  it('coref: a surname goes to the most recent person who bears it', () => {
    const text = 'Prime Minister Ali Khan met Governor Sara Khan. Later Khan said the province was ready.';
    expect(mentionsBy(text, 'Sara Khan', 'partial-name')).toEqual(['Khan']);
    expect(mentionsBy(text, 'Ali Khan', 'partial-name')).toEqual([]);
  });

  it('coref: an initial stands for a first name ("T Akhmetov")', () => {
    const text = 'Foreign Minister Timur Akhmetov arrived. T Akhmetov thanked the hosts.';
    expect(personsOf(text)).toHaveLength(1);
  });

  it('coref: a transliteration variant of a surname links when nothing disagrees', () => {
    const text = 'Speaker of the Mazhilis Bolat Zhumabayev opened the session. Later Zhumabaev welcomed the guests.';
    expect(personsOf(text)).toHaveLength(1);
    expect(mentionsBy(text, 'Bolat Zhumabayev', 'transliteration')).toEqual(['Zhumabaev']);
    expect(editDistance('Zhumabayev', 'Zhumabaev')).toBe(1);
  });

  it('coref: a title without a name links by office and country (title-match)', () => {
    const text = 'Speaker of the Senate of Kazakhstan Nurlan Bekov met Chairman of the Senate of Malaysia Ahmad Yusof. The Kazakh Senate Chairman praised the ties.';
    expect(mentionsBy(text, 'Nurlan Bekov', 'title-match')).toEqual(['Kazakh Senate Chairman']);
    expect(person(text, 'Nurlan Bekov')?.titles).toContain('Kazakh Senate Chairman');
  });

  it('coref: "the head of state" is the president, the home country\'s first', () => {
    const text = 'President of Kyrgyzstan Almaz Beishenov received Russian President Ivan Sokolov. The head of state noted the progress.';
    expect(mentionsBy(text, 'Almaz Beishenov', 'title-match')).toEqual(['head of state']);
    expect(person(text, 'Almaz Beishenov', { source: 'Kabar' })?.titles).toContain('head of state');
  });

  it('coref: a former office does not answer to the current title', () => {
    const text = 'Prime Minister Omar Aziz met former prime minister Bilal Aziz. The Prime Minister briefed him.';
    expect(mentionsBy(text, 'Omar Aziz', 'title-match')).toEqual(['Prime Minister']);
  });

  it('coref: "his counterpart" is the other side with the same office (counterpart)', () => {
    const text = 'Foreign Minister Aidar Nurlanov met Foreign Minister of Turkey Mehmet Demir. President Ahmet Kaya also sent greetings. Nurlanov thanked his counterpart.';
    expect(mentionsBy(text, 'Mehmet Demir', 'counterpart')).toEqual(['counterpart']);
  });

  it('coref: "his Russian counterpart" is a Russian', () => {
    const text = 'Uzbek President Farrukh Nazarov held talks in Tashkent. Russian Energy Minister Petr Orlov was there too. Nazarov thanked his Russian counterpart.';
    expect(mentionsBy(text, 'Petr Orlov', 'counterpart')).toEqual(['Russian counterpart']);
  });

  it('coref: pronouns go to the subject of the sentence or of the one before (pronoun-subject)', () => {
    const text = 'Speaker Aigerim Sadykova met Ambassador Jean Dupont. She said the meeting was useful. Sadykova thanked him for his work.';
    expect(mentionsBy(text, 'Aigerim Sadykova', 'pronoun-subject')).toEqual(['She', 'him', 'his']);
  });

  it('coref: a pronoun skips a person of the other gender', () => {
    const text = 'Ms Aliya Nurova met Mr Daniel Ortiz. He thanked the hosts.';
    expect(mentionsBy(text, 'Daniel Ortiz', 'pronoun-subject')).toEqual(['He']);
    expect(mentionsBy(text, 'Aliya Nurova', 'pronoun-subject')).toEqual([]);
  });

  it('coref: "the sides" is a group of the people just named (group)', () => {
    const text = 'Minister Daulet Serikov met Ambassador Hans Weber. The sides discussed trade.';
    expect(mentionsBy(text, 'Daulet Serikov', 'group')).toEqual(['The sides']);
    expect(mentionsBy(text, 'Hans Weber', 'group')).toEqual(['The sides']);
  });
});

describe('coref: titled antecedents of pronouns', () => {
  it('coref: "his" after a linked title goes to the titled subject, not a later name (pronoun-titled-subject)', () => {
    const text = 'President of Peru Luis Carrasco received Prime Minister of Morocco Karim Idrissi. Later the Peruvian President told Idrissi about his upcoming visit to Rabat.';
    expect(mentionsBy(text, 'Luis Carrasco', 'pronoun-titled-subject')).toEqual(['his']);
    expect(mentionsBy(text, 'Karim Idrissi', 'pronoun-subject')).toEqual([]);
  });
});
