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
 * The rules' regexes prepared for a sentence scan: each rule's pattern as a sticky regex, tried only
 * at the offsets where compileTrigger's leading word-start test holds. Those offsets are found once
 * per sentence instead of once per rule; each rule then makes the same matches as its global
 * pattern would (it can match nowhere else), at a fraction of the cost.
 */
interface Prepared {
  sticky: RegExp[];
}

const WORD_START = '(?:(?<![\\p{L}\\p{N}])|(?=[\'’]))';
const WORD_STARTS = new RegExp(WORD_START, 'gu');

const prepared = new WeakMap<readonly TriggerRule[], Prepared | null>();

function prepare(rules: readonly TriggerRule[]): Prepared | null {
  let p = prepared.get(rules);
  if (p !== undefined) return p;
  // Only rules built by compileTrigger (flags "giu") share one scan; any other set is scanned rule by rule.
  p = rules.length && rules.every((r) => r.pattern.flags === 'giu' && r.pattern.source.startsWith(WORD_START))
    // The leading word-start test holds wherever they are tried, so it is left out of the sticky copies.
    ? { sticky: rules.map((r) => new RegExp(r.pattern.source.slice(WORD_START.length), 'iuy')) }
    : null;
  // V8 compiles a regex to bytecode on its first run and to machine code on a later one: do it once, here.
  for (const re of p?.sticky ?? []) for (let k = 0; k < 2; k++) { re.lastIndex = 0; re.exec('x'); }
  prepared.set(rules, p);
  return p;
}

/** Offsets (at whole code points) where a trigger may start. */
function startOffsets(sentence: string): number[] {
  const re = WORD_STARTS;
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    out.push(m.index);
    const c = sentence.codePointAt(m.index);
    re.lastIndex = m.index + (c !== undefined && c > 0xffff ? 2 : 1);
  }
  return out;
}

/**
 * Every trigger in a sentence; where two overlap, the one listed first in the lexicon wins (the
 * lexicon lists specific phrases, "received a phone call from", before general ones, "received").
 */
export function findTriggers(sentence: string, rules: readonly TriggerRule[] = triggerRules()): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  const prep = prepare(rules);
  const starts = prep ? startOffsets(sentence) : [];
  if (prep && !starts.length) return out;
  const accept = (rule: TriggerRule, m: RegExpExecArray): void => {
    const start = m.index;
    const end = m.index + m[0].trimEnd().length;
    if (rule.nameAfter && !/^\s+\p{Lu}/u.test(sentence.slice(end))) return;
    if (rule.noNameAfter && /^\s*\p{Lu}/u.test(sentence.slice(m.index + m[0].length))) return;
    if (out.some((o) => o.start < end && start < o.end)) return;
    out.push({ rule, start, end, text: sentence.slice(start, end) });
  };
  rules.forEach((rule, k) => {
    const sticky = prep?.sticky[k];
    if (!sticky) {
      rule.pattern.lastIndex = 0;
      for (let m = rule.pattern.exec(sentence); m; m = rule.pattern.exec(sentence)) {
        if (m[0].length === 0) { rule.pattern.lastIndex++; continue; }
        accept(rule, m);
      }
      return;
    }
    // The same walk as the global pattern's: from where the last match ended, the first offset that matches.
    let from = 0;
    for (const at of starts) {
      if (at < from) continue;
      sticky.lastIndex = at;
      const m = sticky.exec(sentence);
      if (!m) continue;
      if (m[0].length === 0) { from = at + 1; continue; }
      from = at + m[0].length;
      accept(rule, m);
    }
  });
  return out.sort((a, b) => a.start - b.start);
}
