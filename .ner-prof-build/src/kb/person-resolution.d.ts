import { type PersonObservation } from './observations.js';
import { type PersonRuleId } from './person-rules.js';
/**
 * Cross-document person resolution: PERSON entities of many documents clustered into persons.
 * Candidates come from blocks keyed by the surname's consonant skeleton and prefix (no
 * all-pairs comparison); a candidate is taken only when the names are compatible and no
 * namesake rule (country, concurrent offices, career span) keeps the two apart. Incremental:
 * `add` one observation at a time; ids never change once given.
 */
/** One observation as attached to a person, with the rule that attached it. */
export interface PersonSighting extends PersonObservation {
    readonly rule: PersonRuleId;
}
/** A resolved person: plain data for the store and the API. */
export interface ResolvedPerson {
    /** Stable id: slug of the first full name seen + country ("maulen-ashimbayev-kaz"). */
    readonly id: string;
    /** Canonical name: the most complete form seen. */
    name: string;
    /** Every other form seen. */
    otherNames: string[];
    country: string | null;
    sectors: string[];
    firstSeen: string | null;
    lastSeen: string | null;
    /** Documents the person appears in. */
    documents: string[];
    sightings: PersonSighting[];
    /** Started from a one-word name that fitted several persons. */
    ambiguous: boolean;
}
/** The record of one decision: which person an observation went to, and which candidates were refused and why. */
export interface MergeDecision {
    readonly document: string;
    readonly entity: string;
    readonly name: string;
    readonly person: string;
    readonly rule: PersonRuleId;
    readonly refused: ReadonlyArray<{
        readonly person: string;
        readonly rule: PersonRuleId;
    }>;
}
export declare class PersonResolver {
    private readonly states;
    private readonly bySurname;
    /** Every full word of every person: where a one-word name looks ("Xi" for "Xi Jinping"). */
    private readonly byWord;
    private readonly byEntity;
    private readonly log;
    /** Rebuilds a resolver from persons saved earlier, keeping their ids. */
    static from(persons: readonly ResolvedPerson[]): PersonResolver;
    /** Adds many observations in a fixed order (full names first, stated countries first, then the most complete name, date, document, entity), so a batch gives the same ids whatever its input order. */
    addAll(observations: readonly PersonObservation[]): MergeDecision[];
    /** Adds one observation; returns the decision, or null when the name has no word to compare. */
    add(o: PersonObservation): MergeDecision | null;
    /** Person id of a document's entity, once added. */
    personOf(document: string, entity: string): string | undefined;
    persons(): ResolvedPerson[];
    decisions(): readonly MergeDecision[];
    private pickForFullName;
    private pickForSingleWord;
    /** The namesake rule that keeps an observation out of a person, or null when it may join. */
    private apartRule;
    private candidates;
    private create;
    private attach;
    private index;
    private restore;
}
/** Resolves a batch of observations: the persons and every decision taken. */
export declare function resolvePersons(observations: readonly PersonObservation[], previous?: readonly ResolvedPerson[]): {
    persons: ResolvedPerson[];
    decisions: readonly MergeDecision[];
    personOf: (document: string, entity: string) => string | undefined;
};
