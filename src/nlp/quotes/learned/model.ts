import type { Sentence } from '../../../core/annotations.js';
import type { Span } from '../../../core/span.js';
import type { TokenTable } from '../../../core/tokens.js';
import { CueFeatures, RoleFeatures } from './features.js';
import type { SparseTagger } from './tagger.js';
import { sentenceWords, windowAround } from './window.js';

/** One attribution as the model finds it: character spans into the document text. */
export interface LearnedAttribution {
  readonly cue: Span;
  readonly content: Span;
  readonly source: Span | null;
}

export interface QuoteModelInfo {
  readonly name: string;
  readonly version: string;
}

/** Token range [from, to) inside a window. */
interface Piece { from: number; to: number }

/**
 * Content pieces closer than this (in tokens) are one content: PolNeAR's discontinuous contents
 * are split by the cue and source ("The plan, she said, will fail"). 12 was chosen on PolNeAR dev
 * (0, 3, 6, 12, 30 tried: 69.4, 70.1, 70.4, 70.7, 70.6 content overlap F1, learned alone).
 */
const MAX_CONTENT_GAP = 12;

/**
 * Two attributions whose contents share more than this fraction of the shorter one are one: the
 * cue tagger often marks two words of one statement ("said in a statement", "told … that") and
 * the role tagger gives both the same content, a false positive for every copy. 0.3 was chosen
 * on PolNeAR dev (content overlap F1 with the rules, scripts/eval-polnear.ts: 0.01 / 0.15 / 0.3 at
 * cue bias 12: 73.7 / 73.8 / 73.8; 0.5 / 0.8 at cue bias 8: 73.5 / 73.3; none: 72.3); measuring
 * the share on the longer content instead keeps nested contents but scored lower (72.5-73.5).
 */
const REPEAT_SHARE = 0.3;

/** How far (characters) a quotation that a content opens is followed to its closing mark. */
const MAX_QUOTE_RUN = 1500;

/**
 * The learned attribution extractor (Citron-like pipeline: Newell et al. 2018): (a) a BIO tagger
 * finds cue spans in each sentence; (b) for each cue, a second BIO tagger reads the window around
 * it and marks its SRC (source) and CON (content) tokens; (c) the content is the largest CON
 * piece with the pieces near it, the source the SRC piece nearest the cue.
 */
export class LearnedQuoteModel {
  private readonly cueFeatures: CueFeatures;
  private readonly roleFeatures: RoleFeatures;

  /** Added to the B-CUE score (weight units): chosen on dev, stored in the manifest. */
  cueBias = 0;

  constructor(readonly info: QuoteModelInfo, readonly cueTagger: SparseTagger, readonly roleTagger: SparseTagger) {
    this.cueFeatures = new CueFeatures(cueTagger.weights.bits);
    this.roleFeatures = new RoleFeatures(roleTagger.weights.bits);
  }

  /** Cue token ranges [from, to) of one sentence, relative to the sentence. */
  cues(words: readonly string[]): Piece[] {
    const bias = this.cueBias ? this.cueTagger.labels.map((l) => (l === 'B-CUE' ? this.cueBias : 0)) : undefined;
    const tags = this.cueTagger.tag(this.cueFeatures.extract(words), words.length, bias);
    return this.cueTagger.spans(tags).filter((s) => s.type === 'CUE');
  }

  /** SRC and CON pieces for the cue at window tokens [cueFrom, cueTo). */
  roles(words: readonly string[], sentence: readonly number[], cueFrom: number, cueTo: number): { type: string; from: number; to: number }[] {
    const tags = this.roleTagger.tag(this.roleFeatures.extract({ words, sentence }, cueFrom, cueTo), words.length);
    return this.roleTagger.spans(tags);
  }

  attributions(text: string, tokens: TokenTable, sentences: readonly Sentence[]): LearnedAttribution[] {
    const out: LearnedAttribution[] = [];
    const charSpan = (first: number, last: number): Span => ({ start: tokens.start[first]!, end: tokens.end[last - 1]! });
    sentences.forEach((s, k) => {
      const cues = this.cues(sentenceWords(text, tokens, s));
      if (cues.length === 0) return;
      const win = windowAround(text, tokens, sentences, k);
      const offset = s.tokenStart - win.firstToken;
      for (const cue of cues) {
        const cueFrom = cue.from + offset;
        const cueTo = cue.to + offset;
        const pieces = this.roles(win.words, win.sentence, cueFrom, cueTo);
        // A paragraph break ends a content: the next paragraph's quotation has a cue of its own
        // ("“…,” he said.¶“…,” she said."), and PolNeAR gives it its own attribution.
        const joinable = (a: number, b: number): boolean =>
          !text.slice(tokens.end[win.firstToken + a - 1], tokens.start[win.firstToken + b]).includes('\n');
        const content = joinContent(pieces.filter((p) => p.type === 'CON'), cueFrom, cueTo, joinable);
        if (!content) continue;
        const source = nearest(pieces.filter((p) => p.type === 'SRC'), cueFrom, cueTo);
        out.push({
          cue: charSpan(win.firstToken + cueFrom, win.firstToken + cueTo),
          content: closeQuotation(text, charSpan(win.firstToken + content.from, win.firstToken + content.to)),
          source: source ? charSpan(win.firstToken + source.from, win.firstToken + source.to) : null,
        });
      }
    });
    return dropRepeats(out);
  }
}

const shared = (a: Span, b: Span): number => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/**
 * One attribution per content (see REPEAT_SHARE), in text order: the first is kept, unless a
 * later copy has a source and the first has none.
 */
export function dropRepeats(atts: readonly LearnedAttribution[]): LearnedAttribution[] {
  const kept: LearnedAttribution[] = [];
  for (const a of atts) {
    const i = kept.findIndex((k) => shared(k.content, a.content) > REPEAT_SHARE * Math.min(k.content.end - k.content.start, a.content.end - a.content.start));
    if (i < 0) kept.push(a);
    else if (!kept[i]!.source && a.source) kept[i] = a;
  }
  return kept;
}

/**
 * A content that opens a quotation and does not close it runs on to the closing mark: the role
 * tagger sees one sentence either side of the cue, a quotation can be longer. The run stops at an
 * opening mark (a new quotation, or the next paragraph of a long one) or after MAX_QUOTE_RUN.
 * Straight marks: only a content that starts with one and holds an odd number of them.
 */
export function closeQuotation(text: string, span: Span): Span {
  const s = text.slice(span.start, span.end);
  const rest = text.slice(span.end, span.end + MAX_QUOTE_RUN);
  let close = -1;
  if ((s.match(/“/gu) ?? []).length > (s.match(/”/gu) ?? []).length) {
    const c = rest.indexOf('”');
    const o = rest.indexOf('“');
    if (c >= 0 && (o < 0 || c < o)) close = c;
  } else if (s.startsWith('"') && (s.match(/"/gu) ?? []).length % 2 === 1) {
    close = rest.indexOf('"');
  }
  return close >= 0 ? { start: span.start, end: span.end + close + 1 } : span;
}

const gapTo = (p: Piece, from: number, to: number): number => (p.to <= from ? from - p.to : p.from >= to ? p.from - to : 0);

function nearest(pieces: Piece[], cueFrom: number, cueTo: number): Piece | null {
  let best: Piece | null = null;
  for (const p of pieces) if (!best || gapTo(p, cueFrom, cueTo) < gapTo(best, cueFrom, cueTo)) best = p;
  return best;
}

/**
 * The largest CON piece, grown over neighbouring pieces that are at most MAX_CONTENT_GAP away.
 * `joinable(a, b)` (window token indices, a < b) says whether two pieces may be joined over the gap [a, b).
 */
export function joinContent(pieces: Piece[], cueFrom: number, cueTo: number, joinable: (a: number, b: number) => boolean = () => true): Piece | null {
  if (pieces.length === 0) return null;
  const sorted = [...pieces].sort((a, b) => a.from - b.from);
  let seed = 0;
  sorted.forEach((p, i) => {
    const best = sorted[seed]!;
    const size = p.to - p.from;
    const bestSize = best.to - best.from;
    if (size > bestSize || (size === bestSize && gapTo(p, cueFrom, cueTo) < gapTo(best, cueFrom, cueTo))) seed = i;
  });
  let from = sorted[seed]!.from;
  let to = sorted[seed]!.to;
  for (let i = seed - 1; i >= 0 && from - sorted[i]!.to <= MAX_CONTENT_GAP && joinable(sorted[i]!.to, from); i--) from = sorted[i]!.from;
  for (let i = seed + 1; i < sorted.length && sorted[i]!.from - to <= MAX_CONTENT_GAP && joinable(to, sorted[i]!.from); i++) to = sorted[i]!.to;
  return { from, to };
}
