import type { SourceDocument } from '../src/core/document.js';
/** What one system measured on one corpus, in one process of its own. */
export interface SystemResult {
    system: string;
    /** Time to import the library and load its model(s), ms, including a first tiny document. */
    loadMs: number;
    /** Wall time per stage over the whole corpus, ms (systems without stages report one). */
    stages: Record<string, number>;
    /** Wall time of the whole analysis over the corpus, ms. */
    totalMs: number;
    /** Peak resident set size of the process, bytes (process.resourceUsage().maxRSS). */
    peakRssBytes: number;
    /** What the system did per document, in words. */
    work: string;
}
type Run = (docs: readonly SourceDocument[]) => Promise<SystemResult>;
export declare const SYSTEMS: Record<string, Run>;
export {};
