import type { PloverEvent } from '../../core/annotations.js';
/** An event before merging: the record plus what merging needs to know. */
export interface EventDraft {
    event: PloverEvent;
    /** The date came from a time expression of the sentence, not the article date. */
    dateFromText: boolean;
    /**
     * An earlier event the text cites ("the visit of X to Y in May", "his recent visit"), as opposed
     * to the reported news: it merges only with records of that same earlier event.
     */
    cited?: boolean;
}
export declare const participantCountries: (e: Pick<PloverEvent, "actor" | "recipient">) => string;
/** Dates agree when equal, when one is a prefix of the other ("2024-06" and "2024-06-13"), or one is missing. */
export declare function compatibleDates(a: string | null, b: string | null): boolean;
/**
 * One record per real-world event (GUIDELINE.md: "a meeting mentioned three times is one event"):
 * records of the same category with the same participant countries and compatible dates merge.
 * The richest record is kept; evidence spans, event texts and contexts are pooled.
 */
export declare function mergeDrafts(drafts: readonly EventDraft[]): EventDraft[];
