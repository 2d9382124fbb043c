import type { Analysis, Layer } from '../core/analysis.js';
import { newAnalysis } from '../core/analysis.js';
import type { SourceDocument } from '../core/document.js';
import { CommuniqueError } from '../core/errors.js';
import { toRecord, type DocumentRecord } from '../core/record.js';

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

export const PIPELINE_VERSION = '0.1.0';

export function buildPipeline(components: readonly Component[], version = PIPELINE_VERSION): Pipeline {
  const have = new Set<Layer>();
  for (const c of components) {
    const missing = c.needs.filter((l) => !have.has(l));
    if (missing.length) {
      throw new CommuniqueError('PIPELINE_INVALID', `component "${c.name}" needs ${missing.join(', ')}, which no earlier component provides`);
    }
    for (const l of c.provides) have.add(l);
  }
  const names = components.map((c) => c.name);
  const analyze = (doc: SourceDocument): Analysis => {
    const a = newAnalysis(doc);
    for (const c of components) c.run(a);
    return a;
  };
  return {
    version,
    components,
    analyze,
    record: (doc) => toRecord(analyze(doc), { version, components: names }),
  };
}
