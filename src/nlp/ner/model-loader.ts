import { join } from 'node:path';
import { CommuniqueError } from '../../core/errors.js';
import { modelPath } from '../../core/paths.js';
import { checkFeatureSet, readManifest, readModelFile, type ManifestFile } from '../model-folder.js';
import { FEATURE_SET_VERSION, type ClusterTable } from './features.js';
import { Gazetteer, parseGazetteer } from './gazetteer.js';
import { NerModel } from './model.js';
import { clusterTable } from './clusters.js';
import { decodeWeights } from './weights-file.js';

/** What models/ner-<name>/manifest.json holds (spaCy's meta.json plays the same part). */
export interface NerManifest {
  name: string;
  version: string;
  labels: string[];
  featureSetVersion: number;
  twoPass: boolean;
  files: { weights: ManifestFile; gazetteer?: ManifestFile & { categories: string[] }; clusters?: ManifestFile };
  [key: string]: unknown;
}

export type { ManifestFile };

export const DEFAULT_NER_MODEL = 'ontonotes';

const cache = new Map<string, NerModel>();

/** Loads models/ner-<name>/ once per process. */
export function loadNerModel(name = DEFAULT_NER_MODEL): NerModel {
  let m = cache.get(name);
  if (!m) {
    m = loadNerModelFrom(modelPath(`ner-${name}`));
    cache.set(name, m);
  }
  return m;
}

/** Loads a model folder, checking every file against the sha256 in its manifest. */
export function loadNerModelFrom(dir: string): NerModel {
  const { manifest, manifestFile } = readManifest<NerManifest>(dir);
  if (!Array.isArray(manifest.labels) || !manifest.files?.weights?.path || typeof manifest.name !== 'string') {
    throw new CommuniqueError('MODEL_INVALID', `${manifestFile} lacks name, labels or files.weights`, { path: manifestFile });
  }
  checkFeatureSet(manifestFile, manifest.featureSetVersion, FEATURE_SET_VERSION);
  const read = (f: ManifestFile): Buffer => readModelFile(dir, f);
  const weightsBytes = read(manifest.files.weights);
  const gaz = manifest.files.gazetteer;
  const gazetteer = gaz ? new Gazetteer(gaz.categories, parseGazetteer(read(gaz).toString('utf8'))) : null;
  const clusters: ClusterTable | null = manifest.files.clusters ? clusterTable(read(manifest.files.clusters).toString('utf8')) : null;
  try {
    const weights = decodeWeights(weightsBytes, manifest.labels);
    return new NerModel({ name: manifest.name, version: manifest.version, twoPass: manifest.twoPass === true }, weights, { gazetteer, clusters });
  } catch (e) {
    if (e instanceof CommuniqueError) throw e;
    throw new CommuniqueError('MODEL_INVALID', `${join(dir, manifest.files.weights.path)}: ${(e as Error).message}`, { path: dir }, { cause: e });
  }
}
