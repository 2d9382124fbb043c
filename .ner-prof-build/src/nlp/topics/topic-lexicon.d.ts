/** The fixed topic list of the gold guideline (../shared/eval/GUIDELINE.md, "topics"). */
export declare const TOPICS: readonly ["trade", "investment", "finance", "energy", "agriculture", "industry", "transport", "tourism", "digital", "science", "education", "culture", "health", "security", "environment", "migration", "legislative", "governance", "regional_affairs", "humanitarian"];
export type Topic = (typeof TOPICS)[number];
export interface TopicCue {
    readonly id: string;
    readonly topic: Topic;
    /** Global regex; sticky state is reset by the caller. */
    readonly patterns: readonly RegExp[];
    readonly weight: number;
}
/** Splits a regex source at its top-level "|" (outside parentheses and brackets). */
export declare function topLevelAlternatives(source: string): string[];
/**
 * Cues from lexicons/topics.json, whole words only. Acronyms ("EU", "AI", "SCO": alternatives
 * starting with two capitals) match case-sensitively so that the words "ai" or "sco" never count;
 * everything else case-insensitively.
 */
export declare function compileCue(id: string, topic: Topic, source: string, weight: number): TopicCue;
export declare const TOPIC_CUES: readonly TopicCue[];
/** Whether the cue occurs in the text. */
export declare function cueOccurs(cue: TopicCue, text: string): boolean;
