import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../../src/core/annotations.js';
import { extractQuotes } from '../../../src/nlp/quotes/index.js';
import { brief, person, quotesOf } from './helpers.js';

// Sentences written for these tests; invented officials, real countries.

describe('quotes: collective speakers', () => {
  it('quotes: a group mention shared by two people is nobody\'s alone (collective-speaker)', () => {
    const { a } = quotesOf('Lena Varga met Tomas Berg in Riga. The two leaders stressed the importance of rail links.');
    const varga = person(a, 'e1', 'Lena Varga');
    const berg = person(a, 'e2', 'Tomas Berg');
    const at = a.text.indexOf('The two leaders');
    const group: EntityMention = { start: at, end: at + 15, text: 'The two leaders', kind: 'group', by: { component: 'test', rule: 'hand' } };
    varga.mentions.push(group);
    berg.mentions.push(group);
    expect(extractQuotes(a).map((q) => [q.speaker?.name, q.speaker?.entity])).toEqual([['The two leaders', undefined]]);
    expect(extractQuotes(a, { speakers: 'persons' })).toEqual([]);
  });

  it('quotes: a plural title does not resolve to the last person named (collective-speaker)', () => {
    const { a } = quotesOf('Lena Varga arrived in Vilnius. Diplomatic sources said the visit would last two days.');
    person(a, 'e1', 'Lena Varga');
    const quotes = extractQuotes(a);
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.entity])).toEqual([['Diplomatic sources', undefined]]);
    expect(extractQuotes(a, { speakers: 'persons' })).toEqual([]);
  });

  it('quotes: the persons policy skips a quotation with no speaker found', () => {
    const { a } = quotesOf('“The border crossings will open on Monday and stay open all winter,” the statement read.');
    expect(extractQuotes(a, { speakers: 'persons' })).toEqual([]);
  });
});

describe('quotes: pronoun chain', () => {
  it('quotes: "He added" continues the previous speaker, not a person named inside the statement (pronoun-chain)', () => {
    const text = 'Speaker Arman Tulegen noted that ties were strong.\n\nHe said thanks to President Dana Kaliyeva the trade grew. He added the plan is to keep that pace.';
    const { a } = quotesOf(text);
    person(a, 'e1', 'Arman Tulegen', 'Tulegen');
    const kaliyeva = person(a, 'e2', 'Dana Kaliyeva');
    // A coreference layer that links the second "He" to the last name before it.
    const he = text.lastIndexOf('He added');
    kaliyeva.mentions.push({ start: he, end: he + 2, text: 'He', kind: 'pronoun', by: { component: 'test', rule: 'hand' } });
    expect(extractQuotes(a).map((q) => q.speaker?.entity)).toEqual(['e1', 'e1', 'e1']);
  });

  it('quotes: "He said" refers to the subject of the sentence before, past its opening phrase (pronoun-chain)', () => {
    const text = 'During the meeting, the Prime Minister briefed Omar Haddad on the trip. He said that exports were growing.';
    const { a } = quotesOf(text);
    person(a, 'e1', 'Samir Nasser', 'Prime Minister');
    const haddad = person(a, 'e2', 'Omar Haddad');
    const he = text.indexOf('He said');
    haddad.mentions.push({ start: he, end: he + 2, text: 'He', kind: 'pronoun', by: { component: 'test', rule: 'hand' } });
    expect(extractQuotes(a).map((q) => [q.text, q.speaker?.entity])).toEqual([['exports were growing', 'e1']]);
  });
});

describe('quotes: pronoun chain and gender', () => {
  it('quotes: "she said" does not continue a man\'s statement (pronoun-chain)', () => {
    const text = 'Mr Tomas Berg said that talks with Ms Ana Ruiz would resume.\n\n“We are ready,” she said.';
    const { a } = quotesOf(text);
    person(a, 'e1', 'Tomas Berg');
    person(a, 'e2', 'Ana Ruiz', 'she');
    a.entities[0]!.honorifics.push('Mr');
    a.entities[1]!.honorifics.push('Ms');
    expect(extractQuotes(a).map((q) => q.speaker?.entity)).toEqual(['e1', 'e2']);
  });
});

describe('quotes: reported-speech boundaries', () => {
  it('quotes: a bare complement needs a finite verb to be a clause (bare-clause)', () => {
    expect(quotesOf('Opposition leader Ian Moyo claimed victory in the vote on Sunday.').quotes).toEqual([]);
    expect(quotesOf('Ian Moyo claimed the vote was rigged.').quotes.map(brief)).toEqual([['the vote was rigged', false, 'Ian Moyo', 'verb-clause']]);
  });

  it('quotes: a bare clause may be negated, have a pronoun subject or an infinitive (bare-clause)', () => {
    expect(quotesOf('Ola Lund said they plan to vote in May.').quotes.map((q) => q.text)).toEqual(['they plan to vote in May']);
    expect(quotesOf('Ola Lund said the council wasn\'t consulted.').quotes.map((q) => q.text)).toEqual(['the council wasn\'t consulted']);
  });

  it('quotes: welcoming or praising a person states nothing (person-object)', () => {
    expect(quotesOf('Minister Ines Vidal welcomed the diplomats at the palace.').quotes).toEqual([]);
    expect(quotesOf('Minister Ines Vidal welcomed the new port law.').quotes.map((q) => q.text)).toEqual(['the new port law']);
  });

  it('quotes: "informed X about Y" names a topic, not a statement (listener-topic)', () => {
    expect(quotesOf('Nina Petrova informed the commissioner about the reforms of the courts.').quotes).toEqual([]);
  });

  it('quotes: an object ends where the subject\'s next predicate starts (verb-object)', () => {
    const { quotes } = quotesOf('Envoy Carl Dunn expressed his support for the loan talks and invited the government to a forum in May.');
    expect(quotes.map(brief)).toEqual([['his support for the loan talks', false, 'Carl Dunn', 'verb-object']]);
  });

  it('quotes: a coordinated cue verb continues the same statement (verb-object)', () => {
    const { quotes } = quotesOf('Carl Dunn thanked his hosts for the welcome and noted the rapid growth of trade.');
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['his hosts for the welcome and noted the rapid growth of trade', 'Carl Dunn']]);
  });

  it('quotes: "and also noted" after a clause takes the subject of the statement before it', () => {
    const { quotes } = quotesOf('During the talks, Carl Dunn said trade had doubled, and also noted the rapid growth of tourism.');
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['trade had doubled', 'Carl Dunn'],
      ['the rapid growth of tourism', 'Carl Dunn'],
    ]);
  });

  it('quotes: a participle after an object statement belongs to it (participial-joined)', () => {
    const { quotes } = quotesOf('Ines Vidal commended the new port law, adding that it would draw investors.');
    expect(quotes.map(brief)).toEqual([['the new port law, adding that it would draw investors', false, 'Ines Vidal', 'verb-object']]);
  });

  it('quotes: a manner adverb may stand between the speaker and the cue', () => {
    const { quotes } = quotesOf('Minister Ines Vidal highly appraised the work of the joint commission.');
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['the work of the joint commission', 'Ines Vidal']]);
  });
});

describe('quotes: quotations inside reported speech', () => {
  it('quotes: words in marks inside a reported clause are a direct record of the speaker (direct-embedded)', () => {
    const { quotes } = quotesOf('Ambassador Rui Costa noted that the talks had cleared the way "for a deeper partnership of our ports".');
    expect(quotes.map(brief)).toEqual([
      ['the talks had cleared the way', false, 'Rui Costa', 'verb-clause'],
      ['for a deeper partnership of our ports', true, 'Rui Costa', 'direct-embedded:straight'],
    ]);
  });

  it('quotes: a term in marks after "the" and a single scare word are not quotations', () => {
    const { quotes } = quotesOf('Rui Costa said the "Lisbon format" had served both sides and the results were "historic".');
    expect(quotes.map((q) => q.direct)).toEqual([false]);
  });

  it('quotes: a naming verb frames a longer quotation (direct-framed)', () => {
    const { quotes } = quotesOf('On Monday, Ian Moyo called the official results "a crude and obvious forgery" in a speech.');
    expect(quotes.map(brief)).toEqual([['a crude and obvious forgery', true, 'Ian Moyo', 'direct-framed:straight']]);
  });

  it('quotes: the same quotation twice in the body is two passages (repeated-quote applies to the headline only)', () => {
    const text = 'Portugal and Chile sign a trade accord\n\nLISBON, May 2. Rui Costa said: "Trade is growing fast."\n\nLater, Rui Costa said again: "Trade is growing fast."';
    expect(quotesOf(text).quotes.filter((q) => q.direct)).toHaveLength(2);
  });

  it('quotes: a headline repeating a quotation the body gives in full is one record (repeated-quote)', () => {
    const text = 'Rui Costa said Portugal "is glad to see the trade growing"\n\nLISBON, May 2. Rui Costa said that Portugal "is glad to see the trade growing, and the ports busy."';
    const { quotes } = quotesOf(text);
    const direct = quotes.filter((q) => q.direct);
    expect(direct.map((q) => q.text)).toEqual(['is glad to see the trade growing, and the ports busy']);
  });
});

describe('quotes: attributions with asides and appositives', () => {
  it('quotes: an aside between the cue and "that" is skipped (cue-aside)', () => {
    const { quotes } = quotesOf('Ola Lund warned in an interview, which aired on Friday, that the dispute could escalate.');
    expect(quotes.map(brief)).toEqual([['the dispute could escalate', false, 'Ola Lund', 'verb-clause']]);
  });

  it('quotes: "said, however, …" keeps the clause after the adverb (cue-aside)', () => {
    const { quotes } = quotesOf('Ola Lund had also said, however, he wants firm budget rules from the council.');
    expect(quotes.map((q) => q.text)).toEqual(['he wants firm budget rules from the council']);
  });

  it('quotes: "… and he called for …" starts a second statement inside a clause', () => {
    const { quotes } = quotesOf('Ola Lund said that the dispute could turn into open conflict and he called for restraint on both sides.');
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['the dispute could turn into open conflict', 'Ola Lund'],
      ['restraint on both sides', 'Ola Lund'],
    ]);
  });

  it('quotes: a tail attribution with an unclosed appositive and a listener names the person (tail-appositive)', () => {
    const text = 'The summit will open on Monday, Eva Holm, the spokesperson for the prime minister told reporters on Friday.';
    const { a } = quotesOf(text);
    person(a, 'e1', 'Eva Holm');
    expect(extractQuotes(a).map((q) => [q.text, q.speaker?.entity, q.by.rule])).toEqual([['The summit will open on Monday', 'e1', 'tail-cue']]);
  });

  it('quotes: "…, X told reporters." is a tail attribution', () => {
    const { quotes } = quotesOf('The border will reopen next week, Minister Eva Holm told reporters.');
    expect(quotes.map(brief)).toEqual([['The border will reopen next week', false, 'Eva Holm', 'tail-cue']]);
  });
});

