import { describe, expect, it } from 'vitest';
import { scoreTopics, topicsAbove } from '../../../src/nlp/topics/topic-scores.js';
import { compileCue, topLevelAlternatives, TOPIC_CUES, TOPICS } from '../../../src/nlp/topics/topic-lexicon.js';
const topicsOf = (sentences) => topicsAbove(scoreTopics(sentences).scores);
describe('topics: lexicon', () => {
    it('topics: every cue belongs to one of the guideline\'s twenty topics and ids are unique', () => {
        for (const c of TOPIC_CUES)
            expect(TOPICS).toContain(c.topic);
        expect(new Set(TOPIC_CUES.map((c) => c.id)).size).toBe(TOPIC_CUES.length);
        for (const t of TOPICS)
            expect(TOPIC_CUES.some((c) => c.topic === t)).toBe(true);
    });
    it('topics: alternatives split at the top level only', () => {
        expect(topLevelAlternatives('a(?:b|c)|d')).toEqual(['a(?:b|c)', 'd']);
    });
    it('topics: acronyms match case-sensitively, words case-insensitively', () => {
        const cue = compileCue('t.x', 'regional_affairs', 'EU|integration', 1);
        const hits = (s) => cue.patterns.some((p) => { p.lastIndex = 0; return p.test(s); });
        expect(hits('the EU summit')).toBe(true);
        expect(hits('a eu word')).toBe(false);
        expect(hits('Integration talks')).toBe(true);
    });
});
describe('topics: document labels', () => {
    it('topics: subjects of talks are labelled', () => {
        expect(topicsOf(['The ministers discussed cooperation in trade and energy.'])).toEqual(['trade', 'energy']);
    });
    it('topics: a passing word outside a substantive sentence is not a topic', () => {
        expect(topicsOf(['The minister flew in on a new airline jet.'])).toEqual([]);
    });
    it('topics: parliamentary ties are legislative', () => {
        expect(topicsOf(['The speakers discussed inter-parliamentary cooperation.'])).toContain('legislative');
    });
    it('topics: scores grow with substantive mentions', () => {
        const one = scoreTopics(['The sides discussed tourism.']).scores.tourism;
        const two = scoreTopics(['The sides discussed tourism.', 'They agreed to promote tourism.']).scores.tourism;
        expect(two).toBeGreaterThan(one);
    });
});
//# sourceMappingURL=topics.test.js.map