import { viterbi } from '../../src/nlp/ner/viterbi.js';
/**
 * Averaged structured perceptron (Collins 2002) over hashed features, first-order transitions,
 * BIO-constrained Viterbi in training as at run time. Averaging uses the "u" trick (Daumé 2006):
 * u accumulates c * update, and the average is w - u / c, so no per-weight time stamps.
 */
export class Perceptron {
    set;
    bits;
    L;
    w;
    u;
    tw;
    tu;
    sw;
    su;
    c = 1;
    emit = new Float32Array(0);
    constructor(set, bits) {
        this.set = set;
        this.bits = bits;
        this.L = set.count;
        this.w = new Float32Array((1 << bits) * this.L);
        this.u = new Float32Array((1 << bits) * this.L);
        this.tw = new Float64Array(this.L * this.L);
        this.tu = new Float64Array(this.L * this.L);
        this.sw = new Float64Array(this.L);
        this.su = new Float64Array(this.L);
    }
    decode(f, n, out, w = this.w, tw = this.tw, sw = this.sw) {
        const L = this.L;
        if (this.emit.length < n * L)
            this.emit = new Float32Array(n * L * 2);
        const emit = this.emit;
        emit.fill(0, 0, n * L);
        for (let i = 0; i < n; i++) {
            const base = i * L;
            for (let k = f.offsets[i]; k < f.offsets[i + 1]; k++) {
                const r = f.feats[k] * L;
                for (let y = 0; y < L; y++)
                    emit[base + y] = emit[base + y] + w[r + y];
            }
        }
        viterbi(emit, n, tw, sw, this.set, out);
    }
    /** One training step; returns whether the prediction was wrong. */
    learn(f, gold) {
        const n = gold.length;
        const pred = new Int32Array(n);
        this.decode(f, n, pred);
        let wrong = false;
        const L = this.L;
        const c = this.c;
        for (let i = 0; i < n; i++) {
            const g = gold[i];
            const p = pred[i];
            const gp = i > 0 ? gold[i - 1] : -1;
            const pp = i > 0 ? pred[i - 1] : -1;
            if (g !== p) {
                wrong = true;
                for (let k = f.offsets[i]; k < f.offsets[i + 1]; k++) {
                    const r = f.feats[k] * L;
                    this.w[r + g] = this.w[r + g] + 1;
                    this.u[r + g] = this.u[r + g] + c;
                    this.w[r + p] = this.w[r + p] - 1;
                    this.u[r + p] = this.u[r + p] - c;
                }
            }
            if (g !== p || gp !== pp) {
                if (i === 0) {
                    this.sw[g] = this.sw[g] + 1;
                    this.su[g] = this.su[g] + c;
                    this.sw[p] = this.sw[p] - 1;
                    this.su[p] = this.su[p] - c;
                }
                else {
                    this.tw[gp * L + g] = this.tw[gp * L + g] + 1;
                    this.tu[gp * L + g] = this.tu[gp * L + g] + c;
                    this.tw[pp * L + p] = this.tw[pp * L + p] - 1;
                    this.tu[pp * L + p] = this.tu[pp * L + p] - c;
                }
            }
        }
        this.c++;
        return wrong;
    }
    /** The averaged weights (w - u / c), as new arrays. */
    averaged() {
        const inv = 1 / this.c;
        const w = new Float32Array(this.w.length);
        for (let k = 0; k < w.length; k++)
            w[k] = this.w[k] - this.u[k] * inv;
        const tw = this.tw.map((v, k) => v - this.tu[k] * inv);
        const sw = this.sw.map((v, k) => v - this.su[k] * inv);
        return { w, tw, sw };
    }
}
/**
 * Quantises averaged weights to sparse int16 rows on one shared scale. Entries whose magnitude is
 * below `prune` (a fraction of the largest weight) are dropped: they are mostly features seen once
 * early in training, whose averaged weight is near zero.
 */
export function quantise(labels, bits, avg, prune = 0) {
    const L = labels.length;
    const nb = 1 << bits;
    let maxAbs = 0;
    for (let k = 0; k < avg.w.length; k++) {
        const v = Math.abs(avg.w[k]);
        if (v > maxAbs)
            maxAbs = v;
    }
    for (const v of avg.tw)
        maxAbs = Math.max(maxAbs, Math.abs(v) / 4);
    const scale = (maxAbs || 1) / 32767;
    const cut = prune * maxAbs;
    const buckets = [];
    const rowPtr = [0];
    const values = [];
    const labelOf = [];
    for (let b = 0; b < nb; b++) {
        const before = values.length;
        for (let y = 0; y < L; y++) {
            const v = avg.w[b * L + y];
            if (Math.abs(v) <= cut)
                continue;
            const q = Math.max(-32767, Math.min(32767, Math.round(v / scale)));
            if (q === 0)
                continue;
            values.push(q);
            labelOf.push(y);
        }
        if (values.length > before) {
            buckets.push(b);
            rowPtr.push(values.length);
        }
    }
    const trans = Int32Array.from(avg.tw, (v) => Math.round(v / scale));
    const start = Int32Array.from(avg.sw, (v) => Math.round(v / scale));
    return {
        labels, bits, buckets: Uint32Array.from(buckets), rowPtr: Uint32Array.from(rowPtr),
        values: Int16Array.from(values), labelOf: Uint8Array.from(labelOf), trans, start, scale,
    };
}
//# sourceMappingURL=perceptron.js.map