import { describe, expect, it } from 'vitest';
import { brief, person, quotesOf } from './helpers.js';

describe('quotes: quotation marks', () => {
  const styles: Array<[string, string, string]> = [
    ['curly', '“', '”'], ['straight', '"', '"'], ['guillemets', '«', '»'], ['single', '‘', '’'],
    ['low-high', '„', '“'], ['single-guillemets', '‹', '›'], ['double-apostrophe', "''", "''"],
  ];
  for (const [style, open, close] of styles) {
    it(`quotes: reads ${style} marks with the speaker after`, () => {
      const { quotes } = quotesOf(`${open}The border talks went well and we will meet again,${close} said Minister Ivo Tamm.`);
      expect(quotes.map(brief)).toEqual([['The border talks went well and we will meet again', true, 'Ivo Tamm', `direct-after:${style}`]]);
    });
  }

  it('quotes: an apostrophe inside a single-quoted passage does not close it', () => {
    const { quotes } = quotesOf('‘Estonia’s partners can rely on us in every season,’ Ivo Tamm said.');
    expect(quotes.map(brief)).toEqual([['Estonia’s partners can rely on us in every season', true, 'Ivo Tamm', 'direct-after:single']]);
  });

  it('quotes: finds the speaker before a colon', () => {
    const { quotes } = quotesOf('Foreign Minister Lena Varga told reporters: “Our doors remain open to dialogue with all neighbours.”');
    expect(quotes.map(brief)).toEqual([['Our doors remain open to dialogue with all neighbours', true, 'Lena Varga', 'direct-before:curly']]);
  });

  it('quotes: finds the speaker in the sentence before that ends with a colon', () => {
    const { quotes } = quotesOf('Lena Varga said on Monday:\n“We will open two new border crossings before the winter comes.”');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Lena Varga']);
  });

  it('quotes: a quotation split by "he said" is two records with one speaker', () => {
    const { quotes } = quotesOf('“We have agreed on the route of the pipeline,” Tomas Berg said. “The money will follow next year.”');
    expect(quotes.map(brief)).toEqual([
      ['We have agreed on the route of the pipeline', true, 'Tomas Berg', 'direct-after:curly'],
      ['The money will follow next year', true, 'Tomas Berg', 'direct-split:curly'],
    ]);
  });

  it('quotes: a quotation continued over two paragraphs is one record per paragraph, one speaker', () => {
    const text = 'Tomas Berg said: “The first phase is finished and paid for.\n\n“The second phase starts in March and will double the capacity.”';
    const { quotes } = quotesOf(text);
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['The first phase is finished and paid for', 'Tomas Berg'],
      ['The second phase starts in March and will double the capacity', 'Tomas Berg'],
    ]);
  });

  it('quotes: a word or two in marks counts only when a naming cue frames it', () => {
    const framed = quotesOf('President Ana Kovac called the summit ‘historic’ in her closing remarks.').quotes;
    expect(framed.map(brief)).toEqual([['historic', true, 'Ana Kovac', 'scare-framed:single']]);
    const scare = quotesOf('The so-called “peace plan” was published on Monday.').quotes;
    expect(scare).toEqual([]);
  });
});

describe('quotes: lost marks and tail attributions', () => {
  it('quotes: a first-person passage ending ", said X." is direct and spans its sentences', () => {
    const { quotes } = quotesOf('We are ready to expand trade with Chile. Our companies already work there, said Senator Paul Roy.');
    expect(quotes.map(brief)).toEqual([['We are ready to expand trade with Chile. Our companies already work there', true, 'Paul Roy', 'lost-marks']]);
  });

  it('quotes: a lost-marks passage leaves out the narrative sentences before it', () => {
    const { quotes } = quotesOf('Paul Roy met the trade delegation in Lima. We want more direct flights, said Paul Roy.');
    expect(quotes.map(brief)).toEqual([['We want more direct flights', true, 'Paul Roy', 'lost-marks']]);
  });

  it('quotes: "…, X stressed." in the third person is reported speech', () => {
    const { quotes } = quotesOf('The agreement will enter into force next month, Paul Roy stressed.');
    expect(quotes.map(brief)).toEqual([['The agreement will enter into force next month', false, 'Paul Roy', 'tail-cue']]);
  });

  it('quotes: a participle after the attribution is a second statement by the same speaker', () => {
    const { quotes } = quotesOf('We see great potential in tourism, said Paul Roy, suggesting to open a direct flight between the capitals.');
    expect(quotes.map(brief)).toEqual([
      ['We see great potential in tourism', true, 'Paul Roy', 'lost-marks'],
      ['to open a direct flight between the capitals', false, 'Paul Roy', 'participial'],
    ]);
  });
});

describe('quotes: reported speech frames', () => {
  const cases: Array<[string, string, string, string]> = [
    ['Mara Ilic said that the talks would resume in June.', 'the talks would resume in June', 'Mara Ilic', 'verb-clause'],
    ['Mara Ilic said, the talks would resume in June.', 'the talks would resume in June', 'Mara Ilic', 'verb-clause'],
    ['Mara Ilic told journalists that the talks would resume in June.', 'the talks would resume in June', 'Mara Ilic', 'verb-clause'],
    ['According to Mara Ilic, the talks will resume in June.', 'the talks will resume in June', 'Mara Ilic', 'according-to-lead'],
    ['The talks will resume in June, according to Mara Ilic.', 'The talks will resume in June', 'Mara Ilic', 'according-to-tail'],
    ['As Mara Ilic noted, the talks will resume in June.', 'the talks will resume in June', 'Mara Ilic', 'as-x-said'],
    ['Mara Ilic noted the importance of regular political dialogue.', 'the importance of regular political dialogue', 'Mara Ilic', 'verb-object'],
    ['Mara Ilic stressed the need to finish the railway.', 'the need to finish the railway', 'Mara Ilic', 'verb-object'],
    ['Mara Ilic emphasised that the railway must be finished.', 'the railway must be finished', 'Mara Ilic', 'verb-clause'],
    ['Mara Ilic emphasized that the railway must be finished.', 'the railway must be finished', 'Mara Ilic', 'verb-clause'],
    ['Mara Ilic expressed confidence that trade would double.', 'trade would double', 'Mara Ilic', 'verb-clause'],
    ['Mara Ilic underlined that trade would double.', 'trade would double', 'Mara Ilic', 'verb-clause'],
  ];
  for (const [text, content, speaker, rule] of cases) {
    it(`quotes: ${rule} in "${text}"`, () => {
      expect(quotesOf(text).quotes.map(brief)).toEqual([[content, false, speaker, rule]]);
    });
  }

  it('quotes: "In his words, …" resolves the pronoun to the person before it', () => {
    const text = 'Mara Ilic met the delegation. In her words, the visit opened a new chapter.';
    const { quotes } = quotesOf(text, (a) => { person(a, 'e1', 'Mara Ilic'); });
    expect(quotes.map(brief)).toEqual([['the visit opened a new chapter', false, 'Mara Ilic', 'in-words']]);
    expect(quotes[0]!.speaker?.entity).toBe('e1');
  });

  it('quotes: ", noting that …" continues the statement of the clause before', () => {
    const { quotes } = quotesOf('Mara Ilic said the port was ready, noting that the first ship would arrive in May.');
    expect(quotes.map(brief)).toEqual([
      ['the port was ready', false, 'Mara Ilic', 'verb-clause'],
      ['the first ship would arrive in May', false, 'Mara Ilic', 'participial'],
    ]);
  });

  it('quotes: an unnamed source keeps its name and span without an entity', () => {
    const { a, quotes } = quotesOf('A senior official said the sanctions would be lifted in spring.');
    expect(quotes.map(brief)).toEqual([['the sanctions would be lifted in spring', false, 'A senior official', 'verb-clause']]);
    expect(quotes[0]!.speaker?.entity).toBeUndefined();
    expect(a.text.slice(quotes[0]!.speaker!.start, quotes[0]!.speaker!.end)).toBe('A senior official');
  });

  it('quotes: a pronoun speaker resolves to the entity of its mention', () => {
    const text = 'Prime Minister Olaf Brandt arrived in Oslo. “We came to listen,” he said.';
    const { quotes } = quotesOf(text, (a) => { person(a, 'e7', 'Olaf Brandt', 'he'); });
    expect(quotes.map((q) => [q.text, q.speaker?.entity, q.speaker?.name])).toEqual([['We came to listen', 'e7', 'Olaf Brandt']]);
  });

  it('quotes: a title as speaker resolves to the nearest person before it', () => {
    const text = 'Olaf Brandt arrived in Oslo on Monday. Our two nations share a long history, said the prime minister.';
    const { quotes } = quotesOf(text, (a) => { person(a, 'e7', 'Olaf Brandt'); });
    expect(quotes.map((q) => [q.speaker?.entity, q.direct])).toEqual([['e7', true]]);
  });

  it('quotes: a surname alone takes the fuller name given earlier when there are no entities', () => {
    const { quotes } = quotesOf('Olaf Brandt arrived in Oslo. Brandt said the visit would strengthen ties.');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Olaf Brandt']);
  });

  it('quotes: statements without a cue or a speaker are not quotes', () => {
    const { quotes } = quotesOf('The delegations discussed trade and transport. The meeting was held in Riga.');
    expect(quotes).toEqual([]);
  });

  it('quotes: every quote records its component and a cue span that matches its text', () => {
    const { a, quotes } = quotesOf('“We will sign the treaty,” said Lena Varga. Mara Ilic noted that trade had grown.');
    expect(quotes).toHaveLength(2);
    for (const q of quotes) {
      expect(q.by.component).toBe('quotes');
      expect(a.text.slice(q.start, q.end)).toBe(q.text);
      expect(q.cue && a.text.slice(q.cue.start, q.cue.end)).toBe(q.cue?.text);
    }
  });
});

describe('quotes: boundaries and policies', () => {
  it('quotes: a content stops where another source starts speaking', () => {
    const { quotes } = quotesOf('Mara Ilic said the port was ready, but Tomas Berg said the road was not.');
    expect(quotes.map(brief)).toEqual([
      ['the port was ready', false, 'Mara Ilic', 'verb-clause'],
      ['the road was not', false, 'Tomas Berg', 'verb-clause'],
    ]);
  });

  it('quotes: a party-and-state tag between name and cue does not hide the speaker', () => {
    const { quotes } = quotesOf('Sen. Ann Lee (D-Ore.) said the bill would pass next week.');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Ann Lee']);
  });

  it('quotes: a curly opening mark may close with a straight one', () => {
    const { quotes } = quotesOf('“The bill will pass next week," Ann Lee said.');
    expect(quotes.map(brief)).toEqual([['The bill will pass next week', true, 'Ann Lee', 'direct-after:curly']]);
  });

  it('quotes: a byline dash after a quotation names its speaker', () => {
    const { quotes } = quotesOf('“I would rather stay home than vote for either of them.” ― Ana Ruiz');
    expect(quotes.map(brief)).toEqual([['I would rather stay home than vote for either of them', true, 'Ana Ruiz', 'dash-attribution:curly']]);
  });

  it('quotes: a stray opening mark with no closing mark and no speaker is not a quotation', () => {
    const { quotes } = quotesOf('"On May 3, the two presidents held talks by telephone about trade.\n\nThe talks lasted an hour.');
    expect(quotes).toEqual([]);
  });

  it('quotes: an interview transcript line is the named speaker\'s direct words', () => {
    const { quotes } = quotesOf('HOST: Will you run again next year?\nLEE: I have not decided yet.');
    expect(quotes.map((q) => [q.text, q.direct, q.speaker?.name, q.by.rule])).toEqual([
      ['Will you run again next year?', true, 'HOST', 'transcript'],
      ['I have not decided yet', true, 'LEE', 'transcript'],
    ]);
  });

  it('quotes: the persons policy drops statements of institutions and groups, keeps people', async () => {
    const { extractQuotes } = await import('../../../src/nlp/quotes/index.js');
    const { analysisOf } = await import('./helpers.js');
    const a = analysisOf('The ministry said the embassy would reopen. The two sides said trade had grown. Mara Ilic said the border would stay open.');
    expect(extractQuotes(a).map((q) => q.speaker?.name)).toEqual(['The ministry', 'The two sides', 'Mara Ilic']);
    expect(extractQuotes(a, { speakers: 'persons' }).map((q) => q.speaker?.name)).toEqual(['Mara Ilic']);
  });
});
