import { editDistance } from '../../core/edit-distance.js';
import type { EntityMention } from '../../core/annotations.js';
import type { PersonHint } from '../actors/person-rules.js';
import type { RoleInfo } from '../roles/describe.js';

/** A person being assembled: the name mentions found so far, and every other mention linked to it. */
export interface PersonCluster {
  readonly id: string;
  /** The fullest name's words. */
  nameWords: string[];
  /** Folded words of every name form seen. */
  readonly keys: Set<string>;
  readonly mentions: EntityMention[];
  /** Roles attached to a name mention (title before, apposition …). */
  readonly roles: RoleInfo[];
  /** Roles from title-only mentions linked by coreference: weaker evidence. */
  readonly linkedRoles: RoleInfo[];
  readonly honorifics: string[];
  /** Extra titles (verbatim) from title-only mentions. */
  readonly titles: string[];
  /** What a rule knew besides roles (a byline's journalist). */
  hint?: PersonHint;
  /** Country from the sentence around a name when no role names one ("the U.S. delegation: …"). */
  contextCountry?: { code: string; rule: string };
}

/** Lower-cased, diacritics removed, possessive dropped: the form names are compared in. */
export const foldWord = (w: string): string =>
  w.normalize('NFKD').replace(/[\u0300-\u036f]/gu, '').toLowerCase().replace(/['’]s$/u, '').replace(/[’']/gu, "'");


/** Edit distance allowed between two spellings of one name word: none for short words. */
export const allowedDistance = (w: string): number => (w.length >= 8 ? 2 : w.length >= 6 ? 1 : 0);

/** Are all the words of `words` words of the cluster (as written, or as a transliteration)? */
export function nameMatch(c: PersonCluster, words: readonly string[]): 'exact' | 'transliteration' | null {
  const folded = words.map(foldWord);
  // An initial ("E Sadykov", "E. Sadykov") stands for a known word with that first letter.
  const initial = (w: string): boolean => /^\p{L}\.?$/u.test(w) && [...c.keys].some((k) => k.length > 1 && k[0] === w[0]);
  if (folded.every((w) => c.keys.has(w) || initial(w)) && folded.some((w) => c.keys.has(w))) return 'exact';
  let fuzzy = 0;
  for (const w of folded) {
    if (c.keys.has(w)) continue;
    const d = allowedDistance(w);
    if (d === 0) return null;
    let hit = false;
    for (const k of c.keys) if (k[0] === w[0] && editDistance(w, k, d) <= d) { hit = true; break; }
    if (!hit) return null;
    fuzzy++;
  }
  return fuzzy > 0 ? 'transliteration' : 'exact';
}
