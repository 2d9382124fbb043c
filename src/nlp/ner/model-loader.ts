import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommuniqueError } from '../../core/errors.js';
import { sha256 } from '../../core/hash.js';
import { modelPath } from '../../core/paths.js';
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

export interface ManifestFile {
  path: string;
  sha256: string;
}

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
  const manifestFile = join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) throw new CommuniqueError('MODEL_MISSING', `expected ${manifestFile}`, { path: manifestFile });
  let manifest: NerManifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as NerManifest;
  } catch (e) {
    throw new CommuniqueError('MODEL_INVALID', `${manifestFile} is not valid JSON`, { path: manifestFile }, { cause: e });
  }
  if (!Array.isArray(manifest.labels) || !manifest.files?.weights?.path || typeof manifest.name !== 'string') {
    throw new CommuniqueError('MODEL_INVALID', `${manifestFile} lacks name, labels or files.weights`, { path: manifestFile });
  }
  if (manifest.featureSetVersion !== FEATURE_SET_VERSION) {
    throw new CommuniqueError('MODEL_INVALID', `model uses feature set ${manifest.featureSetVersion}, this code extracts ${FEATURE_SET_VERSION}`, { path: manifestFile });
  }
  const read = (f: ManifestFile): Buffer => {
    const path = join(dir, f.path);
    if (!existsSync(path)) throw new CommuniqueError('MODEL_MISSING', `expected ${path}`, { path });
    const bytes = readFileSync(path);
    const got = sha256(bytes);
    if (got !== f.sha256) throw new CommuniqueError('MODEL_HASH_MISMATCH', `${path}: expected ${f.sha256}, got ${got}`, { path });
    return bytes;
  };
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
