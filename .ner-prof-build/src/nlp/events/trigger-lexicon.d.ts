import type { PloverCategory } from '../../core/annotations.js';
/**
 * How a trigger's participants are read (lexicons/events.json explains each frame):
 * meet, visit, receive, received-by, call, call-from, multilateral, act, joint, invited-by.
 */
export type Frame = 'meet' | 'visit' | 'receive' | 'received-by' | 'call' | 'call-from' | 'multilateral' | 'act' | 'joint' | 'invited-by';
export interface TriggerRule {
    readonly id: string;
    readonly event: PloverCategory;
    readonly mode: string | null;
    readonly frame: Frame;
    readonly pattern: RegExp;
    /** The trigger counts only when a capitalised word follows ("visited Kazakhstan"). */
    readonly nameAfter: boolean;
    /** The trigger does not count when a capitalised word follows ("commitment to Georgia"). */
    readonly noNameAfter: boolean;
}
/**
 * Whole words: no letter or digit before (unless the match starts with an apostrophe, as in
 * "Putin’s visit"); after, none unless the pattern itself ended on a space.
 */
export declare const compileTrigger: (source: string) => RegExp;
/** The trigger rules of lexicons/events.json, in file order (more specific rules first). */
export declare function triggerRules(): readonly TriggerRule[];
export interface TriggerMatch {
    readonly rule: TriggerRule;
    /** The trigger's words. */
    readonly text: string;
    /** Offsets into the sentence string. */
    readonly start: number;
    readonly end: number;
}
/**
 * Every trigger in a sentence; where two overlap, the one listed first in the lexicon wins (the
 * lexicon lists specific phrases, "received a phone call from", before general ones, "received").
 */
export declare function findTriggers(sentence: string, rules?: readonly TriggerRule[]): TriggerMatch[];
