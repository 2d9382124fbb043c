import type { Analysis } from '../../core/analysis.js';
import type { Span } from '../../core/span.js';
/** A sentence as the quote rules see it: its span and its paragraph's index. */
export interface SentenceUnit extends Span {
    readonly paragraph: number;
}
export interface TextUnits {
    readonly paragraphs: readonly Span[];
    readonly sentences: readonly SentenceUnit[];
}
export declare function textUnits(a: Analysis): TextUnits;
/** Index of the sentence that holds offset, or -1. */
export declare function sentenceAt(sentences: readonly Span[], offset: number): number;
