import { TOPIC_CUES, TOPICS, cueOccurs } from './topic-lexicon.js';
/**
 * Guideline: label a topic "when the article says it was discussed, agreed or is a subject of the
 * reported statements; not for a passing word". A cue counts in full in a sentence that frames a
 * subject of talks or cooperation (these words), and at half weight elsewhere.
 */
export const SUBSTANTIVE = new RegExp('\\b(?:discuss\\w*|talks?|negotiat\\w*|consultations?|cooperat\\w*|co-operat\\w*|collaborat\\w*|agree\\w*|'
    + 'issues?|matters?|spheres?|fields?|areas?|sectors?|partnership|interaction|ties|relations|dialogue|'
    + 'projects?|prospects?|potential|development|develop\\w*|strengthen\\w*|expand\\w*|boost\\w*|deepen\\w*|'
    + 'memorand\\w*|agreements?|roadmap|exchanged views|focus\\w*|highlight\\w*|emphasi[sz]\\w*|stress\\w*|'
    + 'noted|touched upon|addressed|situation|implementation|initiatives?|programmes?|programs?|measures?)\\b', 'iu');
/** The weight of a passing mention, outside a substantive sentence. */
export const PASSING_WEIGHT = 0.5;
/** Minimum score for a topic label (tuned on the dev articles as a whole, not per article). */
export const TOPIC_THRESHOLD = 1;
/** Scores every topic over the given sentences (each cue counts once per sentence). */
export function scoreTopics(sentences) {
    const scores = Object.fromEntries(TOPICS.map((t) => [t, 0]));
    const evidence = [];
    sentences.forEach((s, i) => {
        const factor = SUBSTANTIVE.test(s) ? 1 : PASSING_WEIGHT;
        for (const cue of TOPIC_CUES) {
            if (!cueOccurs(cue, s))
                continue;
            scores[cue.topic] += cue.weight * factor;
            evidence.push({ cue, sentence: i });
        }
    });
    return { scores, evidence };
}
export function topicsAbove(scores, threshold = TOPIC_THRESHOLD) {
    return TOPICS.filter((t) => (scores[t] ?? 0) >= threshold);
}
//# sourceMappingURL=topic-scores.js.map