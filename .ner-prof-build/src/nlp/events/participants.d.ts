import type { Entity, EventParticipant } from '../../core/annotations.js';
import type { Span } from '../../core/span.js';
/**
 * A possible event participant found in a sentence: a person mention, an organisation, or a
 * country (a country name, capital or "the Uzbek side") standing for the whole state (GUIDELINE:
 * "null for a whole country", sector GOV).
 */
export interface Candidate extends Span {
    /** "his"/"her"/"their" before a noun: an argument only of that noun ("his recent visit"). */
    readonly possessive?: boolean;
    /** An adjective of nationality ("Chilean", "Kazakh"): the state only with a head such as "side". */
    readonly demonym?: boolean;
    readonly kind: 'person' | 'org' | 'state';
    readonly participant: EventParticipant;
    /** "in Astana", "at the UN": a place where something happens, not a participant. */
    readonly location: boolean;
}
export declare function sentenceCandidates(sentence: string, offset: number, entities: readonly Entity[], mainCountry?: string | null): Candidate[];
