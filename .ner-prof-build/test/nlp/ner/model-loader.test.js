import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CommuniqueError } from '../../../src/core/errors.js';
import { sha256 } from '../../../src/core/hash.js';
import { FEATURE_SET_VERSION } from '../../../src/nlp/ner/features.js';
import { bioLabels } from '../../../src/nlp/ner/labels.js';
import { loadNerModelFrom } from '../../../src/nlp/ner/model-loader.js';
import { encodeWeights } from '../../../src/nlp/ner/weights-file.js';
const dirs = [];
afterEach(() => { for (const d of dirs.splice(0))
    rmSync(d, { recursive: true, force: true }); });
/** A tiny model written by hand: one feature row that votes B-GPE. */
function writeTinyModel() {
    const dir = mkdtempSync(join(tmpdir(), 'ner-model-'));
    dirs.push(dir);
    const labels = bioLabels(['GPE']);
    const L = labels.length;
    const bin = encodeWeights({
        labels, bits: 10, buckets: Uint32Array.from([3]), rowPtr: Uint32Array.from([0, 2]),
        values: Int16Array.from([5, -5]), labelOf: Uint8Array.from([1, 2]),
        trans: new Int32Array(L * L), start: new Int32Array(L), scale: 0.1,
    });
    writeFileSync(join(dir, 'weights.bin'), bin);
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
        name: 'tiny', version: '0.0.1', labels, featureSetVersion: FEATURE_SET_VERSION, twoPass: false,
        files: { weights: { path: 'weights.bin', sha256: sha256(bin) } },
    }));
    return dir;
}
const codeOf = (f) => {
    try {
        f();
    }
    catch (e) {
        return e instanceof CommuniqueError ? e.code : 'not a CommuniqueError';
    }
    return undefined;
};
describe('ner model loading', () => {
    it('ner model loading: a well-formed model loads and tags valid BIO', () => {
        const model = loadNerModelFrom(writeTinyModel());
        const tags = model.tagSentence(['a', 'b', 'c']);
        expect(tags).toHaveLength(3);
        for (const t of tags)
            expect(['O', 'B-GPE', 'I-GPE']).toContain(t);
    });
    it('ner model loading: a changed weight file fails with MODEL_HASH_MISMATCH', () => {
        const dir = writeTinyModel();
        const bytes = readFileSync(join(dir, 'weights.bin'));
        bytes[bytes.length - 1] = bytes[bytes.length - 1] ^ 0xff;
        writeFileSync(join(dir, 'weights.bin'), bytes);
        expect(codeOf(() => loadNerModelFrom(dir))).toBe('MODEL_HASH_MISMATCH');
    });
    it('ner model loading: a missing weight file or manifest fails with MODEL_MISSING', () => {
        const dir = writeTinyModel();
        rmSync(join(dir, 'weights.bin'));
        expect(codeOf(() => loadNerModelFrom(dir))).toBe('MODEL_MISSING');
        expect(codeOf(() => loadNerModelFrom(join(dir, 'nowhere')))).toBe('MODEL_MISSING');
    });
    it('ner model loading: a malformed manifest or weight file fails with MODEL_INVALID', () => {
        const dir = writeTinyModel();
        writeFileSync(join(dir, 'manifest.json'), '{"name": ');
        expect(codeOf(() => loadNerModelFrom(dir))).toBe('MODEL_INVALID');
        const dir2 = writeTinyModel();
        const junk = Buffer.from('not gzip at all');
        writeFileSync(join(dir2, 'weights.bin'), junk);
        const m = JSON.parse(readFileSync(join(dir2, 'manifest.json'), 'utf8'));
        m.files.weights.sha256 = sha256(junk);
        writeFileSync(join(dir2, 'manifest.json'), JSON.stringify(m));
        expect(codeOf(() => loadNerModelFrom(dir2))).toBe('MODEL_INVALID');
    });
});
//# sourceMappingURL=model-loader.test.js.map