import type { SourceDocument } from '../src/core/document.js';
/** A benchmark corpus: documents and how it was made. Texts are read at run time, never stored. */
export interface Corpus {
    name: string;
    description: string;
    docs: SourceDocument[];
}
/**
 * The fixed corpus: every article of examples/ (read through the ingest, as `communique ingest`
 * would), repeated in order until the corpus holds at least `targetWords` white-space words.
 * The same code and the same examples always give the same corpus.
 */
export declare function examplesCorpus(targetWords: number): Promise<Corpus>;
/** The dev articles of ../shared/data/dev-articles (the `.json` inputs, not the gold), or null when absent. */
export declare function devCorpus(): Corpus | null;
export declare const countWords: (text: string) => number;
