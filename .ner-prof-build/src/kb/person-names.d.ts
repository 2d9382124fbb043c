/** The transliteration-neutral spelling of one folded word. */
export declare function spellingKey(word: string): string;
/** Consonant skeleton of a spelling key: the blocking key, robust to vowel spellings. */
export declare const skeleton: (key: string) => string;
export interface ParsedName {
    /** The name as given. */
    readonly raw: string;
    /** Given names as spelling keys, in order; an initial is a single letter. */
    readonly given: readonly string[];
    /** Which given names were initials ("M." or a capital in "KJM"). */
    readonly initials: readonly boolean[];
    /** Surname spelling key ("" when the name is a single given word: never, see singleWord). */
    readonly surname: string;
    /** A single-word name ("Ashimbayev", "Xi"): it may be a surname or a given name. */
    readonly singleWord: boolean;
    /** Every full word's spelling key, in order: for family-name-first names. */
    readonly words: readonly string[];
}
/** Splits a person's name into given names and surname, in comparison form. */
export declare function parseName(raw: string): ParsedName;
/** Edits allowed between two spellings of one name word after transliteration keys: 0, 1 or 2 by length. */
export declare const allowedEdits: (a: string, b: string) => number;
/** Two spellings of one name word: equal keys, or a small normalised edit distance. */
export declare function sameWord(a: string, b: string): boolean;
export type NameRelation = 
/** Same given names and surname (up to spelling). */
'same-name'
/** Surnames agree, given names agree where an initial stands for a name. */
 | 'initial-given-name'
/** One form has extra middle names ("Sergey Alexandrovich Bazdnikin" / "Sergey Bazdnikin"). */
 | 'extra-middle-name' | null;
/**
 * How two multi-word names relate. The first given names must agree (a different first name
 * is a different person: "Muhammad Nawaz Sharif" and "Maryam Nawaz Sharif"); the shorter form's
 * other given names must appear, in order, in the longer one.
 */
export declare function relateFullNames(a: ParsedName, b: ParsedName): NameRelation;
/** A single-word name against a fuller one: its surname, or (family name first: "Xi") its first word. */
export declare function singleWordMatches(single: ParsedName, full: ParsedName): 'surname' | 'first-word' | null;
/** How complete a name is, for choosing a person's canonical name: full words, then length. */
export declare const nameCompleteness: (p: ParsedName) => number;
