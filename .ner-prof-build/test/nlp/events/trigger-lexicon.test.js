import { describe, expect, it } from 'vitest';
import { findTriggers, triggerRules } from '../../../src/nlp/events/trigger-lexicon.js';
import { modalityOf } from '../../../src/nlp/events/modality.js';
describe('events: trigger lexicon', () => {
    it('events: trigger ids are unique and every category is PLOVER', () => {
        const rules = triggerRules();
        expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
        const plover = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
        for (const r of rules)
            expect(plover).toContain(r.event);
    });
    it('events: the specific phrase wins over the general one it contains', () => {
        const [t] = findTriggers('The minister received a telephone call from his counterpart.');
        expect(t?.rule.id).toBe('consult.call-from');
    });
    it('events: "visited" needs a name after it', () => {
        expect(findTriggers('He visited Chile.').map((t) => t.rule.id)).toContain('consult.visit-verb');
        expect(findTriggers('He visited the exhibition.').map((t) => t.rule.id)).not.toContain('consult.visit-verb');
    });
    it('events: a possessive visit is found after the apostrophe', () => {
        expect(findTriggers('Salinas’s visit to Chile').map((t) => t.rule.id)).toContain('consult.visit-noun');
    });
});
describe('events: modality', () => {
    it('events: negation, condition and future are recognised before the trigger', () => {
        expect(modalityOf('The minister did not ', '').modality).toBe('negated');
        expect(modalityOf('If invited, the minister might ', '').modality).toBe('hypothetical');
        expect(modalityOf('The minister will ', '').modality).toBe('future');
        expect(modalityOf('The minister ', ' with his counterpart next week.').modality).toBe('future');
        expect(modalityOf('The minister ', ' with his counterpart.').modality).toBe('asserted');
    });
});
//# sourceMappingURL=trigger-lexicon.test.js.map