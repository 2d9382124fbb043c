import type { Analysis } from '../../core/analysis.js';
import type { NameSpan } from '../../core/annotations.js';
import type { Component } from '../pipeline.js';
import type { NerModel } from './model.js';
export { loadNerModel, loadNerModelFrom, DEFAULT_NER_MODEL } from './model-loader.js';
export type { NerModel } from './model.js';
export interface NerOptions {
    /** models/ner-<model>; default "ontonotes". */
    readonly model?: string;
}
/**
 * Named-entity recognition on our own tokens: the statistical tagger (models/ner-<name>) runs per
 * sentence over the whole document (two-pass when the model was trained so) and writes a.names.
 */
export declare function nerComponent(options?: NerOptions): Component;
export declare function findNames(model: NerModel, a: Analysis): NameSpan[];
