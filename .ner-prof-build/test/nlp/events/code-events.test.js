import { describe, expect, it } from 'vitest';
import { codeEvents } from '../../../src/nlp/events/code-events.js';
import { buildAnalysis } from './build-analysis.js';
// Invented officials of real countries.
const VERDUGO = { name: 'Ana Verdugo', country: 'CHL', titles: ['Foreign Minister of Chile'] };
const SALINAS = { name: 'Jorge Salinas', country: 'PER', titles: ['Peruvian Foreign Minister'] };
const LINDQVIST = { name: 'Marta Lindqvist', country: 'SWE' };
const BERG = { name: 'Tomas Berg', country: 'NOR', titles: ['Ambassador of Norway to Sweden'] };
const persons = [VERDUGO, SALINAS, LINDQVIST, BERG];
const DATE = '2024-06-13'; // a Thursday
const codes = (ps) => ps.map((p) => p.code ?? '?').sort();
const run = (lines, date = DATE, extra = {}) => codeEvents(buildAnalysis(lines, { date, persons, ...extra }));
describe('events: CONSULT and its modes', () => {
    it('events: a meeting in one side\'s capital is a visit, visitor in actor and host in recipient', () => {
        const [e, ...rest] = run(['Foreign Minister of Chile Ana Verdugo met with Jorge Salinas in Peru today.']);
        expect(rest).toEqual([]);
        expect(e?.event).toEqual(['CONSULT']);
        expect(e?.mode).toEqual(['visit']);
        expect(codes(e.actor)).toEqual(['CHL']);
        expect(codes(e.recipient)).toEqual(['PER']);
        expect(e?.date).toBe(DATE);
    });
    it('events: a meeting with no known place puts every participant in actor, mode empty', () => {
        const [e] = run(['Ana Verdugo held talks with Jorge Salinas.']);
        expect(codes(e.actor)).toEqual(['CHL', 'PER']);
        expect(e?.recipient).toEqual([]);
        expect(e?.mode).toEqual([]);
    });
    it('events: a meeting in a third country is third-party', () => {
        const [e] = run(['Ana Verdugo met with Jorge Salinas in Madrid on Tuesday.']);
        expect(e?.mode).toEqual(['third-party']);
        expect(e?.date).toBe('2024-06-11');
    });
    it('events: "X received Y" puts the guest Y in actor and the host X in recipient', () => {
        const [e] = run(['Marta Lindqvist received Jorge Salinas in Stockholm.']);
        expect(codes(e.actor)).toEqual(['PER']);
        expect(codes(e.recipient)).toEqual(['SWE']);
        expect(e?.mode).toEqual(['visit']);
    });
    it('events: receiving an ambassador is a meeting, not a visit', () => {
        const [e] = run(['Marta Lindqvist received the Ambassador of Norway to Sweden Tomas Berg.']);
        expect(e?.event).toEqual(['CONSULT']);
        expect(codes(e.actor)).toEqual(['NOR']);
        expect(e?.mode).toEqual([]);
    });
    it('events: a phone call received from Y has Y as actor and mode phone', () => {
        const [e] = run(['Ana Verdugo received a phone call from Jorge Salinas.']);
        expect(e?.mode).toEqual(['phone']);
        expect(codes(e.actor)).toEqual(['PER']);
        expect(codes(e.recipient)).toEqual(['CHL']);
    });
    it('events: a telephone conversation between two ministers puts both in actor', () => {
        const [e] = run(['Ana Verdugo and Jorge Salinas had a telephone conversation.']);
        expect(e?.mode).toEqual(['phone']);
        expect(codes(e.actor)).toEqual(['CHL', 'PER']);
    });
    it('events: "X paid a visit to Y-country" codes the visitor and the visited state', () => {
        const [e] = run(['Jorge Salinas paid an official visit to Chile.']);
        expect(e?.mode).toEqual(['visit']);
        expect(codes(e.actor)).toEqual(['PER']);
        expect(codes(e.recipient)).toEqual(['CHL']);
    });
});
describe('events: what did not happen', () => {
    it('events: a planned meeting is AGREE, not CONSULT', () => {
        const out = run(['Ana Verdugo will meet Jorge Salinas next month.']);
        expect(out.map((e) => e.event[0])).toEqual(['AGREE']);
    });
    it('events: an invitation to visit is AGREE with the host inviting', () => {
        const [e] = run(['Ana Verdugo invited Jorge Salinas to pay a visit to Chile.']);
        expect(e?.event).toEqual(['AGREE']);
        expect(codes(e.actor)).toEqual(['CHL']);
        expect(codes(e.recipient)).toEqual(['PER']);
    });
    it('events: a negated meeting is not coded', () => {
        expect(run(['Ana Verdugo did not meet Jorge Salinas.'])).toEqual([]);
    });
    it('events: a hypothetical meeting is not coded', () => {
        expect(run(['If asked, Ana Verdugo could meet Jorge Salinas.'])).toEqual([]);
    });
    it('events: an event only inside a quotation is not coded', () => {
        const line = 'Ana Verdugo met with Jorge Salinas, the paper wrote.';
        expect(run([line], DATE, { quotes: [[0, line.length]] })).toEqual([]);
    });
});
describe('events: other categories', () => {
    it('events: signing a memorandum together is SUPPORT with both in actor', () => {
        const [e] = run(['Ana Verdugo and Jorge Salinas signed a memorandum on trade.']);
        expect(e?.event).toEqual(['SUPPORT']);
        expect(codes(e.actor)).toEqual(['CHL', 'PER']);
    });
    it('events: congratulating is SUPPORT towards the one congratulated', () => {
        const [e] = run(['Jorge Salinas congratulated Ana Verdugo on her appointment.']);
        expect(e?.event).toEqual(['SUPPORT']);
        expect(codes(e.actor)).toEqual(['PER']);
        expect(codes(e.recipient)).toEqual(['CHL']);
    });
    it('events: accusing, rejecting and requesting are coded with their own categories', () => {
        expect(run(['Jorge Salinas accused Ana Verdugo of interference.'])[0]?.event).toEqual(['ACCUSE']);
        expect(run(['Jorge Salinas rejected the claims made by Ana Verdugo.'])[0]?.event).toEqual(['REJECT']);
        expect(run(['Jorge Salinas urged Ana Verdugo to reopen the border.'])[0]?.event).toEqual(['REQUEST']);
    });
    it('events: a state imposing sanctions on another is SANCTION between the states', () => {
        const [e] = run(['The European Union imposed sanctions on Belarus.']);
        expect(e?.event).toEqual(['SANCTION']);
        expect(codes(e.actor)).toEqual(['EUR']);
        expect(codes(e.recipient)).toEqual(['BLR']);
    });
    it('events: aid sent by one state to another is AID', () => {
        const [e] = run(['Chile sent humanitarian aid to Peru.']);
        expect(e?.event).toEqual(['AID']);
        expect(codes(e.actor)).toEqual(['CHL']);
        expect(codes(e.recipient)).toEqual(['PER']);
    });
    it('events: "the sides agreed" takes the parties of the meeting before it', () => {
        const out = run(['Ana Verdugo held talks with Jorge Salinas.', 'The sides agreed to expand cooperation in mining.']);
        const agree = out.find((e) => e.event[0] === 'AGREE');
        expect(codes(agree.actor)).toEqual(['CHL', 'PER']);
    });
});
describe('events: one record per real-world event', () => {
    it('events: the same meeting in the lead and the body merges, keeping all evidence', () => {
        const out = run([
            'Ana Verdugo met with Jorge Salinas in Lima today.',
            'The ministers discussed trade.',
            'During the talks in Lima, Ana Verdugo held a meeting with Jorge Salinas on energy.',
        ]);
        const consult = out.filter((e) => e.event[0] === 'CONSULT');
        expect(consult).toHaveLength(1);
        expect(consult[0].evidence).toHaveLength(2);
    });
    it('events: an earlier visit cited with its own date stays a separate event', () => {
        const out = run([
            'Ana Verdugo met with Jorge Salinas in Lima today.',
            'The ministers recalled the official visit of Jorge Salinas to Chile in May this year.',
        ]);
        const consult = out.filter((e) => e.event[0] === 'CONSULT');
        expect(consult).toHaveLength(2);
        const cited = consult.find((e) => e.date === '2024-05');
        expect(cited?.date_precision).toBe('month');
        expect(codes(cited.actor)).toEqual(['PER']);
    });
    it('events: every event records the rule that produced it', () => {
        const [e] = run(['Ana Verdugo held talks with Jorge Salinas.']);
        expect(e?.by).toEqual({ component: 'events', rule: 'consult.meet' });
    });
});
//# sourceMappingURL=code-events.test.js.map