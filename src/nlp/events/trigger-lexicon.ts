import { readFileSync } from 'node:fs';
import type { PloverCategory } from '../../core/annotations.js';
import { lexiconPath } from '../../core/paths.js';

/**
 * How a trigger's participants are read (lexicons/events.json explains each frame):
 * meet, visit, receive, received-by, call, call-from, multilateral, act, joint, invited-by.
 */
export type Frame =
  | 'meet' | 'visit' | 'receive' | 'received-by' | 'call' | 'call-from' | 'multilateral' | 'act' | 'joint' | 'invited-by';

export interface TriggerRule {
  readonly id: string;
  readonly event: PloverCategory;
  readonly mode: string | null;
  readonly frame: Frame;
  readonly pattern: RegExp;
  /** The trigger counts only when a capitalised word follows ("visited Kazakhstan"). */
  readonly nameAfter: boolean;
  /** The trigger does not count when a capitalised word follows ("commitment to Georgia"). */
  readonly noNameAfter: boolean;
}

interface TriggerEntry {
  id: string; event: PloverCategory; mode: string | null; frame: Frame; pattern: string; nameAfter?: boolean; noNameAfter?: boolean;
}

/**
 * Whole words: no letter or digit before (unless the match starts with an apostrophe, as in
 * "Putin’s visit"); after, none unless the pattern itself ended on a space.
 */
export const compileTrigger = (source: string): RegExp =>
  new RegExp(`(?:(?<![\\p{L}\\p{N}])|(?=['’]))(?:${source})(?:(?<=\\s)|(?![\\p{L}\\p{N}]))`, 'giu');

let cache: TriggerRule[] | undefined;

/** The trigger rules of lexicons/events.json, in file order (more specific rules first). */
export function triggerRules(): readonly TriggerRule[] {
  cache ??= (JSON.parse(readFileSync(lexiconPath('events.json'), 'utf8')) as { triggers: TriggerEntry[] }).triggers
    .map((t) => ({ id: t.id, event: t.event, mode: t.mode, frame: t.frame, pattern: compileTrigger(t.pattern), nameAfter: t.nameAfter === true, noNameAfter: t.noNameAfter === true }));
  return cache;
}

export interface TriggerMatch {
  readonly rule: TriggerRule;
  /** The trigger's words. */
  readonly text: string;
  /** Offsets into the sentence string. */
  readonly start: number;
  readonly end: number;
}

/**
 * Every trigger in a sentence; where two overlap, the one listed first in the lexicon wins (the
 * lexicon lists specific phrases, "received a phone call from", before general ones, "received").
 */
export function findTriggers(sentence: string, rules: readonly TriggerRule[] = triggerRules()): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  for (const rule of rules) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(sentence); m; m = rule.pattern.exec(sentence)) {
      if (m[0].length === 0) { rule.pattern.lastIndex++; continue; }
      const start = m.index;
      const end = m.index + m[0].trimEnd().length;
      if (rule.nameAfter && !/^\s+\p{Lu}/u.test(sentence.slice(end))) continue;
      if (rule.noNameAfter && /^\s*\p{Lu}/u.test(sentence.slice(m.index + m[0].length))) continue;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      out.push({ rule, start, end, text: sentence.slice(start, end) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
