/**
 * Word shapes (Collins 2002; spaCy's `shape_`): X for upper case, x for lower case, d for digits,
 * other characters kept; runs longer than four are cut to four ("Xxxxx" for "Kazakhstan").
 */
export declare function wordShape(word: string): string;
/** Shape with every run collapsed to one character ("Xx-Xx" for "Franco-German"). */
export declare function shortShape(word: string): string;
/** Coarse capitalisation class, a cheap feature that generalises across words. */
export declare const enum CapClass {
    Lower = 0,
    Title = 1,
    Upper = 2,
    Mixed = 3,
    NoLetters = 4
}
export declare function capClass(word: string): CapClass;
