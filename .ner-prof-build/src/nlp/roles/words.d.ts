/**
 * The word view the title and name rules read: words and single punctuation marks with offsets.
 * Kept separate from the pipeline's token table because these rules want possessives split
 * ("Kazakhstan" + "’s") and initials kept whole ("J.", "D.Tsogtbaatar", "U.S."), and they must
 * also run on a bare string in tests and in other components.
 */
export interface Word {
    readonly start: number;
    readonly end: number;
    readonly text: string;
    /** A letter-initial word (not punctuation, not a number). */
    readonly alpha: boolean;
    /** Starts with an upper-case letter. */
    readonly cap: boolean;
}
export declare function words(text: string, from?: number, to?: number): Word[];
/** Index of the word that starts at `offset`, or -1. */
export declare function wordStartingAt(ws: readonly Word[], offset: number): number;
/** Index of the word that ends at `offset`, or -1. */
export declare function wordEndingAt(ws: readonly Word[], offset: number): number;
/** Index of the first word whose end is > offset. */
export declare function wordAt(ws: readonly Word[], offset: number): number;
