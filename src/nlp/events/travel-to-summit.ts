import type { EventParticipant } from '../../core/annotations.js';
import type { EventDraft } from './merge.js';

/**
 * EVENT rule 'consult.travel-to-summit': "X arrived in Beijing to attend the APEC leaders' meeting":
 * the journey is the way to the multilateral meeting, not a bilateral visit to the host (GUIDELINE:
 * mode "multilateral" for a summit or forum). The visit record of a traveller who, in the same
 * sentence, attends a multilateral meeting is dropped; the multilateral record stays.
 */
export function travelToSummit(drafts: EventDraft[]): EventDraft[] {
  const summits = drafts.filter((d) => d.event.event[0] === 'CONSULT' && d.event.by.rule.startsWith('consult.multilateral'));
  if (!summits.length) return drafts;
  const key = (p: EventParticipant): string => p.entity ?? p.code ?? '?';
  return drafts.filter((d) => {
    if (d.event.event[0] !== 'CONSULT' || !d.event.by.rule.startsWith('consult.visit') || d.cited) return true;
    const travellers = new Set(d.event.actor.map(key));
    return !summits.some((m) => m.event.actor.some((p) => travellers.has(key(p))));
  });
}
