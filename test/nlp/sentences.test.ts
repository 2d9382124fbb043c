import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../src/core/document.js';
import { newAnalysis } from '../../src/core/analysis.js';
import { sentenceIndexAt, sentencesComponent, splitParagraphs, splitSentences } from '../../src/nlp/sentences/index.js';
import { tokenize, tokenizerComponent } from '../../src/nlp/tokenize/index.js';

function sentences(text: string): string[] {
  return splitSentences(text, tokenize(text), splitParagraphs(text)).map((s) => text.slice(s.start, s.end));
}

describe('sentences: terminal punctuation', () => {
  it('sentences: splits at . ! ? before a capitalised word', () => {
    expect(sentences('The talks ended. Did they agree? Yes! They did.'))
      .toEqual(['The talks ended.', 'Did they agree?', 'Yes!', 'They did.']);
  });
  it('sentences: does not split before a lowercase continuation', () => {
    expect(sentences('"Why now?" he asked. The envoy said approx. two hundred came.'))
      .toEqual(['"Why now?" he asked.', 'The envoy said approx. two hundred came.']);
  });
  it('sentences: splits after closing quotation marks and brackets', () => {
    expect(sentences('“We will deepen our ties.” He said so. (It was late.) Then they left.'))
      .toEqual(['“We will deepen our ties.”', 'He said so.', '(It was late.)', 'Then they left.']);
    expect(sentences('He said: «We agree.» The minister nodded.')).toEqual(['He said: «We agree.»', 'The minister nodded.']);
  });
  it('sentences: keeps a quote closed by a comma in its sentence', () => {
    expect(sentences('“We agree. We will sign,” the minister said.')).toEqual(['“We agree.', 'We will sign,” the minister said.']);
  });
  it('sentences: splits before an opening quotation mark', () => {
    expect(sentences('He smiled. “Welcome,” he said.')).toEqual(['He smiled.', '“Welcome,” he said.']);
  });
  it('sentences: takes several terminal marks together', () => {
    expect(sentences('Really?! Yes.')).toEqual(['Really?!', 'Yes.']);
  });
  it('sentences: splits at an ellipsis only before a sentence starter', () => {
    expect(sentences('They waited… The envoy came. We will … Kazakhstan will decide.'))
      .toEqual(['They waited…', 'The envoy came.', 'We will … Kazakhstan will decide.']);
  });
});

describe('sentences: abbreviations and initials', () => {
  it('sentences: never splits after a title', () => {
    expect(sentences('Mr. Ospanov met Dr. Aliyeva and Gen. Serikov. They talked.'))
      .toEqual(['Mr. Ospanov met Dr. Aliyeva and Gen. Serikov.', 'They talked.']);
  });
  it('sentences: does not split after an initial before a surname', () => {
    expect(sentences('M. Kuanyshbayev and K. Tokayev spoke. They agreed.')).toEqual(['M. Kuanyshbayev and K. Tokayev spoke.', 'They agreed.']);
  });
  it('sentences: does not split after U.S. before a title but does before a pronoun', () => {
    expect(sentences('The U.S. Secretary of State arrived. He met officials from the U.S. They talked.'))
      .toEqual(['The U.S. Secretary of State arrived.', 'He met officials from the U.S.', 'They talked.']);
  });
  it('sentences: handles months before a number and at a sentence end', () => {
    expect(sentences('The treaty was signed on Jan. 5 in Astana. It enters into force in Sept. The parties agreed.'))
      .toEqual(['The treaty was signed on Jan. 5 in Astana.', 'It enters into force in Sept.', 'The parties agreed.']);
  });
  it('sentences: splits after a general abbreviation before a capitalised word', () => {
    expect(sentences('They traded oil, grain, etc. Trade grew.')).toEqual(['They traded oil, grain, etc.', 'Trade grew.']);
    expect(sentences('Resolution No. 5 passed. He said no. Then he left.')).toEqual(['Resolution No. 5 passed.', 'He said no.', 'Then he left.']);
  });
  it('sentences: splits after a number', () => {
    expect(sentences('Trade rose 3.5% in 2023. Kazakhstan welcomed it.')).toEqual(['Trade rose 3.5% in 2023.', 'Kazakhstan welcomed it.']);
  });
});

describe('sentences: paragraphs and spans', () => {
  it('sentences: never crosses a line break and numbers paragraphs', () => {
    const text = 'Kazakh, Malaysian speakers meet\nThe speakers met in Astana\n\n  The talks ended. They agreed.  \n';
    const t = tokenize(text);
    const paras = splitParagraphs(text);
    expect(paras.map((p) => text.slice(p.start, p.end))).toEqual(['Kazakh, Malaysian speakers meet', 'The speakers met in Astana', 'The talks ended. They agreed.']);
    const s = splitSentences(text, t, paras);
    expect(s.map((x) => [text.slice(x.start, x.end), x.paragraph])).toEqual([
      ['Kazakh, Malaysian speakers meet', 0], ['The speakers met in Astana', 1], ['The talks ended.', 2], ['They agreed.', 2],
    ]);
  });
  it('sentences: token ranges match the spans and cover each paragraph', () => {
    const text = '  Mr. Lee left.  He  returned! \n\n“Fine,” she said.';
    const t = tokenize(text);
    const paras = splitParagraphs(text);
    const s = splitSentences(text, t, paras);
    expect(s.map((x) => text.slice(x.start, x.end))).toEqual(['Mr. Lee left.', 'He  returned!', '“Fine,” she said.']);
    for (const x of s) {
      expect(t.start[x.tokenStart]).toBe(x.start);
      expect(t.end[x.tokenEnd - 1]).toBe(x.end);
    }
    expect(s.map((x) => [x.tokenStart, x.tokenEnd])).toEqual([[0, 4], [4, 7], [7, t.count]]);
  });
  it('sentences: excludes the dateline from paragraphs and sentences', () => {
    const text = 'ASTANA. KAZINFORM – Mr. Ospanov met the envoy. They agreed.\nThe talks ended.';
    const dateline = { start: 0, end: 'ASTANA. KAZINFORM –'.length };
    const doc: SourceDocument = { id: 't', text, date: null, url: null, source: null, title: null, meta: { dateline } };
    const a = newAnalysis(doc);
    tokenizerComponent().run(a);
    sentencesComponent().run(a);
    expect(a.sentences.map((x) => text.slice(x.start, x.end))).toEqual(['Mr. Ospanov met the envoy.', 'They agreed.', 'The talks ended.']);
    expect(a.paragraphs[0]?.start).toBe(dateline.end + 1);
  });
  it('sentences: without a dateline the first sentence starts at the text', () => {
    const text = 'Mr. Ospanov met the envoy.';
    const a = newAnalysis({ id: 't', text, date: null, url: null, source: null, title: null, meta: {} });
    tokenizerComponent().run(a);
    sentencesComponent().run(a);
    expect(a.sentences).toMatchObject([{ start: 0, end: text.length, tokenStart: 0, tokenEnd: 6, paragraph: 0, by: { component: 'sentences', rule: 'paragraph-end' } }]);
  });
});

describe('sentences: quotations and lists', () => {
  it('sentences: keeps a quotation with its attribution after ? or !', () => {
    expect(sentences('“Why now?” Minister Ospanov asked. “Never!” Aliyeva replied. “Fine.” The talks went on.'))
      .toEqual(['“Why now?” Minister Ospanov asked.', '“Never!” Aliyeva replied.', '“Fine.”', 'The talks went on.']);
  });
  it('sentences: does not split a numbered or lettered list label', () => {
    expect(sentences('1. The parties agree. 2. They sign.')).toEqual(['1. The parties agree.', '2. They sign.']);
    expect(sentences('A. The scope of the treaty.')).toEqual(['A. The scope of the treaty.']);
  });
  it('sentences: records the rule that ended each sentence', () => {
    const text = 'They met in the U.S. He spoke. Then they left';
    const s = splitSentences(text, tokenize(text), splitParagraphs(text));
    expect(s.map((x) => x.by?.rule)).toEqual(['abbreviation-before-starter', 'terminal', 'paragraph-end']);
  });
  it('sentences: skips the separator a dateline span leaves behind', () => {
    const text = 'ASTANA, June 13 (Reuters) - The envoy arrived.';
    const dateline = { start: 0, end: 'ASTANA, June 13 (Reuters)'.length };
    const a = newAnalysis({ id: 't', text, date: null, url: null, source: null, title: null, meta: { dateline } });
    tokenizerComponent().run(a);
    sentencesComponent().run(a);
    expect(a.sentences.map((x) => text.slice(x.start, x.end))).toEqual(['The envoy arrived.']);
  });
});

describe('sentences: harder abbreviation cases', () => {
  it('sentences: never splits after vs. or v.', () => {
    expect(sentences('The Kazakhstan vs. Uzbekistan match and Smith v. Jones were discussed.'))
      .toEqual(['The Kazakhstan vs. Uzbekistan match and Smith v. Jones were discussed.']);
  });
  it('sentences: treats state abbreviations like acronyms', () => {
    expect(sentences('Senator Ann Roe (D-N.J.) and former Fla. Gov. Tom Poe spoke in Austin, Tex. They agreed.'))
      .toEqual(['Senator Ann Roe (D-N.J.) and former Fla. Gov. Tom Poe spoke in Austin, Tex.', 'They agreed.']);
  });
  it('sentences: an initial before a surname never splits even when the lexicon knows the letter', () => {
    expect(sentences('Talks with V. Ivanov and P. Sidorov ended.')).toEqual(['Talks with V. Ivanov and P. Sidorov ended.']);
  });
  it('sentences: a dash after an acronym continues the sentence', () => {
    expect(sentences('He visited the U.S. — and Canada.')).toEqual(['He visited the U.S. — and Canada.']);
  });
  it('sentences: an opening quotation after an acronym starts a sentence only with a capital', () => {
    expect(sentences('Officials said the U.S. “clearly” needed more. He spoke in Washington, D.C. “We agree,” he said.'))
      .toEqual(['Officials said the U.S. “clearly” needed more.', 'He spoke in Washington, D.C.', '“We agree,” he said.']);
  });
  it('sentences: a paragraph opening with marks only does not make a sentence of them', () => {
    expect(sentences('“… The talks will go on,” he said.')).toEqual(['“… The talks will go on,” he said.']);
  });
  it('sentences: keeps an ellipsis inside a quotation with its attribution', () => {
    expect(sentences('“We will see…” Ospanov said. Then he left.')).toEqual(['“We will see…” Ospanov said.', 'Then he left.']);
  });
});

describe('sentences: helpers', () => {
  it('sentences: sentenceIndexAt finds the sentence holding an offset', () => {
    const text = 'One here.  Two there.';
    const s = splitSentences(text, tokenize(text), splitParagraphs(text));
    expect(sentenceIndexAt(s, 0)).toBe(0);
    expect(sentenceIndexAt(s, 8)).toBe(0);
    expect(sentenceIndexAt(s, 9)).toBe(-1);
    expect(sentenceIndexAt(s, 11)).toBe(1);
    expect(sentenceIndexAt(s, text.length)).toBe(-1);
  });
});

describe('sentences: other quotation styles', () => {
  it('sentences: splits after German and guillemet quotations', () => {
    expect(sentences('Er sagte: „Wir stimmen zu.“ Dann ging er. «Мы согласны.» Он ушёл.'))
      .toEqual(['Er sagte: „Wir stimmen zu.“', 'Dann ging er.', '«Мы согласны.»', 'Он ушёл.']);
  });
  it('sentences: splits after a straight-quoted sentence', () => {
    expect(sentences('He said "We agree." Then he left.')).toEqual(['He said "We agree."', 'Then he left.']);
  });
});
