/**
 * The quote rules, as data: every quote records the id of the rule that produced it
 * (by: {component: 'quotes', rule}), so the eval can count precision per rule.
 * Direct-quote ids are suffixed with the mark style ("direct-after:curly").
 */
export const QUOTE_RULES = {
  'direct-after': 'quotation followed by its attribution: “…,” X said. / “…,” said X.',
  'direct-before': 'attribution before the quotation: X said: “…”',
  'direct-split': 'second half of a quotation split by "he said": shares the first half\'s speaker',
  'direct-prev-sentence': 'quotation after a sentence that ends "X said:"',
  'direct-continued': 'quotation standing alone after another quotation: same speaker',
  'direct-unattributed': 'quotation with no speaker found',
  'direct-embedded': 'words in marks inside a reported clause: X said the visit opened “a new page”',
  'direct-framed': 'a longer quotation framed by a naming verb: X called the vote “a crude forgery”',
  'scare-framed': 'a short quoted word or two framed by a cue: called the meeting ‘historic’',
  'lost-marks': 'first-person passage whose marks were lost, ending "…, said X."',
  'tail-cue': 'reported statement ending in its attribution: "…, X said." / "…, said X."',
  'parenthetical': 'attribution inside the statement: "…, X said, …"',
  'according-to-lead': 'According to X, …',
  'according-to-tail': '…, according to X.',
  'as-x-said': 'As X noted, …',
  'in-words': 'In his words, … / In the words of X, …',
  'verb-clause': 'X said (that) … / X told Y that …',
  'verb-object': 'X noted the importance of … / X expressed confidence in …',
  'transcript': 'transcript turn (layouts.ts): a paragraph opening with a speaker label and a colon, "SMITH: …" / "SEN. JANE DOE (D-MA): …"; the whole turn is direct speech',
  'dash-attribution': 'dash attribution (layouts.ts): a quotation closed by a dash and the speaker, "“…” — Jane Doe" at the paragraph end or on a line of its own',
  'participial': '…, noting that … / …, adding … : same speaker as the clause before',
} as const;

export type QuoteRuleId = keyof typeof QUOTE_RULES;

/**
 * Rules that do not produce a quote of their own but decide a boundary, a speaker or whether a
 * quote is kept; cited by id in the code that applies them.
 */
export const QUOTE_CONSTRAINTS = {
  'collective-speaker': 'a group mention or a plural phrase ("the parties", "both sides", "diplomatic sources") never resolves to one person; persons mode drops it',
  'unattributed-dropped': 'persons mode drops a quotation with no speaker (GUIDELINE: statements attributed to a person)',
  'pronoun-chain': '"he said"/"she added" continues the speaker of the statement just before, else the subject of the previous sentence',
  'bare-clause': 'a complement without "that" is a reported clause only with a finite verb in it ("claimed victory in …" is not)',
  'listener-topic': '"informed/told X about Y" names a topic, not a statement',
  'next-predicate': 'an object statement ends where the subject\'s next non-speech predicate begins ("… and invited Y to …")',
  'coordinated-cue': '", and also noted …" after a clause starts a second statement with the same speaker',
  'participial-joined': '"X commended A, adding that B": the participle joins the object statement before it (one record)',
  'term-in-marks': 'a phrase in marks after "the"/a possessive ("the “Lisbon format”") or a single word is a term, not a quotation',
  'repeated-quote': 'a headline quotation the body gives in full, same speaker and kind: one record (the body\'s)',
  'person-object': 'a praise or welcome verb with a person as object ("welcomed the diplomats") greets someone, it states nothing',
  'tail-appositive': '"P, NAME, the TITLE-PHRASE said": an appositive missing its closing comma (recorded as tail-cue)',
  'tail-listener': '"P, X told reporters.": the listener of a verb of telling belongs to the attribution',
  'cue-aside': '"X warned, which …, that P" / "X said, however, P": an aside between cue and content',
  'pronoun-clause-link': '"… and he called for …" inside a content starts a new statement',
} as const;

export type QuoteConstraintId = keyof typeof QUOTE_CONSTRAINTS;
