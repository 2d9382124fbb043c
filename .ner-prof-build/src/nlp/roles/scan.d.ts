import { type PlaceMatch } from '../countries/index.js';
import { type Honorific, type Institution, type Qualifier, type RoleLexicon, type TitleHead } from './lexicon.js';
import { type Word } from './words.js';
/** A lexicon match over words [from, to). */
export interface WordMatch<T> {
    readonly from: number;
    readonly to: number;
    readonly entry: T;
    readonly plural: boolean;
}
/**
 * A text prepared for the title and name rules: its words, and at each word the lexicon phrases
 * (title heads, qualifiers, honorifics, institutions, places) that start there.
 */
export interface Scan {
    readonly text: string;
    readonly words: readonly Word[];
    readonly lex: RoleLexicon;
    readonly heads: ReadonlyArray<WordMatch<TitleHead> | undefined>;
    readonly qualifiers: ReadonlyArray<WordMatch<Qualifier> | undefined>;
    readonly honorifics: ReadonlyArray<WordMatch<Honorific> | undefined>;
    readonly institutions: ReadonlyArray<WordMatch<Institution> | undefined>;
    readonly places: ReadonlyArray<WordMatch<PlaceMatch> | undefined>;
    /** For each word, the place match that covers it (not only starts at it). */
    readonly inPlace: ReadonlyArray<WordMatch<PlaceMatch> | undefined>;
    readonly inInstitution: ReadonlyArray<WordMatch<Institution> | undefined>;
    /** Offsets where a name is known to start (NER PERSON spans): a title never runs over them. */
    readonly nameStarts: ReadonlySet<number>;
}
export declare function scanText(text: string, nameStarts?: ReadonlySet<number>): Scan;
