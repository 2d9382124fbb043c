import { TOPIC_CUES, cueOccurs } from '../topics/topic-lexicon.js';
/**
 * PLOVER `context` of an event: the manual's contexts (CAMEO2PLOVER-2021 gives diplomatic,
 * economic, military, legal, humanitarian, political_institutions, ...), read from the sentence's
 * topic cues and the participants' sectors. "legislative" marks parliamentary events, as the
 * document record's example does (../shared/spec/OUTPUT.md).
 */
const TOPIC_CONTEXT = {
    trade: 'economic', investment: 'economic', finance: 'economic', energy: 'resource', agriculture: 'economic',
    industry: 'economic', transport: 'economic', security: 'military', humanitarian: 'humanitarian',
    health: 'health', environment: 'environment', migration: 'migration', governance: 'political_institutions',
    legislative: 'legislative', culture: 'cultural', education: 'education', science: 'science',
};
const DIPLOMATIC = new Set(['CONSULT', 'AGREE', 'SUPPORT', 'REQUEST', 'REJECT', 'ACCUSE']);
export function eventContext(event, sentence, participants) {
    const out = new Set();
    if (participants.some((p) => p.sector === 'LEG'))
        out.add('legislative');
    const countries = new Set(participants.map((p) => p.code).filter(Boolean));
    if (DIPLOMATIC.has(event) && countries.size > 1)
        out.add('diplomatic');
    for (const cue of TOPIC_CUES) {
        const c = TOPIC_CONTEXT[cue.topic];
        if (c && cueOccurs(cue, sentence))
            out.add(c);
    }
    return [...out];
}
//# sourceMappingURL=context.js.map