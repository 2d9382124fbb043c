import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommuniqueError } from '../../core/errors.js';
import { sha256 } from '../../core/hash.js';
import { modelPath } from '../../core/paths.js';
import { FEATURE_SET_VERSION } from './features.js';
import { Gazetteer, parseGazetteer } from './gazetteer.js';
import { NerModel } from './model.js';
import { clusterTable } from './clusters.js';
import { decodeWeights } from './weights-file.js';
export const DEFAULT_NER_MODEL = 'ontonotes';
const cache = new Map();
/** Loads models/ner-<name>/ once per process. */
export function loadNerModel(name = DEFAULT_NER_MODEL) {
    let m = cache.get(name);
    if (!m) {
        m = loadNerModelFrom(modelPath(`ner-${name}`));
        cache.set(name, m);
    }
    return m;
}
/** Loads a model folder, checking every file against the sha256 in its manifest. */
export function loadNerModelFrom(dir) {
    const manifestFile = join(dir, 'manifest.json');
    if (!existsSync(manifestFile))
        throw new CommuniqueError('MODEL_MISSING', `expected ${manifestFile}`, { path: manifestFile });
    let manifest;
    try {
        manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    }
    catch (e) {
        throw new CommuniqueError('MODEL_INVALID', `${manifestFile} is not valid JSON`, { path: manifestFile }, { cause: e });
    }
    if (!Array.isArray(manifest.labels) || !manifest.files?.weights?.path || typeof manifest.name !== 'string') {
        throw new CommuniqueError('MODEL_INVALID', `${manifestFile} lacks name, labels or files.weights`, { path: manifestFile });
    }
    if (manifest.featureSetVersion !== FEATURE_SET_VERSION) {
        throw new CommuniqueError('MODEL_INVALID', `model uses feature set ${manifest.featureSetVersion}, this code extracts ${FEATURE_SET_VERSION}`, { path: manifestFile });
    }
    const read = (f) => {
        const path = join(dir, f.path);
        if (!existsSync(path))
            throw new CommuniqueError('MODEL_MISSING', `expected ${path}`, { path });
        const bytes = readFileSync(path);
        const got = sha256(bytes);
        if (got !== f.sha256)
            throw new CommuniqueError('MODEL_HASH_MISMATCH', `${path}: expected ${f.sha256}, got ${got}`, { path });
        return bytes;
    };
    const weightsBytes = read(manifest.files.weights);
    const gaz = manifest.files.gazetteer;
    const gazetteer = gaz ? new Gazetteer(gaz.categories, parseGazetteer(read(gaz).toString('utf8'))) : null;
    const clusters = manifest.files.clusters ? clusterTable(read(manifest.files.clusters).toString('utf8')) : null;
    try {
        const weights = decodeWeights(weightsBytes, manifest.labels);
        return new NerModel({ name: manifest.name, version: manifest.version, twoPass: manifest.twoPass === true }, weights, { gazetteer, clusters });
    }
    catch (e) {
        if (e instanceof CommuniqueError)
            throw e;
        throw new CommuniqueError('MODEL_INVALID', `${join(dir, manifest.files.weights.path)}: ${e.message}`, { path: dir }, { cause: e });
    }
}
//# sourceMappingURL=model-loader.js.map