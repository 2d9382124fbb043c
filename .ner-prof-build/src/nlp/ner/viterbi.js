/**
 * First-order Viterbi decoding under BIO constraints: illegal transitions (I-X after O or after
 * B-Y/I-Y) are never taken, so the output is always well-formed BIO.
 * emit[i * L + y]: score of label y at token i; trans[a * L + b]: score of a -> b; start[y].
 */
let scratch = { score: new Float64Array(0), back: new Int32Array(0) };
export function viterbi(emit, n, trans, start, set, out) {
    const L = set.count;
    if (n === 0)
        return;
    if (scratch.score.length < n * L)
        scratch = { score: new Float64Array(n * L * 2), back: new Int32Array(n * L * 2) };
    const { score, back } = scratch;
    const { preds, predStart } = set;
    for (let y = 0; y < L; y++)
        score[y] = set.startAllowed[y] ? start[y] + emit[y] : -Infinity;
    for (let i = 1; i < n; i++) {
        const base = i * L;
        const prevBase = base - L;
        for (let y = 0; y < L; y++) {
            let best = -Infinity;
            let arg = 0;
            for (let k = predStart[y]; k < predStart[y + 1]; k++) {
                const x = preds[k];
                const s = score[prevBase + x] + trans[x * L + y];
                if (s > best) {
                    best = s;
                    arg = x;
                }
            }
            score[base + y] = best + emit[base + y];
            back[base + y] = arg;
        }
    }
    let best = -Infinity;
    let arg = 0;
    const lastBase = (n - 1) * L;
    for (let y = 0; y < L; y++)
        if (score[lastBase + y] > best) {
            best = score[lastBase + y];
            arg = y;
        }
    for (let i = n - 1; i >= 0; i--) {
        out[i] = arg;
        arg = back[i * L + arg];
    }
}
//# sourceMappingURL=viterbi.js.map