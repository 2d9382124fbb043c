import type { Entity, NameSpan, QuoteSpeaker } from '../../core/annotations.js';
import type { Span } from '../../core/span.js';
import type { CueLexicon } from './lexicon.js';
/** What kind of phrase names the source, which decides how it is resolved. */
export type SpeakerKind = 'mention' | 'name' | 'pronoun' | 'title' | 'source' | 'relative';
export interface SpeakerPhrase extends Span {
    readonly kind: SpeakerKind;
    /** The entity when the phrase is one of its mentions. */
    readonly entity?: Entity;
}
interface MentionRef extends Span {
    readonly entity: Entity;
    readonly kind: string;
}
/** The document as speaker finding sees it: text, lexicon, PERSON mentions and other names. */
export interface SpeakerContext {
    readonly text: string;
    readonly lex: CueLexicon;
    /** Mentions of PERSON entities, in text order. */
    readonly mentions: readonly MentionRef[];
    /** NER spans that are not persons (ORG, GPE, …): a capitalised run inside one is an institution. */
    readonly otherNames: readonly NameSpan[];
}
export declare function speakerContext(text: string, lex: CueLexicon, entities: readonly Entity[], names: readonly NameSpan[]): SpeakerContext;
export declare const validGap: (text: string, from: number, to: number) => boolean;
/** A capitalised run whose head is a title word ("Senate Vice Speaker", "The Minister") names an office, not a person. */
export declare function isTitleRun(lex: CueLexicon, run: string): boolean;
/**
 * The source of a cue that starts at `cue`, looking back to `from` (the clause start): the nearest
 * phrase that names a source with only auxiliaries, adverbs or appositives between it and the cue.
 * A relative "who" stands for the phrase before it; a title in apposition to a name yields the name.
 * With `wholeClause`, a short subject that opens the clause counts when nothing else does.
 */
export declare function speakerBefore(ctx: SpeakerContext, from: number, cue: number, wholeClause?: boolean): SpeakerPhrase | null;
/** The source named right after a cue ("…, said Foreign Minister Sara Lind", "said the source"). */
export declare function speakerAfter(ctx: SpeakerContext, from: number, limit: number, anyPhrase?: boolean): SpeakerPhrase | null;
/** Resolution state carried through a document in reading order. */
export interface SpeakerState {
    lastNamed: QuoteSpeaker | null;
}
/**
 * Resolves a speaker phrase: a mention -> its entity; a pronoun or title -> the entity whose mention
 * it is, else the nearest preceding person (or the last named speaker when there are no entities);
 * a name -> its entity, else the fullest form of the name in the text; a common noun -> kept unnamed.
 */
export declare function resolveSpeaker(ctx: SpeakerContext, p: SpeakerPhrase, state: SpeakerState): QuoteSpeaker;
export {};
