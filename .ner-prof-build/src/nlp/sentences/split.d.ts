import type { Paragraph, Sentence } from '../../core/annotations.js';
import { type TokenTable } from '../../core/tokens.js';
/** Ids of the rules that end or continue a sentence. */
export type BoundaryRule = 'terminal' | 'ellipsis-before-starter' | 'abbreviation-before-starter' | 'abbreviation-before-capital' | 'paragraph-end' | 'continues-lowercase' | 'continues-punct' | 'continues-attribution' | 'continues-enumerator' | 'continues-title' | 'continues-abbreviation' | 'continues-ellipsis' | 'continues-no-content';
export interface BoundaryDecision {
    readonly split: boolean;
    readonly rule: BoundaryRule;
}
/**
 * Whether the terminal token i ends a sentence. `s` is the sentence's first token, `n` the token
 * after the terminal and its closing marks, `quoted` whether a closing quotation mark came between.
 */
export declare function decideBoundary(text: string, tokens: TokenTable, s: number, i: number, n: number, last: number, quoted: boolean, content?: boolean): BoundaryDecision;
/**
 * Sentences of the given paragraphs, over tokens from `tokenize`. A sentence never crosses a
 * paragraph; its span runs from its first token's start to its last token's end, so it excludes
 * surrounding white space. `by.rule` names the rule that ended it.
 */
export declare function splitSentences(text: string, tokens: TokenTable, paragraphs: readonly Paragraph[]): Sentence[];
