/** See lexicons/abbreviations.tsv for what each class means to the tokenizer and the splitter. */
export type AbbreviationClass = 'title' | 'inner' | 'place' | 'calendar' | 'numeric' | 'general' | 'elision';
/** Parses the lexicon text: `form<TAB>class` lines, `#` comments. */
export declare function parseAbbreviations(source: string, path?: string): Map<string, AbbreviationClass>;
/** The class of a word (without its period) in the abbreviation lexicon, or undefined. */
export declare function abbreviationClass(word: string): AbbreviationClass | undefined;
