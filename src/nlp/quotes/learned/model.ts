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
        const content = joinContent(pieces.filter((p) => p.type === 'CON'), cueFrom, cueTo);
        if (!content) continue;
        const source = nearest(pieces.filter((p) => p.type === 'SRC'), cueFrom, cueTo);
        out.push({
          cue: charSpan(win.firstToken + cueFrom, win.firstToken + cueTo),
          content: charSpan(win.firstToken + content.from, win.firstToken + content.to),
          source: source ? charSpan(win.firstToken + source.from, win.firstToken + source.to) : null,
        });
      }
    });
    return out;
  }
}

const gapTo = (p: Piece, from: number, to: number): number => (p.to <= from ? from - p.to : p.from >= to ? p.from - to : 0);

function nearest(pieces: Piece[], cueFrom: number, cueTo: number): Piece | null {
  let best: Piece | null = null;
  for (const p of pieces) if (!best || gapTo(p, cueFrom, cueTo) < gapTo(best, cueFrom, cueTo)) best = p;
  return best;
}

/** The largest CON piece, grown over neighbouring pieces that are at most MAX_CONTENT_GAP away. */
export function joinContent(pieces: Piece[], cueFrom: number, cueTo: number): Piece | null {
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
  for (let i = seed - 1; i >= 0 && from - sorted[i]!.to <= MAX_CONTENT_GAP; i--) from = sorted[i]!.from;
  for (let i = seed + 1; i < sorted.length && sorted[i]!.from - to <= MAX_CONTENT_GAP; i++) to = sorted[i]!.to;
  return { from, to };
}
