/**
 * Levels of contact between two countries, read from a participant's title (and sector when the
 * title says nothing): the rows of a country-pair dossier ("who talks to whom").
 */
export type ContactLevel = 'head_of_state' | 'head_of_government' | 'parliament' | 'minister' | 'ambassador' | 'official';
/** Rank of a level: an event's level is its highest participant's. */
export declare const LEVEL_RANK: Readonly<Record<ContactLevel, number>>;
export interface LevelRule {
    readonly id: string;
    readonly level: ContactLevel;
    /** Tested against the folded title. */
    readonly pattern: RegExp;
}
/**
 * Title patterns, tried in order: the first match decides. Deputies sit one level lower than the
 * office they deputise (a deputy prime minister is a minister, a deputy minister an official);
 * presiding officers and members of parliaments are "parliament" whatever their title word.
 */
export declare const LEVEL_RULES: readonly LevelRule[];
export interface LevelMatch {
    readonly level: ContactLevel;
    readonly rule: string;
}
/** The contact level of one title phrase, or null when the title names no state office. */
export declare function levelOfTitle(title: string): LevelMatch | null;
/** The highest level among a participant's titles, else the level its sector implies, else null. */
export declare function levelOf(titles: readonly string[], sector: string | null): LevelMatch | null;
