/**
 * The quote rules, as data: every quote records the id of the rule that produced it
 * (by: {component: 'quotes', rule}), so the eval can count precision per rule.
 * Direct-quote ids are suffixed with the mark style ("direct-after:curly").
 */
export declare const QUOTE_RULES: {
    readonly 'direct-after': "quotation followed by its attribution: “…,” X said. / “…,” said X.";
    readonly 'direct-before': "attribution before the quotation: X said: “…”";
    readonly 'direct-split': "second half of a quotation split by \"he said\": shares the first half's speaker";
    readonly 'direct-prev-sentence': "quotation after a sentence that ends \"X said:\"";
    readonly 'direct-continued': "quotation standing alone after another quotation: same speaker";
    readonly 'direct-unattributed': "quotation with no speaker found";
    readonly 'scare-framed': "a short quoted word or two framed by a cue: called the meeting ‘historic’";
    readonly 'lost-marks': "first-person passage whose marks were lost, ending \"…, said X.\"";
    readonly 'tail-cue': "reported statement ending in its attribution: \"…, X said.\" / \"…, said X.\"";
    readonly parenthetical: "attribution inside the statement: \"…, X said, …\"";
    readonly 'according-to-lead': "According to X, …";
    readonly 'according-to-tail': "…, according to X.";
    readonly 'as-x-said': "As X noted, …";
    readonly 'in-words': "In his words, … / In the words of X, …";
    readonly 'verb-clause': "X said (that) … / X told Y that …";
    readonly 'verb-object': "X noted the importance of … / X expressed confidence in …";
    readonly transcript: "interview transcript: a paragraph opening \"NAME: …\"";
    readonly participial: "…, noting that … / …, adding … : same speaker as the clause before";
};
export type QuoteRuleId = keyof typeof QUOTE_RULES;
