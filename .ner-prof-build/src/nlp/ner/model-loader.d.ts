import { NerModel } from './model.js';
/** What models/ner-<name>/manifest.json holds (spaCy's meta.json plays the same part). */
export interface NerManifest {
    name: string;
    version: string;
    labels: string[];
    featureSetVersion: number;
    twoPass: boolean;
    files: {
        weights: ManifestFile;
        gazetteer?: ManifestFile & {
            categories: string[];
        };
        clusters?: ManifestFile;
    };
    [key: string]: unknown;
}
export interface ManifestFile {
    path: string;
    sha256: string;
}
export declare const DEFAULT_NER_MODEL = "ontonotes";
/** Loads models/ner-<name>/ once per process. */
export declare function loadNerModel(name?: string): NerModel;
/** Loads a model folder, checking every file against the sha256 in its manifest. */
export declare function loadNerModelFrom(dir: string): NerModel;
