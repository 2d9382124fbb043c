/**
 * Time expressions chrono-node misreads or splits, as data with ids. Each rule turns a match
 * into a value relative to the reference date. chrono reads "in May this year" as two
 * expressions ("May", "this year") and ignores a bare year ("in 2022"); news uses both often.
 */
export type Precision = 'day' | 'month' | 'year';
export interface Resolved {
    readonly year: number;
    readonly month?: number;
    readonly day?: number;
    readonly precision: Precision;
}
export interface DateRule {
    readonly id: string;
    /** Case-insensitive; group `m` is the month name, `y` a year, `rel` this|last|next|previous. */
    readonly pattern: RegExp;
    /** Needs a reference date to resolve (relative expressions). */
    readonly relative: boolean;
    resolve(m: RegExpExecArray, ref: Date | null): Resolved | null;
}
export declare function monthNumber(name: string): number | null;
export declare const DATE_RULES: readonly DateRule[];
