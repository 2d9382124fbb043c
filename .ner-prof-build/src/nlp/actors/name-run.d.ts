import type { Scan } from '../roles/scan.js';
/** A run of words that reads as a person's name: words [from, to), and the name without a nickname. */
export interface NameRun {
    readonly from: number;
    readonly to: number;
    readonly start: number;
    readonly end: number;
    /** The name's words, without a quoted nickname ("Joko \"Jokowi\" Widodo" -> Joko Widodo). */
    readonly words: readonly string[];
}
/** Can word i be part of a person's name? Capitalised, and not a title, place, institution or function word. */
export declare function isNameWord(scan: Scan, i: number): boolean;
/** The longest name run starting at word i, or null. At most `max` words. */
export declare function nameRunAt(scan: Scan, i: number, max?: number): NameRun | null;
