import { describe, expect, it } from 'vitest';
import { TokenKind } from '../../src/core/tokens.js';
import { tokenize, tokenRange, tokenTexts } from '../../src/nlp/tokenize/index.js';

const toks = (text: string): string[] => tokenTexts(text, tokenize(text));
const kinds = (text: string): Array<[string, TokenKind]> => {
  const t = tokenize(text);
  return tokenTexts(text, t).map((s, i) => [s, t.kind[i] as TokenKind]);
};
const kindOf = (text: string, token: string): TokenKind | undefined => kinds(text).find(([s]) => s === token)?.[1];

describe('tokenizer: abbreviations and initials', () => {
  it('tokenizer: keeps titles with their period', () => {
    expect(toks('Mr. Tulegenov met Dr. Aliyeva and Gen. Ospanov on St. George Street.'))
      .toEqual(['Mr.', 'Tulegenov', 'met', 'Dr.', 'Aliyeva', 'and', 'Gen.', 'Ospanov', 'on', 'St.', 'George', 'Street', '.']);
  });
  it('tokenizer: keeps initials together', () => {
    expect(toks('M. Kuanyshbayev and J. R. Smith spoke.')).toEqual(['M.', 'Kuanyshbayev', 'and', 'J.', 'R.', 'Smith', 'spoke', '.']);
    expect(kindOf('M. Kuanyshbayev', 'M.')).toBe(TokenKind.Abbreviation);
  });
  it('tokenizer: keeps dotted acronyms whole', () => {
    expect(toks('The U.S. and the U.K. signed, e.g. at 10 a.m. with a Ph.D. holder'))
      .toEqual(['The', 'U.S.', 'and', 'the', 'U.K.', 'signed', ',', 'e.g.', 'at', '10', 'a.m.', 'with', 'a', 'Ph.D.', 'holder']);
  });
  it('tokenizer: keeps month abbreviations and general ones', () => {
    expect(toks('on Jan. 5 and Sept. 12, Kaspi Ltd. and partners etc.')).toEqual(
      ['on', 'Jan.', '5', 'and', 'Sept.', '12', ',', 'Kaspi', 'Ltd.', 'and', 'partners', 'etc.'],
    );
  });
  it('tokenizer: treats No. as an abbreviation only before a number', () => {
    expect(toks('Resolution No. 2231 passed')).toEqual(['Resolution', 'No.', '2231', 'passed']);
    expect(toks('He said no. Then he left.')).toEqual(['He', 'said', 'no', '.', 'Then', 'he', 'left', '.']);
  });
  it('tokenizer: splits the period off an ordinary word and a domain', () => {
    expect(toks('It ended. Visit akorda.kz.')).toEqual(['It', 'ended', '.', 'Visit', 'akorda.kz', '.']);
  });
  it('tokenizer: does not glue a missing-space sentence end to a long word', () => {
    expect(toks('Astana.The talks')).toEqual(['Astana', '.', 'The', 'talks']);
  });
});

describe('tokenizer: hyphens and apostrophes', () => {
  it('tokenizer: keeps hyphenated names and compounds whole (OntoNotes)', () => {
    expect(toks('Kassym-Jomart Tokayev praised Kazakhstan-Malaysia ties and a 20-year-old plan'))
      .toEqual(['Kassym-Jomart', 'Tokayev', 'praised', 'Kazakhstan-Malaysia', 'ties', 'and', 'a', '20-year-old', 'plan']);
  });
  it('tokenizer: keeps apostrophe names whole', () => {
    expect(toks("O'Brien and D’Souza met in Côte d'Ivoire")).toEqual(["O'Brien", 'and', 'D’Souza', 'met', 'in', 'Côte', "d'Ivoire"]);
  });
  it("tokenizer: keeps the elided apostrophe of Dato' before a name", () => {
    expect(toks("Dato' Sri Rahman and Dato’ Hamid")).toEqual(["Dato'", 'Sri', 'Rahman', 'and', 'Dato’', 'Hamid']);
  });
  it('tokenizer: keeps a final apostrophe on a capitalised honorific before a capitalised word', () => {
    expect(toks("Tan' Sri Ali")).toEqual(["Tan'", 'Sri', 'Ali']);
  });
  it('tokenizer: splits clitics as the Penn Treebank does', () => {
    expect(toks("We're sure they don't know Kazakhstan's plan")).toEqual(
      ['We', "'re", 'sure', 'they', 'do', "n't", 'know', 'Kazakhstan', "'s", 'plan'],
    );
    expect(toks("I'm sure we've seen it, they'll say we'd won't can't")).toEqual(
      ['I', "'m", 'sure', 'we', "'ve", 'seen', 'it', ',', 'they', "'ll", 'say', 'we', "'d", 'wo', "n't", 'ca', "n't"],
    );
  });
  it('tokenizer: splits clitics written with the curly apostrophe', () => {
    expect(toks('Kazakhstan’s envoy didn’t say it’s over')).toEqual(['Kazakhstan', '’s', 'envoy', 'did', 'n’t', 'say', 'it', '’s', 'over']);
    expect(kindOf('Kazakhstan’s envoy', '’s')).toBe(TokenKind.Word);
  });
  it('tokenizer: splits the plural possessive apostrophe as a word, not a quote', () => {
    expect(kinds("the countries' leaders")).toEqual([['the', TokenKind.Word], ['countries', TokenKind.Word], ["'", TokenKind.Word], ['leaders', TokenKind.Word]]);
  });
  it('tokenizer: keeps an elided decade whole', () => {
    expect(toks("in the '90s and ’80s")).toEqual(['in', 'the', "'90s", 'and', '’80s']);
  });
});

describe('tokenizer: numbers, URLs and e-mails', () => {
  it('tokenizer: keeps numbers with separators whole', () => {
    expect(kinds('1,000.50 tenge, 2024-06-13 at 12:30 on 13/06/2024')).toEqual([
      ['1,000.50', TokenKind.Number], ['tenge', TokenKind.Word], [',', TokenKind.Punct], ['2024-06-13', TokenKind.Number],
      ['at', TokenKind.Word], ['12:30', TokenKind.Number], ['on', TokenKind.Word], ['13/06/2024', TokenKind.Number],
    ]);
  });
  it('tokenizer: splits percent and currency signs off numbers (PTB)', () => {
    expect(kinds('up 3.5% to $12 or €4.2')).toEqual([
      ['up', TokenKind.Word], ['3.5', TokenKind.Number], ['%', TokenKind.Symbol], ['to', TokenKind.Word],
      ['$', TokenKind.Symbol], ['12', TokenKind.Number], ['or', TokenKind.Word], ['€', TokenKind.Symbol], ['4.2', TokenKind.Number],
    ]);
  });
  it('tokenizer: ends a number before a sentence period', () => {
    expect(toks('It grew in 2024. Then it fell 3.5.')).toEqual(['It', 'grew', 'in', '2024', '.', 'Then', 'it', 'fell', '3.5', '.']);
  });
  it('tokenizer: recognises URLs without trailing punctuation', () => {
    expect(kinds('See https://www.gov.kz/memleket/entities/mfa?lang=en, or (www.akorda.kz).')).toEqual([
      ['See', TokenKind.Word], ['https://www.gov.kz/memleket/entities/mfa?lang=en', TokenKind.Url], [',', TokenKind.Punct],
      ['or', TokenKind.Word], ['(', TokenKind.Punct], ['www.akorda.kz', TokenKind.Url], [')', TokenKind.Punct], ['.', TokenKind.Punct],
    ]);
  });
  it('tokenizer: keeps a balanced bracket inside a URL', () => {
    expect(toks('https://en.wikipedia.org/wiki/Astana_(city) is')).toEqual(['https://en.wikipedia.org/wiki/Astana_(city)', 'is']);
  });
  it('tokenizer: recognises e-mail addresses', () => {
    expect(kinds('Write to press.office@mfa.gov.kz.')).toEqual([
      ['Write', TokenKind.Word], ['to', TokenKind.Word], ['press.office@mfa.gov.kz', TokenKind.Email], ['.', TokenKind.Punct],
    ]);
  });
  it('tokenizer: keeps ampersand acronyms whole', () => {
    expect(toks('S&P and AT&T, but R & D')).toEqual(['S&P', 'and', 'AT&T', ',', 'but', 'R', '&', 'D']);
  });
});

describe('tokenizer: quotation marks, dashes, ellipses, brackets', () => {
  it('tokenizer: splits every quotation mark style as Quote tokens', () => {
    const text = '"a" “b” «c» „d“ ‹e› ‘f’ \'g\'';
    const t = tokenize(text);
    const quotes = tokenTexts(text, t).filter((_, i) => t.kind[i] === TokenKind.Quote);
    expect(quotes).toEqual(['"', '"', '“', '”', '«', '»', '„', '“', '‹', '›', '‘', '’', "'", "'"]);
    expect(toks(text)).toHaveLength(21);
  });
  it('tokenizer: splits a quote from adjacent punctuation', () => {
    expect(toks('“We agree,” he said. ‘No.’')).toEqual(['“', 'We', 'agree', ',', '”', 'he', 'said', '.', '‘', 'No', '.', '’']);
  });
  it('tokenizer: a closing single quote after s is a quote inside an open single quotation', () => {
    expect(kindOf("'We back the farmers' he said", "'")).toBe(TokenKind.Quote);
    const t = tokenize("'We back the farmers' he said");
    expect(t.kind[5]).toBe(TokenKind.Quote);
    expect(t.kind[0]).toBe(TokenKind.Quote);
  });
  it('tokenizer: tells dashes apart', () => {
    expect(kinds('a – b — c -- d - e‒f')).toEqual([
      ['a', TokenKind.Word], ['–', TokenKind.Dash], ['b', TokenKind.Word], ['—', TokenKind.Dash], ['c', TokenKind.Word],
      ['--', TokenKind.Dash], ['d', TokenKind.Word], ['-', TokenKind.Dash], ['e', TokenKind.Word], ['‒', TokenKind.Dash], ['f', TokenKind.Word],
    ]);
  });
  it('tokenizer: makes ellipses one token', () => {
    expect(kinds('wait... and… so')).toEqual([
      ['wait', TokenKind.Word], ['...', TokenKind.Ellipsis], ['and', TokenKind.Word], ['…', TokenKind.Ellipsis], ['so', TokenKind.Word],
    ]);
  });
  it('tokenizer: splits brackets and clause punctuation', () => {
    expect(toks('(CSTO) [sic] {x}; a: b! c?!')).toEqual(['(', 'CSTO', ')', '[', 'sic', ']', '{', 'x', '}', ';', 'a', ':', 'b', '!', 'c', '?', '!']);
  });
  it('tokenizer: treats non-Latin scripts and emoji', () => {
    expect(toks('Астана, 13 июня — «Казинформ» 🇰🇿!')).toEqual(['Астана', ',', '13', 'июня', '—', '«', 'Казинформ', '»', '🇰🇿', '!']);
  });
});

describe('tokenizer: offsets', () => {
  it('tokenizer: gives document offsets for a sub-range', () => {
    const text = 'Skip this. Mr. Lee left.';
    const t = tokenize(text, 11, text.length);
    expect(t.start[0]).toBe(11);
    expect(tokenTexts(text, t)).toEqual(['Mr.', 'Lee', 'left', '.']);
  });
  it('tokenizer: tokenTexts takes a token range', () => {
    const text = 'one two three four';
    expect(tokenTexts(text, tokenize(text), 1, 3)).toEqual(['two', 'three']);
  });
  it('tokenizer: returns no tokens for white space only', () => {
    expect(tokenize(' \n\t\u00a0 ').count).toBe(0);
  });
});

describe('tokenizer: symbols and compounds', () => {
  it('tokenizer: keeps an emoji cluster as one symbol', () => {
    expect(kinds('👨‍👩‍👧 ❤️ 👍🏽')).toEqual([['👨‍👩‍👧', TokenKind.Symbol], ['❤️', TokenKind.Symbol], ['👍🏽', TokenKind.Symbol]]);
  });
  it('tokenizer: keeps combining accents inside words', () => {
    expect(toks('e\u0301te\u0301 in Almaty')).toEqual(['e\u0301te\u0301', 'in', 'Almaty']);
  });
  it('tokenizer: joins an acronym to a following hyphenated word', () => {
    expect(toks('the U.S.-led coalition')).toEqual(['the', 'U.S.-led', 'coalition']);
  });
});

describe('tokenizer: hyphenated abbreviations', () => {
  it('tokenizer: keeps party-state labels whole', () => {
    expect(toks('Roe (D-N.J.) and Poe, R-N.Y., and Lee (R-Fla.)'))
      .toEqual(['Roe', '(', 'D-N.J.', ')', 'and', 'Poe', ',', 'R-N.Y.', ',', 'and', 'Lee', '(', 'R-Fla.', ')']);
  });
  it('tokenizer: does not take the period of an ordinary hyphenated word', () => {
    expect(toks('Kassym-Jomart. The')).toEqual(['Kassym-Jomart', '.', 'The']);
  });
});

describe('tokenizer: helpers', () => {
  it('tokenizer: tokenRange finds the tokens overlapping a span', () => {
    const text = 'Mr. Lee met  Dr. Kim.';
    const t = tokenize(text);
    expect(tokenRange(t, 0, 7)).toEqual([0, 2]);
    expect(tokenRange(t, 5, 9)).toEqual([1, 3]);
    expect(tokenRange(t, 11, 12)).toEqual([3, 3]);
    expect(tokenRange(t, 0, text.length)).toEqual([0, t.count]);
  });
});
