const EMPTY_TOKENS = {
    count: 0, start: new Uint32Array(0), end: new Uint32Array(0), kind: new Uint8Array(0),
};
export function newAnalysis(doc) {
    return {
        doc, text: doc.text, paragraphs: [], tokens: EMPTY_TOKENS, sentences: [], names: [], dates: [],
        entities: [], quotes: [], events: [], topics: [], topicScores: {},
    };
}
//# sourceMappingURL=analysis.js.map