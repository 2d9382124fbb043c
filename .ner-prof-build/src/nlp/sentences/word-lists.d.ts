/**
 * Capitalised words that begin sentences far more often than they continue a name: after an
 * abbreviation or initial that could end a sentence ("the U.S. He said"), one of these ends it.
 * Function words and pronouns only: a capitalised content word after "U.S." is most often part of
 * a title or name ("U.S. Secretary of State").
 */
export declare const SENTENCE_STARTERS: ReadonlySet<string>;
/**
 * Reporting verbs that follow a quotation in news style ("“Why?” Tokayev asked."): when a name
 * and one of these follow a closing quotation mark, the quotation and its attribution stay one
 * sentence (PolNeAR and PTB treat the attribution as part of the quoting sentence).
 */
export declare const SPEECH_VERBS: ReadonlySet<string>;
