import type { Span } from '../core/span.js';
import type { ResolvedPerson } from './person-resolution.js';
/**
 * Offices over time, as observed: for each resolved person, the posts the articles give them
 * with the first and last date each was seen and the evidence (document + span of the title).
 * "Seen" is not tenure: an office first seen in 2022 may have begun long before.
 */
export interface OfficeEvidence extends Span {
    readonly document: string;
}
export interface ObservedOffice {
    /** Stable id: person id + post id. */
    readonly id: string;
    readonly person: string;
    /** The title as first written ("Speaker of the Senate of the Kazakh Parliament"). */
    readonly title: string;
    /** Other wordings of the same office. */
    readonly otherTitles: string[];
    readonly institution: string | null;
    readonly country: string | null;
    readonly sector: string | null;
    firstSeen: string | null;
    lastSeen: string | null;
    /** Some sightings called the office former ("former Prime Minister"). */
    past: boolean;
    readonly evidence: OfficeEvidence[];
}
/** An institution's name: the lexicon phrase the title uses ("Federation Council"), else its first phrase, else the value as given. */
export declare function institutionName(institution: string | null, title: string): string | null;
/** The key two wordings of one office share: folded title words without noise, plus institution and country. */
export declare function officeKey(title: string, institution: string | null, country: string | null): string;
/** The offices of resolved persons, one per (person, office), with dates and evidence. */
export declare function observedOffices(persons: readonly ResolvedPerson[]): ObservedOffice[];
