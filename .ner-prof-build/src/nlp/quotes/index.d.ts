import type { Quote } from '../../core/annotations.js';
import type { Analysis } from '../../core/analysis.js';
import type { Component } from '../pipeline.js';
export { QUOTE_RULES } from './rules.js';
/**
 * Quotations and reported speech with their speakers. Extraction works on the text, paragraphs and
 * sentences alone; only the speaker resolution reads the entities (pronouns and titles resolve to
 * the entity whose mention they are, else to the nearest person before them).
 */
export interface QuoteOptions {
    /**
     * 'all' (default) keeps every source, named or not ("officials", "the ministry"), as PolNeAR
     * annotates them; 'persons' keeps only statements by people, as the gold guideline does
     * (../shared/eval/GUIDELINE.md: "a statement by an institution with no person is skipped").
     */
    readonly speakers?: 'all' | 'persons';
}
export declare function extractQuotes(a: Analysis, options?: QuoteOptions): Quote[];
export declare function quotesComponent(options?: QuoteOptions): Component;
