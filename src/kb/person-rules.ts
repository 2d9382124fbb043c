import type { ContactLevel } from './contact-levels.js';

/**
 * The rules of cross-document person resolution, as data: every decision the resolver takes
 * names one of these ids, so a merge can be explained and counted per rule.
 */
export interface ResolutionRule {
  readonly id: string;
  /** merge: joined an existing person; new: started one; apart: a candidate was refused. */
  readonly kind: 'merge' | 'new' | 'apart';
  readonly description: string;
}

export const PERSON_RULES = [
  { id: 'merge.same-name', kind: 'merge', description: 'Same given names and surname, up to diacritics, honorifics and transliteration (Kuanyshbayev/Kuanishbayev).' },
  { id: 'merge.initial-given-name', kind: 'merge', description: 'Same surname; an initial stands for a given name of the other form (K. Kuanyshbayev).' },
  { id: 'merge.extra-middle-name', kind: 'merge', description: 'Same first given name and surname; one form adds middle names or a patronymic.' },
  { id: 'merge.full-name-completes-surname', kind: 'merge', description: 'A full name joins the only person known so far by that surname alone.' },
  { id: 'merge.single-word-unique', kind: 'merge', description: 'A name of one word (a document gave only the surname) joins the only compatible person with that surname or family name.' },
  { id: 'merge.single-word-country', kind: 'merge', description: 'A one-word name with several candidates joins the only one of the same country.' },
  { id: 'merge.single-word-same', kind: 'merge', description: 'Two one-word names, same word, compatible country, and no fuller person to prefer.' },
  { id: 'new.no-candidate', kind: 'new', description: 'No known person has a compatible name.' },
  { id: 'new.ambiguous-single-word', kind: 'new', description: 'A one-word name fits several persons: kept apart rather than guessed.' },
  { id: 'apart.country', kind: 'apart', description: 'Both sides have a known country and they differ: namesakes.' },
  { id: 'apart.concurrent-sector', kind: 'apart', description: 'Sectors of different career families (politics vs journalism, business, …) observed at the same time.' },
  { id: 'apart.concurrent-office', kind: 'apart', description: 'Offices one person cannot hold together (head of state and ambassador) observed at the same time.' },
  { id: 'apart.career-span', kind: 'apart', description: 'Offices observed further apart than a career lasts.' },
] as const satisfies readonly ResolutionRule[];

export type PersonRuleId = (typeof PERSON_RULES)[number]['id'];

/** Observations this close in time (days) are "at the same time" for the concurrency rules. */
export const CONCURRENT_DAYS = 180;

/**
 * Longest span (years) between two observed offices of one person. Long political careers do
 * reach four decades (a minister in the 1980s and a head of government in the 2010s), so the
 * bound is generous: it separates namesakes generations apart, not career changes.
 */
export const CAREER_SPAN_YEARS = 45;

/**
 * Sector families: moving between sectors of one family is an ordinary career (a senator
 * becomes a minister, a general a defence minister); holding sectors of two families at once is
 * a namesake. Sectors not listed (UNK, CVL, IGO codes) are unknown and never conflict.
 * PLOVER sector codes (lexicons/sectors.json).
 */
export const SECTOR_FAMILY: Readonly<Record<string, string>> = {
  GOV: 'state', LEG: 'state', JUD: 'state', MIL: 'state', PTY: 'state', OPP: 'state',
  BUS: 'business', EDU: 'education', MED: 'health', REL: 'religion', JRN: 'media',
};

/**
 * Pairs of contact levels one person cannot hold at the same time. A minister may sit in
 * parliament and a head of government may also be foreign minister; a head of state is not also
 * an ambassador or a minister, and an ambassador abroad is not at home in government.
 */
export const EXCLUSIVE_LEVELS: ReadonlyArray<readonly [ContactLevel, ContactLevel]> = [
  ['head_of_state', 'head_of_government'], ['head_of_state', 'minister'], ['head_of_state', 'parliament'],
  ['head_of_state', 'ambassador'], ['head_of_government', 'ambassador'], ['minister', 'ambassador'], ['parliament', 'ambassador'],
];

export const exclusiveLevels = (a: ContactLevel, b: ContactLevel): boolean =>
  EXCLUSIVE_LEVELS.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
