import type { Span } from '../../core/span.js';
/** A passage between quotation marks. `open`/`close` include the marks; start/end is the content. */
export interface MarkedPassage extends Span {
    readonly open: number;
    readonly close: number;
    /** Which mark style opened it, for the rule id. */
    readonly style: MarkStyle;
    /** Continued over a paragraph break (the next paragraph reopened the quotation). */
    readonly multiParagraph: boolean;
    /** The closing mark was never found; the passage runs to its paragraph's end. */
    readonly unclosed: boolean;
}
export type MarkStyle = 'straight' | 'curly' | 'guillemets' | 'single' | 'low-high' | 'single-guillemets' | 'double-apostrophe';
/**
 * Quotation passages of a text, paragraph by paragraph. A quotation left open at a paragraph's
 * end continues when the next paragraph starts with an opening mark (the newswire convention for
 * multi-paragraph quotations); otherwise it ends with its paragraph.
 */
export declare function findMarkedPassages(text: string, paragraphs: readonly Span[]): MarkedPassage[];
/** Words in a passage, to tell quotations from scare quotes and titles. */
export declare const wordCount: (s: string) => number;
