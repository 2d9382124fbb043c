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
    'transcript': 'interview transcript: a paragraph opening "NAME: …"',
    'participial': '…, noting that … / …, adding … : same speaker as the clause before',
};
//# sourceMappingURL=rules.js.map