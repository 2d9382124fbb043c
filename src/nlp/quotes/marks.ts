import type { Span } from '../../core/span.js';

/** A passage between quotation marks. `open`/`close` include the marks; start/end is the content. */
export interface MarkedPassage extends Span {
  readonly open: number;
  readonly close: number;
  /** Which mark style opened it, for the rule id. */
  readonly style: MarkStyle;
  /** Continued over a paragraph break (the next paragraph reopened the quotation). */
  readonly multiParagraph: boolean;
  /** The closing mark was never found; the passage runs to its paragraph's end. */
  readonly unclosed: boolean;
}

export type MarkStyle = 'straight' | 'curly' | 'guillemets' | 'single' | 'low-high' | 'single-guillemets' | 'double-apostrophe';

interface MarkPair {
  readonly style: MarkStyle;
  readonly opener: string;
  /** Each closing mark the opener accepts (one or two characters). */
  readonly closers: readonly string[];
}

// English, French/Russian, German/Polish, and single-mark conventions. A „ quotation closes with “
// (German) or ” (Polish, and English-language wires that copy it).
// Typewriter archives (the NYT's among them) write a double quotation mark as two apostrophes.
const PAIRS: readonly MarkPair[] = [
  // Mixed marks (a curly opening closed by a straight mark) are common in copy-edited wires.
  { style: 'curly', opener: '“', closers: ['”', '"'] },
  { style: 'guillemets', opener: '«', closers: ['»'] },
  { style: 'low-high', opener: '„', closers: ['“', '”'] },
  { style: 'single-guillemets', opener: '‹', closers: ['›'] },
  { style: 'double-apostrophe', opener: "''", closers: ["''"] },
  { style: 'single', opener: '‘', closers: ['’'] },
  { style: 'straight', opener: '"', closers: ['"'] },
];

const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** A mark opens a quotation only at a word start: not after a letter (so 5" or O'Neill's are not openers). */
function canOpen(text: string, i: number, pair: MarkPair): boolean {
  if (!text.startsWith(pair.opener, i)) return false;
  if (isLetter(text[i - 1]) && pair.style !== 'guillemets') return false;
  const next = text[i + pair.opener.length];
  return next !== undefined && !/\s/u.test(next);
}

/** ’ also writes the apostrophe: it closes only when no letter follows it (not "Russia’s"). */
function canClose(text: string, i: number, pair: MarkPair, mark: string): boolean {
  if (pair.style === 'single' || pair.style === 'straight' || pair.style === 'double-apostrophe') {
    if (isLetter(text[i + mark.length])) return false;
    if (/\s/u.test(text[i - 1] ?? ' ')) return false;
  }
  return true;
}

/** Offset and length of the closing mark, or null. */
function findClose(text: string, from: number, limit: number, pair: MarkPair): { at: number; len: number } | null {
  for (let i = from; i < limit; i++) {
    const mark = pair.closers.find((c) => text.startsWith(c, i));
    if (mark && canClose(text, i, pair, mark)) return { at: i, len: mark.length };
  }
  return null;
}

/**
 * Quotation passages of a text, paragraph by paragraph. A quotation left open at a paragraph's
 * end continues when the next paragraph starts with an opening mark (the newswire convention for
 * multi-paragraph quotations); otherwise it ends with its paragraph.
 */
export function findMarkedPassages(text: string, paragraphs: readonly Span[]): MarkedPassage[] {
  const out: MarkedPassage[] = [];
  let p = 0;
  let i = paragraphs[0]?.start ?? 0;
  while (p < paragraphs.length) {
    const para = paragraphs[p]!;
    if (i < para.start) i = para.start;
    if (i >= para.end) { p++; continue; }
    const pair = PAIRS.find((x) => canOpen(text, i, x));
    if (!pair) { i++; continue; }
    const open = i;
    const body = i + pair.opener.length;
    let close = findClose(text, body, para.end, pair);
    let q = p;
    // Continue over paragraphs that reopen the quotation.
    while (!close && q + 1 < paragraphs.length && text.startsWith(pair.opener, paragraphs[q + 1]!.start)) {
      q++;
      close = findClose(text, paragraphs[q]!.start + pair.opener.length, paragraphs[q]!.end, pair);
    }
    const end = close ? close.at : paragraphs[q]!.end;
    const after = close ? close.at + close.len : end;
    if (end > body) {
      out.push({ open, close: after, start: body, end, style: pair.style, multiParagraph: q > p, unclosed: !close });
    }
    p = q;
    i = after;
  }
  return out;
}

/** Words in a passage, to tell quotations from scare quotes and titles. */
export const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
