import type { NerModel } from './model.js';
export interface TagConllOptions {
    /** 'conll' maps OntoNotes types to PER/LOC/ORG/MISC unless the model already uses them. */
    readonly labels?: 'ontonotes' | 'conll';
    /** Apply the post-tagging name rules (name-rules.ts), as the pipeline does; default true. */
    readonly rules?: boolean;
}
/**
 * Tags a CoNLL-style file's tokens as given (no re-tokenising) and returns the output lines:
 * "token<TAB>tag" per token, blank lines and -DOCSTART- lines kept where they were.
 */
export declare function tagConllText(model: NerModel, text: string, options?: TagConllOptions, path?: string): string[];
