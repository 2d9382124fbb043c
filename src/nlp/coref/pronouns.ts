import type { Span } from '../../core/span.js';
import type { PersonCluster } from './clusters.js';

const COMPONENT = 'coref';
const PERSONAL = /(?<![\p{L}\p{N}])(he|him|his|himself|she|her|hers|herself)(?![\p{L}\p{N}])/giu;
const GROUP = /(?<![\p{L}\p{N}])(?:the|both)\s+(?:two\s+)?(?:sides|parties|leaders|ministers|presidents|speakers|counterparts|heads of state|officials)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])the\s+two(?=\s+(?:discussed|agreed|noted|exchanged|also|held|met|signed|reaffirmed|stressed|expressed|[,.]))/giu;

/**
 * Pronouns (COREF_RULES 'pronoun-subject'): the first person named earlier in the same sentence (the
 * subject, which "his" most often refers to), else the first person named in the nearest earlier
 * sentence that names one. Groups ('group'): every person named in the nearest earlier sentence that
 * names two or more.
 */
export function linkPronouns(text: string, clusters: readonly PersonCluster[], sentenceOf: (o: number) => number, skip: readonly Span[]): void {
  const named = clusters.flatMap((c) => c.mentions.filter((m) => m.kind === 'name').map((m) => ({ c, at: m.start, s: sentenceOf(m.start) })))
    .sort((a, b) => a.at - b.at);
  const inSkip = (o: number): boolean => skip.some((s) => s.start <= o && o < s.end);
  const add = (c: PersonCluster, start: number, end: number, kind: 'pronoun' | 'group', rule: string): void => {
    c.mentions.push({ start, end, text: text.slice(start, end), kind, by: { component: COMPONENT, rule } });
  };
  for (const m of text.matchAll(PERSONAL)) {
    const at = m.index;
    if (inSkip(at)) continue;
    const s = sentenceOf(at);
    const same = named.find((x) => x.s === s && x.at < at);
    let target = same?.c;
    if (!target) {
      for (let k = s - 1; k >= Math.max(0, s - 3) && !target; k--) target = named.find((x) => x.s === k)?.c;
    }
    if (target) add(target, at, at + m[0].length, 'pronoun', 'pronoun-subject');
  }
  for (const m of text.matchAll(GROUP)) {
    const at = m.index;
    const s = sentenceOf(at);
    for (let k = s; k >= Math.max(0, s - 3); k--) {
      const people = new Set(named.filter((x) => x.s === k && x.at < at).map((x) => x.c));
      if (people.size >= 2) { for (const c of people) add(c, at, at + m[0].length, 'group', 'group'); break; }
    }
  }
  for (const c of clusters) c.mentions.sort((a, b) => a.start - b.start);
}
