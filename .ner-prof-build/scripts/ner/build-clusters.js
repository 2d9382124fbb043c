/**
 * Learns word clusters from unlabelled text, for the tagger's bit-prefix features (Brown-style
 * paths; Ratinov & Roth 2009 show such clusters add 1-2 F1 to NER).
 * Brown clustering is costly; this is a cheaper stand-in with the same output form: each word is a
 * vector of PPMI-weighted left/right neighbour counts (top context words), randomly projected to
 * DIM dimensions, and the vocabulary is split recursively by spherical 2-means; a word's path of
 * 0/1 choices is its cluster id, so prefixes of the path are coarser clusters.
 *
 * usage: npx tsx scripts/ner/build-clusters.ts OUT.tsv [--min-count 2] [--depth 20]
 * Text: OntoNotes and CoNLL-2003 training tokens, PolNeAR train articles, RAMS dev, re3d documents
 * (never a test split or our own dev articles).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../../src/core/paths.js';
import { normaliseDigits } from '../../src/nlp/ner/features.js';
const args = process.argv.slice(2);
const out = args[0];
if (!out)
    throw new Error('usage: build-clusters OUT.tsv');
const opt = (n, d) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] ?? d : d; };
const MIN_COUNT = Number(opt('--min-count', '2'));
const DEPTH = Number(opt('--depth', '20'));
const CONTEXTS = 2000;
const DIM = 160;
const t0 = performance.now();
const log = (...a) => console.log(`[${((performance.now() - t0) / 1000).toFixed(0)}s]`, ...a);
/** Rough PTB-style split for raw text: punctuation off word edges, clitics split. */
function roughTokens(text) {
    return text.split(/\n+/u).map((line) => line
        .replace(/[“”]/gu, '"').replace(/[‘’]/gu, "'")
        .replace(/([^\s\w'-]|^'|'$)/gu, ' $1 ')
        .replace(/(\w)('s|'re|'ve|'ll|'d|'m|n't)\b/giu, '$1 $2')
        .split(/\s+/u).filter(Boolean));
}
const sentences = [];
const conllFile = (path) => {
    let cur = [];
    for (const line of readFileSync(path, 'utf8').split('\n')) {
        if (line.startsWith('-DOCSTART-') || !line.trim()) {
            if (cur.length)
                sentences.push(cur);
            cur = [];
            continue;
        }
        cur.push((line.includes('\t') ? line.split('\t') : line.split(' '))[0] ?? '');
    }
    if (cur.length)
        sentences.push(cur);
};
conllFile(sharedPath('data/ontonotes5-ner/train.bio'));
conllFile(sharedPath('data/conll2003/eng.train'));
const polnear = sharedPath('data/polnear/data/train/text');
if (existsSync(polnear))
    for (const f of readdirSync(polnear))
        sentences.push(...roughTokens(readFileSync(join(polnear, f), 'utf8')));
const rams = sharedPath('data/rams-v1.0/dev.jsonlines');
if (existsSync(rams)) {
    for (const line of readFileSync(rams, 'utf8').split('\n')) {
        if (!line.trim())
            continue;
        const doc = JSON.parse(line);
        for (const s of doc.sentences ?? [])
            sentences.push(s);
    }
}
const re3d = sharedPath('data/re3d');
if (existsSync(re3d)) {
    for (const dir of readdirSync(re3d)) {
        const f = join(re3d, dir, 'documents.json');
        if (!existsSync(f))
            continue;
        for (const line of readFileSync(f, 'utf8').split('\n')) {
            if (!line.trim())
                continue;
            try {
                const d = JSON.parse(line);
                if (d.text)
                    sentences.push(...roughTokens(d.text));
            }
            catch { /* not JSON lines */ }
        }
    }
}
const norm = (w) => normaliseDigits(w.toLowerCase());
const counts = new Map();
let tokens = 0;
for (const s of sentences)
    for (const w of s) {
        const k = norm(w);
        counts.set(k, (counts.get(k) ?? 0) + 1);
        tokens++;
    }
log(`${sentences.length} sentences, ${tokens} tokens, ${counts.size} types`);
const vocab = [...counts].filter(([, c]) => c >= MIN_COUNT).sort((a, b) => b[1] - a[1]).map(([w]) => w);
const id = new Map(vocab.map((w, i) => [w, i]));
const V = vocab.length;
// Context features: left and right neighbour among the CONTEXTS most frequent words (or <s>, </s>, <rare>).
const ctxId = (w) => {
    if (w === undefined)
        return CONTEXTS;
    const i = id.get(w);
    return i !== undefined && i < CONTEXTS ? i : CONTEXTS + 1;
};
const C = (CONTEXTS + 2) * 2;
const pair = new Map(); // word * C + context -> count
const ctxTotal = new Float64Array(C);
for (const s of sentences) {
    const ws = s.map(norm);
    for (let i = 0; i < ws.length; i++) {
        const wi = id.get(ws[i]);
        if (wi === undefined)
            continue;
        const left = ctxId(ws[i - 1]);
        const right = CONTEXTS + 2 + ctxId(ws[i + 1]);
        for (const c of [left, right]) {
            const k = wi * C + c;
            pair.set(k, (pair.get(k) ?? 0) + 1);
            ctxTotal[c] = ctxTotal[c] + 1;
        }
    }
}
log(`vocabulary ${V}, ${pair.size} word-context pairs`);
// Random projection of the PPMI rows (Achlioptas 2003: +-1 entries preserve distances).
let rng = 7;
const rand = () => { rng = (Math.imul(rng, 1103515245) + 12345) >>> 0; return rng / 4294967296; };
const R = new Float32Array(C * DIM).map(() => (rand() < 0.5 ? -1 : 1));
const X = new Float32Array(V * DIM);
const wordTotal = new Float64Array(V);
for (const [k, n] of pair) {
    const w = Math.floor(k / C);
    wordTotal[w] = wordTotal[w] + n;
}
const total = 2 * tokens;
for (const [k, n] of pair) {
    const w = Math.floor(k / C);
    const c = k - w * C;
    const pmi = Math.log((n * total) / (wordTotal[w] * Math.pow(ctxTotal[c], 0.75) * Math.pow(total, 0.25)));
    if (pmi <= 0)
        continue;
    for (let d = 0; d < DIM; d++)
        X[w * DIM + d] = X[w * DIM + d] + pmi * R[c * DIM + d];
}
for (let w = 0; w < V; w++) {
    let s = 0;
    for (let d = 0; d < DIM; d++)
        s += X[w * DIM + d] ** 2;
    const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
    for (let d = 0; d < DIM; d++)
        X[w * DIM + d] = X[w * DIM + d] * inv;
}
log('vectors built');
// Recursive split along the top principal direction of each node, at the median: a balanced binary
// tree (a PCA tree), so that every prefix length is a usable grain of cluster. Spherical 2-means
// with outlier seeds gave very unbalanced trees (most words under one short path).
const paths = new Array(V).fill('');
function split(members, depth) {
    if (depth >= DEPTH || members.length < 2)
        return;
    const mean = new Float64Array(DIM);
    for (const m of members)
        for (let d = 0; d < DIM; d++)
            mean[d] = mean[d] + X[m * DIM + d];
    for (let d = 0; d < DIM; d++)
        mean[d] = mean[d] / members.length;
    let v = new Float64Array(DIM).map(() => rand() - 0.5);
    const proj = new Float64Array(members.length);
    for (let iter = 0; iter < 8; iter++) {
        const next = new Float64Array(DIM);
        members.forEach((m, k) => {
            let s = 0;
            for (let d = 0; d < DIM; d++)
                s += (X[m * DIM + d] - mean[d]) * v[d];
            proj[k] = s;
            for (let d = 0; d < DIM; d++)
                next[d] = next[d] + s * (X[m * DIM + d] - mean[d]);
        });
        let norm = 0;
        for (let d = 0; d < DIM; d++)
            norm += next[d] ** 2;
        norm = Math.sqrt(norm) || 1;
        v = next.map((x) => x / norm);
    }
    members.forEach((m, k) => {
        let s = 0;
        for (let d = 0; d < DIM; d++)
            s += (X[m * DIM + d] - mean[d]) * v[d];
        proj[k] = s;
    });
    const order = members.map((m, k) => [m, proj[k]]).sort((x, y) => x[1] - y[1]);
    const half = order.length >> 1;
    const left = order.slice(0, half).map(([m]) => m);
    const right = order.slice(half).map(([m]) => m);
    for (const m of left)
        paths[m] += '0';
    for (const m of right)
        paths[m] += '1';
    split(left, depth + 1);
    split(right, depth + 1);
}
split(vocab.map((_, i) => i), 0);
writeFileSync(out, vocab.map((w, i) => `${w}\t${paths[i]}`).join('\n') + '\n');
log(`wrote ${out}: ${V} words`);
//# sourceMappingURL=build-clusters.js.map