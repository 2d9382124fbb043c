import type { EventParticipant, PloverCategory } from '../../core/annotations.js';
import { TOPIC_CUES, cueOccurs, type Topic } from '../topics/topic-lexicon.js';

/**
 * PLOVER `context` of an event: the manual's contexts (CAMEO2PLOVER-2021 gives diplomatic,
 * economic, military, legal, humanitarian, political_institutions, ...), read from the sentence's
 * topic cues and the participants' sectors. "legislative" marks parliamentary events, as the
 * document record's example does (../shared/spec/OUTPUT.md).
 */
const TOPIC_CONTEXT: Partial<Record<Topic, string>> = {
  trade: 'economic', investment: 'economic', finance: 'economic', energy: 'resource', agriculture: 'economic',
  industry: 'economic', transport: 'economic', security: 'military', humanitarian: 'humanitarian',
  health: 'health', environment: 'environment', migration: 'migration', governance: 'political_institutions',
  legislative: 'legislative', culture: 'cultural', education: 'education', science: 'science',
};

const DIPLOMATIC: ReadonlySet<PloverCategory> = new Set(['CONSULT', 'AGREE', 'SUPPORT', 'REQUEST', 'REJECT', 'ACCUSE']);

export function eventContext(event: PloverCategory, sentence: string, participants: readonly EventParticipant[]): string[] {
  const out = new Set<string>();
  if (participants.some((p) => p.sector === 'LEG')) out.add('legislative');
  const countries = new Set(participants.map((p) => p.code).filter(Boolean));
  if (DIPLOMATIC.has(event) && countries.size > 1) out.add('diplomatic');
  for (const c of cueContexts(sentence)) out.add(c);
  return [...out];
}

/** The contexts a sentence's topic cues give, in cue order; the events of one sentence (coded one after another) read it once. */
function cueContexts(sentence: string): readonly string[] {
  if (last?.sentence === sentence) return last.contexts;
  const contexts: string[] = [];
  for (const cue of TOPIC_CUES) {
    const c = TOPIC_CONTEXT[cue.topic];
    if (c && !contexts.includes(c) && cueOccurs(cue, sentence)) contexts.push(c);
  }
  last = { sentence, contexts };
  return contexts;
}

let last: { sentence: string; contexts: readonly string[] } | undefined;
