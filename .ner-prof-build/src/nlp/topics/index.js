import { scoreTopics, topicsAbove } from './topic-scores.js';
export { scoreTopics, topicsAbove, TOPIC_THRESHOLD } from './topic-scores.js';
export { TOPICS } from './topic-lexicon.js';
/** Document topics (GUIDELINE.md's 20 areas) from weighted cue lexicons; the title counts as a sentence. */
export function topicsComponent() {
    return {
        name: 'topics',
        needs: ['sentences'],
        provides: ['topics'],
        run(a) {
            const texts = a.sentences.length ? a.sentences.map((s) => a.text.slice(s.start, s.end)) : a.text.split(/\n+/u);
            if (a.doc.title)
                texts.unshift(a.doc.title);
            const { scores } = scoreTopics(texts);
            a.topicScores = Object.fromEntries(Object.entries(scores).filter(([, v]) => v > 0).map(([k, v]) => [k, Math.round(v * 100) / 100]));
            a.topics = topicsAbove(scores);
        },
    };
}
//# sourceMappingURL=index.js.map