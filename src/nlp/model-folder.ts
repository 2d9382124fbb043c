import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommuniqueError } from '../core/errors.js';
import { sha256 } from '../core/hash.js';

/**
 * The parts every shipped model folder shares (models/<kind>-<name>/): a manifest.json naming its
 * files with their sha256, and the feature-set version the weights were trained on. The loaders of
 * each model kind (ner, quotes) read their own fields on top of these.
 */
export interface ManifestFile {
  path: string;
  sha256: string;
}

/** The folder's manifest.json, parsed: MODEL_MISSING when absent, MODEL_INVALID when not JSON. */
export function readManifest<T>(dir: string): { manifest: T; manifestFile: string } {
  const manifestFile = join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) throw new CommuniqueError('MODEL_MISSING', `expected ${manifestFile}`, { path: manifestFile });
  try {
    return { manifest: JSON.parse(readFileSync(manifestFile, 'utf8')) as T, manifestFile };
  } catch (e) {
    throw new CommuniqueError('MODEL_INVALID', `${manifestFile} is not valid JSON`, { path: manifestFile }, { cause: e });
  }
}

/** A model's weights only run with the feature extraction they were trained with. */
export function checkFeatureSet(manifestFile: string, modelVersion: unknown, codeVersion: number): void {
  if (modelVersion !== codeVersion) {
    throw new CommuniqueError('MODEL_INVALID', `model uses feature set ${String(modelVersion)}, this code extracts ${codeVersion}`, { path: manifestFile });
  }
}

/** One file the manifest names, checked against its sha256 (MODEL_MISSING, MODEL_HASH_MISMATCH). */
export function readModelFile(dir: string, file: ManifestFile): Buffer {
  const path = join(dir, file.path);
  if (!existsSync(path)) throw new CommuniqueError('MODEL_MISSING', `expected ${path}`, { path });
  const bytes = readFileSync(path);
  const got = sha256(bytes);
  if (got !== file.sha256) throw new CommuniqueError('MODEL_HASH_MISMATCH', `${path}: expected ${file.sha256}, got ${got}`, { path });
  return bytes;
}
