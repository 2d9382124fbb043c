import { finish, hashString, mix } from './hash.js';
import { capClass, shortShape, wordShape } from './shape.js';
/**
 * Feature extraction for the tagger: the templates of the strong non-neural NER systems
 * (Ratinov & Roth 2009; Collins 2002): the word and its neighbours, shapes, affixes,
 * capitalisation, gazetteer matches, word-cluster paths and document-level hints.
 * Every feature is a hashed bucket; a token's features are a run of bucket numbers.
 */
/** Bumped whenever a template changes: a model only runs with the feature set it was trained on. */
export const FEATURE_SET_VERSION = 3;
const BOS = hashString('<s>');
const EOS = hashString('</s>');
const MAX_FEATURES_PER_TOKEN = 96;
export class FeatureExtractor {
    bits;
    resources;
    buf = new Int32Array(MAX_FEATURES_PER_TOKEN * 64);
    constructor(bits, resources) {
        this.bits = bits;
        this.resources = resources;
    }
    extract(words, hints) {
        const n = words.length;
        const mask = (1 << this.bits) - 1;
        if (this.buf.length < n * MAX_FEATURES_PER_TOKEN)
            this.buf = new Int32Array(n * MAX_FEATURES_PER_TOKEN * 2);
        const buf = this.buf;
        const offsets = new Int32Array(n + 1);
        // Per-token hashes computed once and read by every template (padding: BOS/EOS).
        const lower = new Array(n);
        const info = new Array(n);
        const hWord = new Int32Array(n + 4);
        const hLower = new Int32Array(n + 4);
        const hShape = new Int32Array(n + 4);
        const hShort = new Int32Array(n + 4);
        const cap = new Int32Array(n + 4);
        for (let k = 0; k < 2; k++) {
            hWord[k] = hLower[k] = hShape[k] = hShort[k] = BOS;
            cap[k] = 9;
            hWord[n + 2 + k] = hLower[n + 2 + k] = hShape[n + 2 + k] = hShort[n + 2 + k] = EOS;
            cap[n + 2 + k] = 10;
        }
        for (let i = 0; i < n; i++) {
            const wi = this.wordInfo(words[i] ?? '');
            info[i] = wi;
            lower[i] = wi.lower;
            hWord[i + 2] = wi.hWord;
            hLower[i + 2] = wi.hLower;
            hShape[i + 2] = wi.hShape;
            hShort[i + 2] = wi.hShort;
            cap[i + 2] = wi.cap;
        }
        const gaz = this.resources.gazetteer?.match(lower) ?? null;
        const clusters = this.resources.clusters;
        const clusterOf = (i) => i < 0 || i >= n ? undefined : clusters?.get(lower[i] ?? '');
        let p = 0;
        const add = (h) => { buf[p++] = finish(h) & mask; };
        for (let i = 0; i < n; i++) {
            offsets[i] = p;
            const j = i + 2; // index into the padded arrays
            add(mix(0, 1 /* T.Bias */));
            add(mix(2 /* T.Word */, hWord[j]));
            add(mix(3 /* T.Lower */, hLower[j]));
            add(mix(mix(33 /* T.LowerCap */, hLower[j]), cap[j]));
            add(mix(4 /* T.Prev1 */, hLower[j - 1]));
            add(mix(5 /* T.Next1 */, hLower[j + 1]));
            add(mix(6 /* T.Prev2 */, hLower[j - 2]));
            add(mix(7 /* T.Next2 */, hLower[j + 2]));
            add(mix(8 /* T.Shape */, hShape[j]));
            add(mix(9 /* T.ShortShape */, hShort[j]));
            add(mix(10 /* T.ShapePrev1 */, hShape[j - 1]));
            add(mix(11 /* T.ShapeNext1 */, hShape[j + 1]));
            add(mix(12 /* T.ShortPrev2 */, hShort[j - 2]));
            add(mix(13 /* T.ShortNext2 */, hShort[j + 2]));
            const aff = info[i].affixes;
            for (let k = 0; k < aff.length; k++)
                add(aff[k]);
            add(mix(mix(16 /* T.BigramPrev */, hLower[j - 1]), hLower[j]));
            add(mix(mix(17 /* T.BigramNext */, hLower[j]), hLower[j + 1]));
            add(mix(mix(mix(35 /* T.PrevPrevBigram */, hLower[j - 2]), hLower[j - 1]), hShort[j]));
            add(mix(mix(mix(36 /* T.NextNextBigram */, hShort[j]), hLower[j + 1]), hLower[j + 2]));
            add(mix(mix(mix(18 /* T.ShapeTrigram */, hShort[j - 1]), hShort[j]), hShort[j + 1]));
            add(mix(mix(19 /* T.Initial */, i === 0 ? 1 : 0), cap[j]));
            add(mix(mix(20 /* T.Cap */, cap[j]), cap[j + 1]));
            add(mix(mix(21 /* T.CapPrev */, cap[j - 1]), cap[j]));
            add(mix(mix(mix(22 /* T.CapNext */, cap[j - 1]), cap[j]), cap[j + 1]));
            add(mix(23 /* T.Length */, info[i].length));
            add(mix(mix(24 /* T.PrevWordShape */, hLower[j - 1]), hShape[j]));
            add(mix(mix(25 /* T.WordNextShape */, hShape[j]), hLower[j + 1]));
            if (info[i].digitFlags >= 0)
                add(mix(34 /* T.HasDigitDash */, info[i].digitFlags));
            if (gaz) {
                const g = gaz[i];
                const gp = i > 0 ? gaz[i - 1] : 0;
                const gn = i + 1 < n ? gaz[i + 1] : 0;
                for (let b = 0; b < 32; b++) {
                    if (g & (1 << b)) {
                        add(mix(26 /* T.Gaz */, b));
                        add(mix(mix(26 /* T.Gaz */, b + 64), cap[j]));
                    }
                    if (gp & (1 << b))
                        add(mix(27 /* T.GazPrev */, b));
                    if (gn & (1 << b))
                        add(mix(28 /* T.GazNext */, b));
                }
            }
            if (clusters) {
                const c = clusterOf(i);
                if (c)
                    for (let k = 0; k < c.length; k++)
                        add(mix(mix(29 /* T.Cluster */, k), c[k]));
                else
                    add(mix(29 /* T.Cluster */, 99));
                const cp = clusterOf(i - 1);
                if (cp)
                    for (let k = 0; k < cp.length; k += 2)
                        add(mix(mix(30 /* T.ClusterPrev */, k), cp[k]));
                const cn = clusterOf(i + 1);
                if (cn)
                    for (let k = 0; k < cn.length; k += 2)
                        add(mix(mix(31 /* T.ClusterNext */, k), cn[k]));
            }
            if (hints && hints[i] > 0) {
                add(mix(32 /* T.DocHint */, hints[i]));
                add(mix(mix(32 /* T.DocHint */, hints[i]), cap[j]));
            }
            if (p - offsets[i] > MAX_FEATURES_PER_TOKEN)
                throw new Error('feature overflow');
        }
        offsets[n] = p;
        return { feats: buf.slice(0, p), offsets };
    }
    /**
     * Word-level hashes, cached per distinct word: words repeat (Zipf), so most tokens cost one
     * lookup. The cache is dropped when it grows past a bound, keeping memory flat on long runs.
     */
    cache = new Map();
    wordInfo(w) {
        let wi = this.cache.get(w);
        if (wi)
            return wi;
        const lw = normaliseDigits(w.toLowerCase());
        const affixes = [];
        const len = Math.min(lw.length, 4);
        for (let k = 1; k <= len; k++) {
            affixes.push(mix(mix(14 /* T.Prefix */, k), hashString(lw.slice(0, k))));
            affixes.push(mix(mix(15 /* T.Suffix */, k), hashString(lw.slice(lw.length - k))));
        }
        wi = {
            lower: lw,
            hWord: hashString(w),
            hLower: hashString(lw),
            hShape: hashString(wordShape(w)),
            hShort: hashString(shortShape(w)),
            cap: capClass(w),
            affixes: Int32Array.from(affixes),
            length: Math.min(w.length, 12),
            digitFlags: /\d/u.test(w)
                ? (w.includes('-') ? 1 : 0) + (w.includes('.') ? 2 : 0) + (w.includes(',') ? 4 : 0) + (w.includes(':') ? 8 : 0) + (w.includes('/') ? 16 : 0)
                : -1,
        };
        if (this.cache.size > 200_000)
            this.cache.clear();
        this.cache.set(w, wi);
        return wi;
    }
}
/** Digits all look alike to the word templates ("1997" and "2024" share "dddd"-like identity). */
export function normaliseDigits(s) {
    return /\d/u.test(s) ? s.replace(/\d/gu, '0') : s;
}
//# sourceMappingURL=features.js.map