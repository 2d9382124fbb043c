/**
 * Training examples of the two learned taggers from PolNeAR documents (scripts/quotes/train-learned.ts,
 * and the offline CRF of scripts/quotes/torch/): (a) cue tagger: O / B-CUE / I-CUE gold tags over
 * each sentence; (b) role tagger: O / B-SRC / I-SRC / B-CON / I-CON over the window around each
 * gold cue (one example per attribution, so nested attributions each get their own view).
 */
import type { Span } from '../../src/core/span.js';
import type { TokenFeatures } from '../../src/nlp/ner/features.js';
import type { CueFeatures, RoleFeatures } from '../../src/nlp/quotes/learned/features.js';
import { sentenceWords, windowAround } from '../../src/nlp/quotes/learned/window.js';
import { tokenRange } from '../../src/nlp/tokenize/index.js';
import type { PolnearDoc } from './polnear-data.js';

export interface Example { f: TokenFeatures; gold: Int32Array }

/** Marks tokens [from, to) of `tags` (relative to `base`) as one BIO span of label pair (b, i). */
function mark(tags: Int32Array, from: number, to: number, b: number, i: number): void {
  for (let t = Math.max(0, from); t < Math.min(tags.length, to); t++) tags[t] = t === Math.max(0, from) ? b : i;
}

export function cueExamples(docs: PolnearDoc[], fx: CueFeatures): Example[] {
  const out: Example[] = [];
  for (const d of docs) {
    const cueTokens = d.gold.map((g) => tokenRange(d.tokens, g.cue[0]!.start, g.cue[0]!.end));
    for (const s of d.sentences) {
      const words = sentenceWords(d.text, d.tokens, s);
      if (words.length === 0) continue;
      const gold = new Int32Array(words.length);
      for (const [a, b] of cueTokens) {
        if (a < s.tokenStart || a >= s.tokenEnd || b <= a) continue;
        const from = a - s.tokenStart;
        const to = Math.min(b, s.tokenEnd) - s.tokenStart;
        let free = true;
        for (let t = from; t < to; t++) if (gold[t] !== 0) free = false;
        if (free) mark(gold, from, to, 1, 2);
      }
      out.push({ f: fx.extract(words), gold });
    }
  }
  return out;
}

function sentenceOf(d: PolnearDoc, token: number): number {
  return d.sentences.findIndex((s) => s.tokenStart <= token && token < s.tokenEnd);
}

export function roleExamples(docs: PolnearDoc[], fx: RoleFeatures): Example[] {
  const out: Example[] = [];
  for (const d of docs) {
    for (const g of d.gold) {
      const [a, b] = tokenRange(d.tokens, g.cue[0]!.start, g.cue[0]!.end);
      const k = sentenceOf(d, a);
      if (k < 0 || b <= a) continue;
      const win = windowAround(d.text, d.tokens, d.sentences, k);
      const n = win.words.length;
      const rel = (sp: Span): [number, number] => {
        const [x, y] = tokenRange(d.tokens, sp.start, sp.end);
        return [x - win.firstToken, y - win.firstToken];
      };
      const gold = new Int32Array(n);
      for (const sp of g.content) { const [x, y] = rel(sp); if (y > 0 && x < n) mark(gold, x, y, 3, 4); }
      for (const sp of g.source ?? []) { const [x, y] = rel(sp); if (y > 0 && x < n) mark(gold, x, y, 1, 2); }
      const cueFrom = a - win.firstToken;
      const cueTo = Math.min(b, d.sentences[k]!.tokenEnd) - win.firstToken;
      for (let t = cueFrom; t < cueTo; t++) gold[t] = 0;
      // Re-open a span the cue cut: an I- right after the cue becomes a B-.
      if (cueTo < n && (gold[cueTo] === 2 || gold[cueTo] === 4)) gold[cueTo] = gold[cueTo]! - 1;
      out.push({ f: fx.extract(win, cueFrom, cueTo), gold });
    }
  }
  return out;
}
