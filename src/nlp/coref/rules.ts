/**
 * Within-document coreference rules, as data. Every mention linked to a person records
 * by: {component: 'coref', rule: <id>}; the rules that find names record by: {component: 'actors', …}.
 */
export const COREF_RULES = [
  { id: 'partial-name', kind: 'name', says: 'a run of name words that are all words of one person\'s fuller name ("Kuanyshbayev" -> "Erbol Kuanyshbayev"); the most recent such person when several match' },
  { id: 'transliteration', kind: 'name', says: 'a name whose words each match a person\'s within a small edit distance (Kuanyshbayev / Kuanishbayev), when no role of the mention disagrees on country' },
  { id: 'title-match', kind: 'title', says: 'a title with no name ("the Speaker", "the Kazakh Senate Chairman") -> the person whose roles share its office or institution and do not disagree on country; most recent first' },
  { id: 'counterpart', kind: 'title', says: '"his (Russian) counterpart" / "his interlocutor" -> the other party of the exchange: a person of the named country, else the most recent person other than the sentence\'s subject' },
  { id: 'pronoun-subject', kind: 'pronoun', says: 'he/him/his/she/her -> the first person named earlier in the same sentence, else the subject of the previous sentence' },
  { id: 'pronoun-titled-subject', kind: 'pronoun', says: 'as pronoun-subject, where the first person of the sentence is mentioned by a title already linked to them ("The Peruvian President … his visit")' },
  { id: 'group', kind: 'group', says: '"the sides", "the two", "both leaders" -> every person of the nearest earlier sentence that names two or more people' },
] as const;

export type CorefRuleId = (typeof COREF_RULES)[number]['id'];

/** Offices that are one office under different words: "the head of state" is the president. */
export const OFFICE_SYNONYMS: Readonly<Record<string, string>> = {
  't-president': 'head-of-state', 't-head-of-state': 'head-of-state', 't-heads-of-state': 'head-of-state',
  't-leader': 'head-of-state', 't-monarch': 'head-of-state', 't-king': 'head-of-state', 't-queen': 'head-of-state',
  't-emir': 'head-of-state', 't-leader-of-the-nation': 'head-of-state',
  't-prime-minister': 'head-of-government', 't-pm': 'head-of-government', 't-premier': 'head-of-government',
  't-head-of-government': 'head-of-government',
  't-minister': 'minister', 't-fm': 'minister',
  't-speaker': 'speaker', 't-chairman': 'chair', 't-chair': 'chair', 't-chairwoman': 'chair', 't-chairperson': 'chair',
  't-ambassador': 'ambassador', 't-ambassador-ep': 'ambassador', 't-envoy': 'ambassador',
  't-secretary-general': 'secretary-general', 't-secretary-general-s': 'secretary-general',
  't-spokesperson': 'spokesperson', 't-spokesman': 'spokesperson', 't-spokeswoman': 'spokesperson',
};

export const officeOf = (headId: string): string => OFFICE_SYNONYMS[headId] ?? headId;
