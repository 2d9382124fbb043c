import { join } from 'node:path';
import { CommuniqueError } from '../../../core/errors.js';
import { modelPath } from '../../../core/paths.js';
import { checkFeatureSet, readManifest, readModelFile, type ManifestFile } from '../../model-folder.js';
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

/**
 * Makes `model` the one loadQuoteModel(name) returns in this process: for scripts that measure a
 * candidate model folder through the whole pipeline (scripts/eval-polnear.ts --model DIR).
 */
export function useQuoteModel(model: LearnedQuoteModel, name = DEFAULT_QUOTE_MODEL): void {
  cache.set(name, model);
}

/** Loads a model folder, checking every file against the sha256 in its manifest. */
export function loadQuoteModelFrom(dir: string): LearnedQuoteModel {
  const { manifest, manifestFile } = readManifest<QuoteModelManifest>(dir);
  const { cue, role } = manifest.files ?? {};
  if (typeof manifest.name !== 'string' || !cue?.path || !role?.path || !Array.isArray(cue.labels) || !Array.isArray(role.labels)) {
    throw new CommuniqueError('MODEL_INVALID', `${manifestFile} lacks name, files.cue or files.role with labels`, { path: manifestFile });
  }
  checkFeatureSet(manifestFile, manifest.featureSetVersion, LEARNED_FEATURE_VERSION);
  const tagger = (f: ManifestFile & { labels: string[] }): SparseTagger => {
    const bytes = readModelFile(dir, f);
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
