import type { EventParticipant } from '../../core/annotations.js';
import type { Candidate } from './participants.js';
import type { TriggerMatch } from './trigger-lexicon.js';
/**
 * Subject and object of a trigger within its sentence, from the candidates around it. The subject
 * is the nearest candidate before the trigger with those coordinated to it ("X and Y met"); the
 * object the first candidate after it with those coordinated to it ("with X and Y").
 */
export interface TriggerArguments {
    readonly subject: Candidate[];
    readonly object: Candidate[];
    /** "with X": the object is a partner of the subject rather than the one acted on. */
    readonly objectIsPartner: boolean;
    /** Where a visit goes ("visit to Kazakhstan", "arrived in Astana"): country code. */
    readonly destination: Candidate | null;
    /** A plural anaphor stands for the subject ("the sides", "the two presidents", "they"). */
    readonly anaphoricSubject: boolean;
}
export declare function triggerArguments(sentence: string, t: TriggerMatch, cands: readonly Candidate[]): TriggerArguments;
export declare const participantsOf: (cands: readonly Candidate[]) => EventParticipant[];
