import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CommuniqueError } from '../../src/core/errors.js';
import { sha256 } from '../../src/core/hash.js';
import { bioLabels } from '../../src/nlp/ner/labels.js';
import { encodeWeights } from '../../src/nlp/ner/weights-file.js';
import { LEARNED_FEATURE_VERSION } from '../../src/nlp/quotes/learned/features.js';
import { loadQuoteModelFrom } from '../../src/nlp/quotes/learned/index.js';

const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

/** Two tiny hand-written taggers with no feature rows: every word scores 0 for every label. */
function writeTinyModel(manifestPatch: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'quote-model-'));
  dirs.push(dir);
  const bin = (labels: string[]): Buffer => encodeWeights({
    labels, bits: 10, buckets: new Uint32Array(0), rowPtr: Uint32Array.from([0]), values: new Int16Array(0),
    labelOf: new Uint8Array(0), trans: new Int32Array(labels.length ** 2), start: new Int32Array(labels.length), scale: 0.1,
  });
  const cueLabels = bioLabels(['CUE']);
  const roleLabels = bioLabels(['SRC', 'CON']);
  const cue = bin(cueLabels);
  const role = bin(roleLabels);
  writeFileSync(join(dir, 'cue.bin'), cue);
  writeFileSync(join(dir, 'role.bin'), role);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    name: 'tiny', version: '0.0.1', featureSetVersion: LEARNED_FEATURE_VERSION, cueBias: 0,
    files: { cue: { path: 'cue.bin', sha256: sha256(cue), labels: cueLabels }, role: { path: 'role.bin', sha256: sha256(role), labels: roleLabels } },
    ...manifestPatch,
  }));
  return dir;
}

const codeOf = (f: () => unknown): string | undefined => {
  try { f(); } catch (e) { return e instanceof CommuniqueError ? e.code : 'not a CommuniqueError'; }
  return undefined;
};

describe('learned quote model loading', () => {
  it('learned quote model loading: a well-formed model loads; with all-zero weights it finds no cue', () => {
    const model = loadQuoteModelFrom(writeTinyModel());
    expect(model.info.name).toBe('tiny');
    expect(model.cues(['She', 'said', 'so', '.'])).toEqual([]);
  });

  it('learned quote model loading: a positive cue bias makes every word a cue', () => {
    const model = loadQuoteModelFrom(writeTinyModel({ cueBias: 1 }));
    expect(model.cues(['She', 'said', 'so'])).toEqual([{ type: 'CUE', from: 0, to: 1 }, { type: 'CUE', from: 1, to: 2 }, { type: 'CUE', from: 2, to: 3 }]);
  });

  it('learned quote model loading: a changed weight file fails with MODEL_HASH_MISMATCH', () => {
    const dir = writeTinyModel();
    const bytes = readFileSync(join(dir, 'role.bin'));
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0xff;
    writeFileSync(join(dir, 'role.bin'), bytes);
    expect(codeOf(() => loadQuoteModelFrom(dir))).toBe('MODEL_HASH_MISMATCH');
  });

  it('learned quote model loading: a missing weight file or manifest fails with MODEL_MISSING', () => {
    const dir = writeTinyModel();
    rmSync(join(dir, 'cue.bin'));
    expect(codeOf(() => loadQuoteModelFrom(dir))).toBe('MODEL_MISSING');
    expect(codeOf(() => loadQuoteModelFrom(join(dir, 'nowhere')))).toBe('MODEL_MISSING');
  });

  it('learned quote model loading: another feature set version, a missing file entry or bad JSON fail with MODEL_INVALID', () => {
    expect(codeOf(() => loadQuoteModelFrom(writeTinyModel({ featureSetVersion: LEARNED_FEATURE_VERSION + 1 })))).toBe('MODEL_INVALID');
    expect(codeOf(() => loadQuoteModelFrom(writeTinyModel({ files: {} })))).toBe('MODEL_INVALID');
    const dir = writeTinyModel();
    writeFileSync(join(dir, 'manifest.json'), '{ not json');
    expect(codeOf(() => loadQuoteModelFrom(dir))).toBe('MODEL_INVALID');
  });

  it('learned quote model loading: the shipped model matches its manifest', () => {
    const model = loadQuoteModelFrom(join(import.meta.dirname, '..', '..', 'models', 'quotes-polnear'));
    expect(model.info.name).toBe('polnear');
    expect(model.cueTagger.labels).toEqual(['O', 'B-CUE', 'I-CUE']);
  });
});
