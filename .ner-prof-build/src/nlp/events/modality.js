/**
 * Whether a trigger states something that happened. GUIDELINE.md: code events "that the article
 * asserts has happened"; negated, hypothetical and future statements are not; PLOVER manual:
 * announced or planned meetings are AGREE (intent to meet), not CONSULT.
 * Rules are data with ids; each looks at the words just before or after the trigger.
 */
export const MODALITY_RULES = [
    { id: 'negation-before', modality: 'negated', where: 'before', pattern: /\b(?:not|never|no longer|neither|nor|failed to|refused to|declined to|did not|didn't|has not|have not|hasn't|haven't|won't|cannot|can't)\s+(?:\w+\s+){0,2}$/iu },
    { id: 'cancelled-after', modality: 'negated', where: 'after', pattern: /^\s*(?:\w+\s+){0,4}?(?:was|were|has been|have been) (?:cancelled|canceled|postponed|called off)/iu },
    { id: 'conditional-before', modality: 'hypothetical', where: 'before', pattern: /(?:^|\s)(?:if|unless|whether|could|might|may|should)\s+(?:[\p{L}'’-]+\s+){0,5}$/iu },
    { id: 'future-aux-before', modality: 'future', where: 'before', pattern: /\b(?:will|shall|would|'ll|is to|are to|is set to|are set to|going to|plans? to|planning to|planned to|intends? to|intended to|expected to|scheduled to|due to|hopes? to|wants? to|agreed to|ready to|invited [^.;]{0,60}? to|to be)\s+(?:\w+\s+){0,2}$/iu },
    { id: 'future-time-before', modality: 'future', where: 'before', pattern: /\b(?:this (?:autumn|fall|spring|summer|winter)|next (?:week|month|year)|later this (?:week|month|year)|in the near future)\b/iu },
    { id: 'future-adjective-before', modality: 'future', where: 'before', pattern: /\b(?:upcoming|forthcoming|planned|future|next|expected|proposed|possible|prospective|potential)\s+(?:[\w-]+\s+){0,2}$/iu },
    { id: 'future-in-trigger', modality: 'future', where: 'trigger', pattern: /\b(?:upcoming|forthcoming|planned|future|next|expected|proposed)\b/iu },
    { id: 'future-after', modality: 'future', where: 'after', pattern: /^\s*(?:[\w-]+\s+){0,5}?(?:will be held|is scheduled|are scheduled|is planned|are planned|is expected|to be held|is to be held|next (?:week|month|year)|later this (?:week|month|year)|this (?:autumn|fall|spring|summer|winter)|in the near future|in the future)/iu },
];
/** Modality of a trigger, from the clause before it, the trigger's own words and the words after it. */
export function modalityOf(before, after, trigger = '') {
    const clause = before.split(/[;:]|,\s+(?:but|while|whereas)\s+/u).pop() ?? before;
    for (const r of MODALITY_RULES) {
        const text = r.where === 'before' ? clause : r.where === 'trigger' ? trigger : after.slice(0, 120);
        if (r.pattern.test(text))
            return { modality: r.modality, rule: r.id };
    }
    return { modality: 'asserted', rule: null };
}
//# sourceMappingURL=modality.js.map