/**
 * Whether a trigger states something that happened. GUIDELINE.md: code events "that the article
 * asserts has happened"; negated, hypothetical and future statements are not; PLOVER manual:
 * announced or planned meetings are AGREE (intent to meet), not CONSULT.
 * Rules are data with ids; each looks at the words just before or after the trigger.
 */
export type Modality = 'asserted' | 'future' | 'negated' | 'hypothetical';
export interface ModalityRule {
    readonly id: string;
    readonly modality: Exclude<Modality, 'asserted'>;
    /** Where to look: the clause text before the trigger, or the few words after it. */
    readonly where: 'before' | 'after' | 'trigger';
    readonly pattern: RegExp;
}
export declare const MODALITY_RULES: readonly ModalityRule[];
/** Modality of a trigger, from the clause before it, the trigger's own words and the words after it. */
export declare function modalityOf(before: string, after: string, trigger?: string): {
    modality: Modality;
    rule: string | null;
};
