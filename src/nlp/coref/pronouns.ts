import type { Span } from '../../core/span.js';
import type { PersonCluster } from './clusters.js';

const COMPONENT = 'coref';

/** Honorifics and titles that say a person's gender; pronouns do not link against them. */
const FEMALE = /\b(?:Ms|Mrs|Miss|Madam|Madame|Dame|Lady|Datin|Puan|Toh Puan|Sheikha|Hajjah|Queen|Princess|spokeswoman|chairwoman|congresswoman|businesswoman|Her Excellency|Her Majesty|Her Highness)\b/iu;
const MALE = /\b(?:Mr|Sir|Lord|Sheikh|Shaikh|Haji|King|Prince|Emir|Sultan|spokesman|congressman|businessman|His Excellency|His Majesty|His Highness)\b/u;

function genderOf(c: PersonCluster): 'f' | 'm' | null {
  const cues = [...c.honorifics, ...c.roles.map((r) => r.title)].join(' ; ');
  if (FEMALE.test(cues)) return 'f';
  if (MALE.test(cues)) return 'm';
  return null;
}
const PERSONAL = /(?<![\p{L}\p{N}])(he|him|his|himself|she|her|hers|herself)(?![\p{L}\p{N}])/giu;
const GROUP = /(?<![\p{L}\p{N}])(?:the|both)\s+(?:two\s+)?(?:sides|parties|leaders|ministers|presidents|speakers|counterparts|heads of state|officials)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])the\s+two(?=\s+(?:discussed|agreed|noted|exchanged|also|held|met|signed|reaffirmed|stressed|expressed|[,.]))/giu;

/**
 * Pronouns (COREF_RULES 'pronoun-subject'): the first person named earlier in the same sentence (the
 * subject, which "his" most often refers to), else the first person named in the nearest earlier
 * sentence that names one; a person whose honorific or title gives a gender ("Ms", "Sheikh",
 * "spokeswoman") takes only the matching pronouns. Groups ('group'): every person named in the nearest earlier sentence that
 * names two or more.
 */
export function linkPronouns(text: string, clusters: readonly PersonCluster[], sentenceOf: (o: number) => number, skip: readonly Span[]): void {
  // A title already linked to a person ("The Peruvian President arrived … His visit …") is as good an
  // antecedent as a name (COREF_RULES 'pronoun-titled-subject'); linkTitles runs before this.
  const named = clusters.flatMap((c) => c.mentions.filter((m) => m.kind === 'name' || m.kind === 'title').map((m) => ({ c, at: m.start, s: sentenceOf(m.start), kind: m.kind })))
    .sort((a, b) => a.at - b.at);
  const genders = new Map(clusters.map((c) => [c, genderOf(c)] as const));
  const inSkip = (o: number): boolean => skip.some((s) => s.start <= o && o < s.end);
  const add = (c: PersonCluster, start: number, end: number, kind: 'pronoun' | 'group', rule: string): void => {
    c.mentions.push({ start, end, text: text.slice(start, end), kind, by: { component: COMPONENT, rule } });
  };
  for (const m of text.matchAll(PERSONAL)) {
    const at = m.index;
    if (inSkip(at)) continue;
    const s = sentenceOf(at);
    const want = /^(she|her|hers|herself)$/iu.test(m[0]) ? 'f' : 'm';
    const fits = (c: PersonCluster): boolean => { const g = genders.get(c); return g === null || g === undefined || g === want; };
    let found = named.find((x) => x.s === s && x.at < at && fits(x.c));
    for (let k = s - 1; k >= Math.max(0, s - 3) && !found; k--) found = named.find((x) => x.s === k && fits(x.c));
    if (found) add(found.c, at, at + m[0].length, 'pronoun', found.kind === 'title' ? 'pronoun-titled-subject' : 'pronoun-subject');
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
