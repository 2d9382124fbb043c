import type { PersonMention } from '../actors/person-rules.js';
import type { Scan } from '../roles/scan.js';
import { foldWord, nameMatch, type PersonCluster } from './clusters.js';
import { nameRunAt, type NameRun } from '../actors/name-run.js';

const COMPONENT = 'coref';

function lastMention(c: PersonCluster): number {
  return c.mentions.reduce((m, x) => Math.max(m, x.start), -1);
}

/** The cluster a name belongs to: an exact word match before a transliteration, the most recent first. */
function findCluster(clusters: readonly PersonCluster[], words: readonly string[], countryOf: (c: PersonCluster) => string | null, country: string | null): { c: PersonCluster; how: 'exact' | 'transliteration' | 'superset' } | null {
  const folded = words.map(foldWord);
  let best: { c: PersonCluster; how: 'exact' | 'transliteration' | 'superset'; rank: number; at: number } | null = null;
  for (const c of clusters) {
    let how: 'exact' | 'transliteration' | 'superset' | null = nameMatch(c, words);
    // A fuller form after a shorter one ("Anwar" then "Anwar Ibrahim"): every known word is in the new name.
    if (!how && [...c.nameWords.map(foldWord)].every((k) => folded.includes(k)) && c.nameWords.length > 0) how = 'superset';
    if (!how) continue;
    if (how === 'transliteration') {
      const cc = countryOf(c);
      if (cc && country && cc !== country) continue;
    }
    const rank = how === 'transliteration' ? 1 : 2;
    const at = lastMention(c);
    if (!best || rank > best.rank || (rank === best.rank && at > best.at)) best = { c, how, rank, at };
  }
  return best;
}

/**
 * Groups the name mentions found by the person rules into people, then links every other run of
 * name words that is a part or a spelling variant of a known name ("Kuanyshbayev", "Kuanishbayev").
 */
export function clusterNames(scan: Scan, persons: readonly PersonMention[], countryOf: (roles: PersonMention['roles']) => string | null): PersonCluster[] {
  const clusters: PersonCluster[] = [];
  const clusterCountry = (c: PersonCluster): string | null => countryOf(c.roles);
  for (const m of persons) {
    const hit = findCluster(clusters, m.words, clusterCountry, countryOf(m.roles));
    let c = hit?.c;
    if (!c) {
      c = { id: '', nameWords: [...m.words], keys: new Set(), mentions: [], roles: [], linkedRoles: [], honorifics: [], titles: [] };
      clusters.push(c);
    }
    if (m.words.length > c.nameWords.length) c.nameWords = [...m.words];
    for (const w of m.words) c.keys.add(foldWord(w));
    const rule = hit ? (hit.how === 'transliteration' ? 'transliteration' : 'partial-name') : m.rule;
    c.mentions.push({ start: m.start, end: m.end, text: scan.text.slice(m.start, m.end), kind: 'name', by: { component: hit ? COMPONENT : 'actors', rule } });
    for (const r of m.roles) c.roles.push(r);
    for (const h of m.honorifics) if (!c.honorifics.includes(h)) c.honorifics.push(h);
    if (m.hint) c.hint ??= m.hint;
  }

  // Other runs of name words: parts of a known name ("Tokayev said"), or a sentence-initial word
  // before one ("Greeting Tokayev" is not a name, "Tokayev" in it is).
  const covered = (run: NameRun): boolean => persons.some((p) => p.from < run.to && run.from < p.to);
  const ws = scan.words;
  for (let i = 0; i < ws.length; i++) {
    const run = nameRunAt(scan, i);
    if (!run) continue;
    i = run.to - 1;
    if (covered(run)) continue;
    for (let drop = 0; drop < Math.min(2, run.words.length); drop++) {
      const words = run.words.slice(drop);
      if (!words.length) break;
      const hit = findCluster(clusters, words, clusterCountry, null);
      if (!hit || hit.how === 'superset') continue;
      const from = run.from + drop;
      const start = ws[from]!.start;
      hit.c.mentions.push({ start, end: run.end, text: scan.text.slice(start, run.end), kind: 'name', by: { component: COMPONENT, rule: hit.how === 'transliteration' ? 'transliteration' : 'partial-name' } });
      break;
    }
  }
  for (const c of clusters) c.mentions.sort((a, b) => a.start - b.start);
  return clusters;
}
