import type { NameSpan } from '../../core/annotations.js';
import { describeRole, type RoleInfo } from '../roles/describe.js';
import type { Scan } from '../roles/scan.js';
import { SPEECH_VERBS } from '../roles/stopwords.js';
import type { TitlePhrase } from '../roles/title-phrase.js';
import { wordAt } from '../roles/words.js';
import { isNameWord, nameRunAt, type NameRun } from './name-run.js';

/** A span that names a person, with the roles and honorifics found around it. */
export interface PersonMention extends NameRun {
  /** The rule that found it (see PERSON_RULES). */
  readonly rule: string;
  readonly roles: RoleInfo[];
  readonly honorifics: string[];
  /** Offset where the mention's full extent starts (title or honorific included), for overlap checks. */
  readonly outerStart: number;
}

/** The rules that find a person's name, as data: id and what evidence each one reads. */
export const PERSON_RULES = [
  { id: 'title-before-name', evidence: 'a title phrase right before a capitalised run, honorifics between ("Speaker of the Senate Maulen …")' },
  { id: 'title-comma-name', evidence: 'a title, a comma, then a run closed by punctuation ("the Secretary for Strategic Affairs, Ana Ruiz,")' },
  { id: 'ner', evidence: 'an NER PERSON span, titles and honorifics split off' },
  { id: 'honorific', evidence: 'an honorific before a run ("Dato\' Sri Ahmad Yusof", "Mr Smith")' },
  { id: 'apposition', evidence: 'a run followed by ", TITLE" ("Ana Ruiz, Minister of …")' },
  { id: 'byline', evidence: '"By First Last" opening a paragraph' },
  { id: 'speech-verb', evidence: 'a run of two or more name words before a reporting verb ("Ana Ruiz said")' },
  { id: 'coordination', evidence: 'a run of two or more name words joined by "and" or a comma to a person' },
] as const;

const isPunctEnd = (t: string | undefined): boolean => t === undefined || [',', '.', ';', ':', ')', '(', '"', '”', '’', "'s", '’s'].includes(t) || /^(and|who|said|says|noted|stressed|added|told)$/iu.test(t);

/** Honorifics from word k on: their texts and the word after them. */
function skipHonorifics(scan: Scan, k: number): { k: number; honorifics: string[] } {
  const honorifics: string[] = [];
  for (let guard = 0; guard < 4; guard++) {
    const h = scan.honorifics[k];
    if (!h) break;
    honorifics.push(scan.text.slice(scan.words[h.from]!.start, scan.words[h.to - 1]!.end));
    k = h.to;
    // "Dato'" is tokenised "Dato" + "'": the mark belongs to the honorific.
    if (/^['’]$/u.test(scan.words[k]?.text ?? '') && scan.words[k]!.start === scan.words[k - 1]!.end) k++;
  }
  return { k, honorifics };
}

export function findPersonMentions(scan: Scan, titles: readonly TitlePhrase[], ner: readonly NameSpan[]): PersonMention[] {
  const ws = scan.words;
  const out: PersonMention[] = [];
  const taken = new Set<number>();
  const roleOf = new Map<TitlePhrase, RoleInfo>();
  const role = (t: TitlePhrase): RoleInfo => { let r = roleOf.get(t); if (!r) { r = describeRole(scan, t); roleOf.set(t, r); } return r; };
  const add = (run: NameRun, rule: string, roles: RoleInfo[], honorifics: string[], outerStart: number): PersonMention | null => {
    for (let k = run.from; k < run.to; k++) if (taken.has(k)) {
      const existing = out.find((m) => m.from <= k && k < m.to);
      if (existing) { for (const r of roles) if (!existing.roles.includes(r)) existing.roles.push(r); for (const h of honorifics) if (!existing.honorifics.includes(h)) existing.honorifics.push(h); }
      return null;
    }
    for (let k = run.from; k < run.to; k++) taken.add(k);
    const m: PersonMention = { ...run, rule, roles: [...roles], honorifics, outerStart };
    out.push(m);
    return m;
  };

  // Titles before a name, directly or after a comma; plural titles take a coordinated list of names.
  titles.forEach((t, ti) => {
    const { k, honorifics } = skipHonorifics(scan, t.to);
    let at = k;
    let rule = 'title-before-name';
    if (ws[at]?.text === ',' && honorifics.length === 0) { at++; rule = 'title-comma-name'; }
    const h2 = skipHonorifics(scan, at);
    const run = nameRunAt(scan, h2.k);
    if (!run) return;
    if (rule === 'title-comma-name' && !isPunctEnd(ws[run.to]?.text)) return;
    const roles = [role(t)];
    // "Party General Secretary and State President X": coordinated titles before one name.
    const prev = titles[ti - 1];
    if (prev && prev.to === t.from - 1 && ['and', ','].includes(ws[t.from - 1]?.text.toLowerCase() ?? '')) roles.unshift(role(prev));
    add(run, rule, roles, [...honorifics, ...h2.honorifics], t.start);
    if (t.plural) {
      let j = run.to;
      while (ws[j] && ['and', ','].includes(ws[j]!.text.toLowerCase())) {
        const h = skipHonorifics(scan, j + 1);
        const next = nameRunAt(scan, h.k);
        if (!next) break;
        add(next, rule, [role(t)], h.honorifics, next.start);
        j = next.to;
      }
    }
  });

  // NER persons: titles and honorifics that the span includes are split off.
  for (const n of ner) {
    if (n.type !== 'PERSON') continue;
    let i = wordAt(ws, n.start);
    const last = wordAt(ws, n.end - 1);
    let guard = 0;
    while (i <= last && !isNameWord(scan, i) && guard++ < 12) i++;
    if (i > last) continue;
    const run = nameRunAt(scan, i, Math.max(1, last - i + 1 + 2));
    if (!run) continue;
    // Attach a title that ends right before the name (honorifics between).
    const t = titles.find((x) => skipHonorifics(scan, x.to).k === run.from);
    add(run, 'ner', t ? [role(t)] : [], [], t?.start ?? n.start);
  }

  // Honorific + name.
  for (let i = 0; i < ws.length; i++) {
    if (!scan.honorifics[i]) continue;
    const { k, honorifics } = skipHonorifics(scan, i);
    const run = nameRunAt(scan, k);
    if (run) add(run, 'honorific', [], honorifics, ws[i]!.start);
  }

  // Apposition: NAME, (the) TITLE.
  const titleAt = new Map<number, TitlePhrase>();
  for (const t of titles) titleAt.set(t.from, t);
  const appositionTitle = (run: NameRun): TitlePhrase | undefined => {
    if (ws[run.to]?.text !== ',') return undefined;
    let k = run.to + 1;
    if (/^(the|a|an)$/iu.test(ws[k]?.text ?? '')) k++;
    return titleAt.get(k);
  };
  for (let i = 0; i < ws.length; i++) {
    const run = nameRunAt(scan, i);
    if (!run) continue;
    const t = appositionTitle(run);
    if (t) add(run, 'apposition', [role(t)], [], run.start);
    i = run.to - 1;
  }

  // Byline: "By First Last" opening a line.
  for (let i = 0; i + 1 < ws.length; i++) {
    if (ws[i]!.text !== 'By') continue;
    const before = scan.text.slice(Math.max(0, ws[i]!.start - 2), ws[i]!.start);
    if (i > 0 && !/\n\s*$/u.test(before)) continue;
    const run = nameRunAt(scan, i + 1, 4);
    if (run && run.words.length >= 2) add(run, 'byline', [], [], ws[i]!.start);
  }

  // Reporting verbs and coordination with a known person: runs of two or more name words.
  let changed = true;
  for (let pass = 0; changed && pass < 3; pass++) {
    changed = false;
    for (let i = 0; i < ws.length; i++) {
      const run = nameRunAt(scan, i, 4);
      if (!run) continue;
      i = run.to - 1;
      if (run.words.length < 2 || taken.has(run.from)) continue;
      const next = ws[run.to]?.text.toLowerCase() ?? '';
      if (SPEECH_VERBS.has(next)) { if (add(run, 'speech-verb', [], [], run.start)) changed = true; continue; }
      const before = ws[run.from - 1]?.text.toLowerCase() ?? '';
      const joinedAfter = (before === 'and' || before === ',') && taken.has(run.from - 2);
      const joinedBefore = (next === 'and' || next === ',') && taken.has(run.to + 1);
      if (joinedAfter || joinedBefore) if (add(run, 'coordination', [], [], run.start)) changed = true;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
