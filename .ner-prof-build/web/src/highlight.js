export function segment(text, layers) {
    const valid = layers.filter((l) => l.start >= 0 && l.end <= text.length && l.start < l.end);
    const cuts = new Set([0, text.length]);
    for (const l of valid) {
        cuts.add(l.start);
        cuts.add(l.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const out = [];
    for (let i = 0; i + 1 < points.length; i++) {
        const start = points[i];
        const end = points[i + 1];
        out.push({ start, end, layers: valid.filter((l) => l.start <= start && end <= l.end) });
    }
    return out;
}
//# sourceMappingURL=highlight.js.map