import type { Entity, NameSpan } from '../../../src/core/annotations.js';
/** Runs the actors analysis on a bare text (no tokens, sentences or NER layer): the rules alone. */
export declare function actorsOf(text: string, opts?: {
    source?: string;
    names?: NameSpan[];
}): Entity[];
export declare const personsOf: (text: string, opts?: {
    source?: string;
    names?: NameSpan[];
}) => Entity[];
export declare const person: (text: string, name: string, opts?: {
    source?: string;
}) => Entity | undefined;
