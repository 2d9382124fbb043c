import type { TitleHead } from './lexicon.js';
import type { Scan, WordMatch } from './scan.js';
/** A title phrase found in a text: words [from, to), its head, and what stands before it. */
export interface TitlePhrase {
    readonly from: number;
    readonly to: number;
    readonly start: number;
    readonly end: number;
    /** The head that decided the title ("Minister" of "Minister of Foreign Affairs"). */
    readonly head: WordMatch<TitleHead>;
    /** Further heads joined to the first by a dash ("Deputy Prime Minister – Minister of …"). */
    readonly joined: ReadonlyArray<WordMatch<TitleHead>>;
    /** The word before the title, lower-cased ("the", "his", "a"), or '' at a boundary. */
    readonly determiner: string;
    readonly plural: boolean;
}
/**
 * Every title phrase in the scanned text, left to right. A head that needs an of-phrase ("head of …")
 * or is also an ordinary word ("official visit") only counts where its context makes it a title.
 */
export declare function findTitles(scan: Scan): TitlePhrase[];
