import { type Pipeline } from './pipeline.js';
/** The full pipeline: tokens -> sentences -> names -> dates -> actors -> quotes -> events -> topics. */
export declare function defaultPipeline(): Pipeline;
