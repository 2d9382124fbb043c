import type { Sentence } from '../../core/annotations.js';
import type { Component } from '../pipeline.js';
export { splitParagraphs } from './paragraphs.js';
export { splitSentences, decideBoundary, type BoundaryDecision, type BoundaryRule } from './split.js';
/**
 * Index of the sentence that holds the character offset, or -1 when it falls between sentences
 * (white space, a dateline). Binary search: sentences are sorted and disjoint.
 */
export declare function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number;
/**
 * Where the text proper starts after a dateline ending at `end`: past the white space and any
 * separator the dateline span left behind ("ASTANA. KAZINFORM –", "ASTANA (Reuters) -").
 */
export declare function textStart(text: string, end: number): number;
/**
 * Provides 'paragraphs' and 'sentences'. The dateline ("ASTANA. KAZINFORM –"), when ingest found
 * one, is metadata: paragraphs and sentences start after it.
 */
export declare function sentencesComponent(): Component;
