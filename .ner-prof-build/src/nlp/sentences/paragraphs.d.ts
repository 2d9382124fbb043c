import type { Paragraph } from '../../core/annotations.js';
/**
 * Paragraphs of text[from, to): news text is one line a paragraph, so every line break (one or
 * more) ends a paragraph. Spans exclude surrounding white space; blank lines give none.
 */
export declare function splitParagraphs(text: string, from?: number, to?: number): Paragraph[];
