import type { Component } from '../pipeline.js';
export { scoreTopics, topicsAbove, TOPIC_THRESHOLD } from './topic-scores.js';
export { TOPICS, type Topic } from './topic-lexicon.js';
/** Document topics (GUIDELINE.md's 20 areas) from weighted cue lexicons; the title counts as a sentence. */
export declare function topicsComponent(): Component;
