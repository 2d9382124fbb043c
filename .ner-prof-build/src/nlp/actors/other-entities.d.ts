import type { Entity, NameSpan } from '../../core/annotations.js';
/** Country or organisation code of an organisation name: the body itself, else a place inside it ("Kazakh Senate"). */
export declare function organisationCode(name: string): string | null;
/**
 * ORG, GPE, NORP, LOC and FAC entities: NER spans of those types, and places and organisations from
 * the lexicons where NER has none; merged per document by country code (places) or normalised name.
 */
export declare function otherEntities(text: string, names: readonly NameSpan[], personSpans: ReadonlyArray<{
    start: number;
    end: number;
}>): Array<Omit<Entity, 'id'>>;
