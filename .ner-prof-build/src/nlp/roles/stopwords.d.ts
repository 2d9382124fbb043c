/**
 * Capitalised words that are never part of a person's name or of a title's modifiers: function words
 * that open sentences, calendar words, pronouns. Lower-cased.
 */
export declare const NOT_NAME_WORDS: ReadonlySet<string>;
/** Prepositions that open a title's of-phrase ("Minister of …", "Ambassador to …", "Committee on …"). */
export declare const TITLE_PREPOSITIONS: ReadonlySet<string>;
/** Lower-case nouns allowed inside a title's of-phrase ("co-chair of the Kazakh part of the Commission"). */
export declare const TITLE_OBJECT_NOUNS: ReadonlySet<string>;
/** Reporting and speech verbs: "X said" makes X a speaker, usually a person. */
export declare const SPEECH_VERBS: ReadonlySet<string>;
