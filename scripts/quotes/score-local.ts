/**
 * In-process copy of the measures of ../shared/eval/score-polnear.mjs (content overlap: token
 * F1 >= 0.5 with greedy one-to-one matching; attribution: the matched prediction's source span
 * overlaps the gold source), for choosing epochs without writing records. The shared scorer stays
 * the reference: scripts/quotes/eval-learned.ts runs it.
 */
import type { Span } from '../../src/core/span.js';
import type { LearnedAttribution } from '../../src/nlp/quotes/learned/model.js';
import type { GoldAttribution } from './polnear-data.js';

const words = (s: string): string[] => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter(Boolean);

function overlapF1(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (!x.length || !y.length) return 0;
  const c = new Map<string, number>();
  for (const t of x) c.set(t, (c.get(t) ?? 0) + 1);
  let k = 0;
  for (const t of y) { const n = c.get(t) ?? 0; if (n > 0) { k++; c.set(t, n - 1); } }
  if (!k) return 0;
  const p = k / y.length;
  const r = k / x.length;
  return (2 * p * r) / (p + r);
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export class LocalScore {
  gold = 0; pred = 0; goldSrc = 0; predSrc = 0; overlapTP = 0; attribTP = 0;

  add(text: string, gold: readonly GoldAttribution[], pred: readonly LearnedAttribution[]): void {
    this.gold += gold.length;
    this.pred += pred.length;
    this.goldSrc += gold.filter((g) => g.source).length;
    this.predSrc += pred.filter((p) => p.source).length;
    const gt = gold.map((g) => g.content.map((s) => text.slice(s.start, s.end)).join(' '));
    const pairs: [number, number, number][] = [];
    gold.forEach((_, i) => pred.forEach((p, j) => {
      const f = overlapF1(gt[i]!, text.slice(p.content.start, p.content.end));
      if (f >= 0.5) pairs.push([f, i, j]);
    }));
    pairs.sort((a, b) => b[0] - a[0]);
    const gi = new Set<number>();
    const pj = new Set<number>();
    for (const [, i, j] of pairs) {
      if (gi.has(i) || pj.has(j)) continue;
      gi.add(i); pj.add(j);
      this.overlapTP++;
      const g = gold[i]!;
      const p = pred[j]!;
      if (g.source && p.source && g.source.some((s) => overlaps(s, p.source!))) this.attribTP++;
    }
  }

  private static f(tp: number, np: number, ng: number): number {
    const p = np ? tp / np : 0;
    const r = ng ? tp / ng : 0;
    return p + r ? (2 * p * r) / (p + r) : 0;
  }

  summary(): { content: { p: number; r: number; f: number }; attribution: number } {
    return {
      content: { p: this.pred ? this.overlapTP / this.pred : 0, r: this.gold ? this.overlapTP / this.gold : 0, f: LocalScore.f(this.overlapTP, this.pred, this.gold) },
      attribution: LocalScore.f(this.attribTP, this.predSrc, this.goldSrc),
    };
  }
}
