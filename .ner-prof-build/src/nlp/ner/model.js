import { FeatureExtractor } from './features.js';
import { labelSet, labelType } from './labels.js';
import { viterbi } from './viterbi.js';
export class NerModel {
    info;
    weights;
    resources;
    set;
    extractor;
    /**
     * bucket -> its weights, 4 int32 per bucket: [count, e1, e2, e3] with up to three entries inline,
     * else [count, offset into `overflow`]. An entry packs label << 16 | int16 weight. Tagging is
     * bound by memory latency, not arithmetic: one cache line per feature instead of four lookups
     * (index, row pointer, labels, values) took emission scoring from ~70k to well over 100k tokens/s.
     */
    slots;
    overflow;
    emit = new Int32Array(0);
    constructor(info, weights, resources) {
        this.info = info;
        this.weights = weights;
        this.resources = resources;
        this.set = labelSet(weights.labels);
        this.extractor = new FeatureExtractor(weights.bits, resources);
        ({ slots: this.slots, overflow: this.overflow } = packSlots(weights));
    }
    get labels() { return this.weights.labels; }
    /** Label indices for one sentence. */
    tagIndices(words, hints) {
        const n = words.length;
        const L = this.set.count;
        const out = new Int32Array(n);
        if (n === 0)
            return out;
        const { feats, offsets } = this.extractor.extract(words, hints);
        if (this.emit.length < n * L)
            this.emit = new Int32Array(n * L * 2);
        const emit = this.emit;
        emit.fill(0, 0, n * L);
        const slots = this.slots;
        const overflow = this.overflow;
        for (let i = 0; i < n; i++) {
            const base = i * L;
            for (let f = offsets[i]; f < offsets[i + 1]; f++) {
                const s = feats[f] << 2;
                const count = slots[s];
                if (count === 0)
                    continue;
                if (count <= 3) {
                    for (let k = 1; k <= count; k++) {
                        const e = slots[s + k];
                        const y = base + (e >>> 16);
                        emit[y] = emit[y] + ((e << 16) >> 16);
                    }
                }
                else {
                    const from = slots[s + 1];
                    for (let k = from; k < from + count; k++) {
                        const e = overflow[k];
                        const y = base + (e >>> 16);
                        emit[y] = emit[y] + ((e << 16) >> 16);
                    }
                }
            }
        }
        viterbi(emit, n, this.weights.trans, this.weights.start, this.set, out);
        return out;
    }
    tagSentence(words, hints) {
        return Array.from(this.tagIndices(words, hints), (y) => this.labels[y] ?? 'O');
    }
    /** Tags a document's sentences; with twoPass, a second pass reads the first pass's findings. */
    tagDocument(sentences) {
        const first = sentences.map((s) => this.tagIndices(s));
        if (!this.info.twoPass)
            return first.map((t) => Array.from(t, (y) => this.labels[y] ?? 'O'));
        const hints = documentHints(sentences, first, this.labels);
        return sentences.map((s, k) => this.tagSentence(s, hints[k]));
    }
}
function packSlots(w) {
    const slots = new Int32Array(4 << w.bits);
    let spill = 0;
    for (let r = 0; r < w.buckets.length; r++)
        if (w.rowPtr[r + 1] - w.rowPtr[r] > 3)
            spill += w.rowPtr[r + 1] - w.rowPtr[r];
    const overflow = new Int32Array(spill);
    let o = 0;
    for (let r = 0; r < w.buckets.length; r++) {
        const s = w.buckets[r] << 2;
        const from = w.rowPtr[r];
        const count = w.rowPtr[r + 1] - from;
        const pack = (k) => (w.labelOf[k] << 16) | (w.values[k] & 0xffff);
        slots[s] = count;
        if (count <= 3)
            for (let k = 0; k < count; k++)
                slots[s + 1 + k] = pack(from + k);
        else {
            slots[s + 1] = o;
            for (let k = 0; k < count; k++)
                overflow[o++] = pack(from + k);
        }
    }
    return { slots, overflow };
}
/**
 * Document hints (Ratinov & Roth 2009, "prediction history"): for each capitalised token, the entity
 * type most often predicted for the same word elsewhere in the document (1 + type index among
 * the labels' types), 0 when none. The token's own prediction is not counted.
 */
export function documentHints(sentences, predicted, labels) {
    const types = [];
    for (const l of labels) {
        const t = labelType(l);
        if (t && !types.includes(t))
            types.push(t);
    }
    const typeOfLabel = labels.map((l) => { const t = labelType(l); return t ? types.indexOf(t) : -1; });
    const counts = new Map();
    sentences.forEach((s, k) => s.forEach((w, i) => {
        if (!isCapitalised(w))
            return;
        const ty = typeOfLabel[predicted[k][i]] ?? -1;
        let c = counts.get(w);
        if (!c) {
            c = new Int32Array(types.length + 1);
            counts.set(w, c);
        }
        c[ty + 1] = c[ty + 1] + 1;
    }));
    return sentences.map((s, k) => {
        const h = new Int32Array(s.length);
        s.forEach((w, i) => {
            const c = counts.get(w);
            if (!c)
                return;
            const own = (typeOfLabel[predicted[k][i]] ?? -1) + 1;
            let best = 0;
            let arg = -1;
            for (let t = 1; t < c.length; t++) {
                const v = c[t] - (t === own ? 1 : 0);
                if (v > best) {
                    best = v;
                    arg = t;
                }
            }
            h[i] = arg > 0 ? arg : 0;
        });
        return h;
    });
}
const isCapitalised = (w) => {
    const c = w.charAt(0);
    return c !== c.toLowerCase();
};
//# sourceMappingURL=model.js.map