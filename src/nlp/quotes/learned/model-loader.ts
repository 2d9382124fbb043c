import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommuniqueError } from '../../../core/errors.js';
import { sha256 } from '../../../core/hash.js';
import { modelPath } from '../../../core/paths.js';
import type { ManifestFile } from '../../ner/model-loader.js';
import { decodeWeights } from '../../ner/weights-file.js';
import { LEARNED_FEATURE_VERSION } from './features.js';
import { LearnedQuoteModel } from './model.js';
import { SparseTagger } from './tagger.js';

/** What models/quotes-<name>/manifest.json holds: two taggers in the NER weight format. */
export interface QuoteModelManifest {
  name: string;
  version: string;
  featureSetVersion: number;
  /** Added to the cue tagger's B-CUE score, chosen on dev (weight units; 0 when absent). */
  cueBias?: number;
  files: { cue: ManifestFile & { labels: string[] }; role: ManifestFile & { labels: string[] } };
  [key: string]: unknown;
}

export const DEFAULT_QUOTE_MODEL = 'polnear';

const cache = new Map<string, LearnedQuoteModel>();

/** Loads models/quotes-<name>/ once per process. */
export function loadQuoteModel(name = DEFAULT_QUOTE_MODEL): LearnedQuoteModel {
  let m = cache.get(name);
  if (!m) {
    m = loadQuoteModelFrom(modelPath(`quotes-${name}`));
    cache.set(name, m);
  }
  return m;
}

/** Loads a model folder, checking every file against the sha256 in its manifest. */
export function loadQuoteModelFrom(dir: string): LearnedQuoteModel {
  const manifestFile = join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) throw new CommuniqueError('MODEL_MISSING', `expected ${manifestFile}`, { path: manifestFile });
  let manifest: QuoteModelManifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as QuoteModelManifest;
  } catch (e) {
    throw new CommuniqueError('MODEL_INVALID', `${manifestFile} is not valid JSON`, { path: manifestFile }, { cause: e });
  }
  const { cue, role } = manifest.files ?? {};
  if (typeof manifest.name !== 'string' || !cue?.path || !role?.path || !Array.isArray(cue.labels) || !Array.isArray(role.labels)) {
    throw new CommuniqueError('MODEL_INVALID', `${manifestFile} lacks name, files.cue or files.role with labels`, { path: manifestFile });
  }
  if (manifest.featureSetVersion !== LEARNED_FEATURE_VERSION) {
    throw new CommuniqueError('MODEL_INVALID', `model uses feature set ${manifest.featureSetVersion}, this code extracts ${LEARNED_FEATURE_VERSION}`, { path: manifestFile });
  }
  const read = (f: ManifestFile): Buffer => {
    const path = join(dir, f.path);
    if (!existsSync(path)) throw new CommuniqueError('MODEL_MISSING', `expected ${path}`, { path });
    const bytes = readFileSync(path);
    const got = sha256(bytes);
    if (got !== f.sha256) throw new CommuniqueError('MODEL_HASH_MISMATCH', `${path}: expected ${f.sha256}, got ${got}`, { path });
    return bytes;
  };
  const tagger = (f: ManifestFile & { labels: string[] }): SparseTagger => {
    const bytes = read(f);
    try {
      return new SparseTagger(decodeWeights(bytes, f.labels));
    } catch (e) {
      throw new CommuniqueError('MODEL_INVALID', `${join(dir, f.path)}: ${(e as Error).message}`, { path: dir }, { cause: e });
    }
  };
  const model = new LearnedQuoteModel({ name: manifest.name, version: manifest.version }, tagger(cue), tagger(role));
  if (manifest.cueBias !== undefined && !Number.isFinite(manifest.cueBias)) {
    throw new CommuniqueError('MODEL_INVALID', `${manifestFile}: cueBias must be a number`, { path: manifestFile });
  }
  model.cueBias = manifest.cueBias ?? 0;
  return model;
}
