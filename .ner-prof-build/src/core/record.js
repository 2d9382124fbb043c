export function toRecord(a, pipeline) {
    const { doc } = a;
    return {
        id: doc.id,
        date: doc.date,
        url: doc.url,
        source: doc.source,
        title: doc.title,
        text: a.text,
        meta: doc.meta,
        paragraphs: a.paragraphs,
        sentences: a.sentences.map((s) => ({ start: s.start, end: s.end })),
        tokens: a.tokens.count,
        names: a.names.map((n) => ({ start: n.start, end: n.end, type: n.type, by: n.by, text: a.text.slice(n.start, n.end) })),
        dates: a.dates,
        entities: a.entities,
        events: a.events,
        quotes: a.quotes,
        topics: a.topics,
        topic_scores: a.topicScores,
        pipeline,
    };
}
//# sourceMappingURL=record.js.map