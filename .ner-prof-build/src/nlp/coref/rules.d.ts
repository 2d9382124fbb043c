/**
 * Within-document coreference rules, as data. Every mention linked to a person records
 * by: {component: 'coref', rule: <id>}; the rules that find names record by: {component: 'actors', …}.
 */
export declare const COREF_RULES: readonly [{
    readonly id: "partial-name";
    readonly kind: "name";
    readonly says: "a run of name words that are all words of one person's fuller name (\"Ashimbayev\" -> \"Maulen Ashimbayev\"); the most recent such person when several match";
}, {
    readonly id: "transliteration";
    readonly kind: "name";
    readonly says: "a name whose words each match a person's within a small edit distance (Ashimbayev / Ashymbayev), when no role of the mention disagrees on country";
}, {
    readonly id: "title-match";
    readonly kind: "title";
    readonly says: "a title with no name (\"the Speaker\", \"the Kazakh Senate Chairman\") -> the person whose roles share its office or institution and do not disagree on country; most recent first";
}, {
    readonly id: "counterpart";
    readonly kind: "title";
    readonly says: "\"his (Russian) counterpart\" / \"his interlocutor\" -> the other party of the exchange: a person of the named country, else the most recent person other than the sentence's subject";
}, {
    readonly id: "pronoun-subject";
    readonly kind: "pronoun";
    readonly says: "he/him/his/she/her -> the first person named earlier in the same sentence, else the subject of the previous sentence";
}, {
    readonly id: "group";
    readonly kind: "group";
    readonly says: "\"the sides\", \"the two\", \"both leaders\" -> every person of the nearest earlier sentence that names two or more people";
}];
export type CorefRuleId = (typeof COREF_RULES)[number]['id'];
/** Offices that are one office under different words: "the head of state" is the president. */
export declare const OFFICE_SYNONYMS: Readonly<Record<string, string>>;
export declare const officeOf: (headId: string) => string;
