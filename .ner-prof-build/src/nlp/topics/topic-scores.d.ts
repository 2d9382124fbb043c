import { type Topic, type TopicCue } from './topic-lexicon.js';
/**
 * Guideline: label a topic "when the article says it was discussed, agreed or is a subject of the
 * reported statements; not for a passing word". A cue counts in full in a sentence that frames a
 * subject of talks or cooperation (these words), and at half weight elsewhere.
 */
export declare const SUBSTANTIVE: RegExp;
/** The weight of a passing mention, outside a substantive sentence. */
export declare const PASSING_WEIGHT = 0.5;
/** Minimum score for a topic label (tuned on the dev articles as a whole, not per article). */
export declare const TOPIC_THRESHOLD = 1;
export interface TopicEvidence {
    readonly cue: TopicCue;
    readonly sentence: number;
}
export interface TopicScoring {
    readonly scores: Record<Topic, number>;
    readonly evidence: TopicEvidence[];
}
/** Scores every topic over the given sentences (each cue counts once per sentence). */
export declare function scoreTopics(sentences: readonly string[]): TopicScoring;
export declare function topicsAbove(scores: Record<string, number>, threshold?: number): string[];
