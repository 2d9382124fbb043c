import type { Entity, Quote } from '../../../src/core/annotations.js';
import { type Analysis } from '../../../src/core/analysis.js';
/** An analysis with real tokens and sentences (the components under test need nothing else). */
export declare function analysisOf(text: string): Analysis;
/** A PERSON entity whose mentions are every occurrence of the given strings. */
export declare function person(a: Analysis, id: string, name: string, ...forms: string[]): Entity;
export declare function quotesOf(text: string, setup?: (a: Analysis) => void): {
    a: Analysis;
    quotes: Quote[];
};
/** A compact view for assertions: [content, direct, speaker name, rule]. */
export declare const brief: (q: Quote) => [string, boolean, string | null, string];
