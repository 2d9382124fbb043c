import type { Analysis, Layer } from '../core/analysis.js';
import type { SourceDocument } from '../core/document.js';
import { type DocumentRecord } from '../core/record.js';
/**
 * A pipeline component. It declares the layers it needs and the layers it provides, so that a
 * pipeline missing a layer fails when it is built, not halfway through a batch (spaCy's
 * analyze_pipes, Fastify's plugin dependencies).
 */
export interface Component {
    readonly name: string;
    readonly needs: readonly Layer[];
    readonly provides: readonly Layer[];
    run(a: Analysis): void;
}
export interface Pipeline {
    readonly version: string;
    readonly components: readonly Component[];
    /** Runs every component on the document and returns the analysis. */
    analyze(doc: SourceDocument): Analysis;
    /** analyze() then the JSON document record. */
    record(doc: SourceDocument): DocumentRecord;
}
export declare const PIPELINE_VERSION = "0.1.0";
export declare function buildPipeline(components: readonly Component[], version?: string): Pipeline;
