import type { EventDraft } from './merge.js';
import { withoutRedundantStates } from './participant-sets.js';

/**
 * "X will fly to Peru at the invitation of Y": one AGREE, the visitor X as actor and the
 * inviting host Y as recipient, rather than two intentions.
 */
function invitationIntoPlannedVisit(input: EventDraft[]): EventDraft[] {
  // "invited X to visit ..., combining it with a meeting of Y": the meeting is part of the invitation.
  const invite = input.find((d) => d.event.by.rule.startsWith('agree.invite'));
  const drafts = invite ? input.filter((d) => d === invite || !(d.event.event[0] === 'AGREE' && d.event.by.rule.startsWith('consult.'))) : input;
  const invitation = drafts.find((d) => d.event.by.rule.startsWith('agree.at-invitation'));
  const visit = drafts.find((d) => d !== invitation && d.event.event[0] === 'AGREE' && d.event.by.rule.includes('visit'));
  if (!invitation || !visit) return drafts;
  const roles = withoutRedundantStates({ actor: visit.event.actor, recipient: [...invitation.event.actor, ...visit.event.recipient], mode: null });
  const merged: EventDraft = { ...visit, event: { ...visit.event, ...roles, mode: [], event_text: [...visit.event.event_text, ...invitation.event.event_text] } };
  return [merged, ...drafts.filter((d) => d !== invitation && d !== visit)];
}

/**
 * The bilateral CONSULT triggers of one sentence state one meeting ("While on a trip to Lima, X
 * met Y"; "X received a phone call from Y ... during the conversation"): one draft, with the
 * direction of the most specific trigger and phone mode if any trigger was a call. An invitation
 * and the visit it invites to are joined first.
 */
export function oneMeetingPerSentence(input: EventDraft[]): EventDraft[] {
  const drafts = invitationIntoPlannedVisit(input);
  const meetings = drafts.filter((d) => d.event.event[0] === 'CONSULT' && d.event.mode[0] !== 'multilateral' && !d.cited);
  if (meetings.length < 2) return drafts;
  const named = (d: EventDraft): number => d.event.recipient.filter((p) => p.entity !== undefined).length * 10 + d.event.recipient.length;
  const best = [...meetings].sort((x, y) => named(y) - named(x))[0]!;
  const present = new Set([...best.event.actor, ...best.event.recipient].map((p) => p.entity ?? p.code));
  const extra = meetings.flatMap((m) => [...m.event.actor, ...m.event.recipient]).filter((p) => {
    const k = p.entity ?? p.code;
    if (present.has(k)) return false;
    present.add(k);
    return true;
  });
  const phone = meetings.some((m) => m.event.mode[0] === 'phone');
  const mode = phone ? ['phone'] : best.event.mode.length ? best.event.mode : meetings.find((m) => m.event.mode.length)?.event.mode ?? [];
  // A participant found by another trigger joins the side of its country (host or visitor).
  const hostCodes = new Set(best.event.recipient.map((p) => p.code));
  const roles = withoutRedundantStates({
    actor: [...best.event.actor, ...extra.filter((p) => !hostCodes.has(p.code))],
    recipient: [...best.event.recipient, ...extra.filter((p) => hostCodes.has(p.code))],
    mode: null,
  });
  const dated = meetings.find((m) => m.dateFromText);
  const merged: EventDraft = {
    dateFromText: meetings.some((m) => m.dateFromText),
    event: {
      ...best.event, ...roles, mode,
      event_text: [...new Set(meetings.flatMap((m) => m.event.event_text))],
      ...(dated ? { date: dated.event.date, date_precision: dated.event.date_precision } : {}),
    },
  };
  return [merged, ...drafts.filter((d) => !meetings.includes(d))];
}
