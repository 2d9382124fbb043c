import type { NameSpan } from '../../core/annotations.js';
import { describeRole, type RoleInfo } from '../roles/describe.js';
import type { Scan } from '../roles/scan.js';
import { SPEECH_VERBS } from '../roles/stopwords.js';
import type { TitlePhrase } from '../roles/title-phrase.js';
import { wordAt } from '../roles/words.js';
import { isNameWord, nameRunAt, type NameRun } from './name-run.js';

/** What a rule knows about a person besides roles: a byline names a journalist of no stated country. */
export interface PersonHint {
  readonly sector: string;
  readonly noDefaultCountry: boolean;
}

/** A span that names a person, with the roles and honorifics found around it. */
export interface PersonMention extends NameRun {
  /** The rule that found it (see PERSON_RULES). */
  readonly rule: string;
  readonly roles: RoleInfo[];
  readonly honorifics: string[];
  hint?: PersonHint;
}

/** The rules that find a person's name, as data: id and what evidence each one reads. */
export const PERSON_RULES = [
  { id: 'title-before-name', evidence: 'a title phrase right before a capitalised run, honorifics between ("Speaker of the Senate Erbol …")' },
  { id: 'title-comma-name', evidence: 'a title, a comma or dash, then a run not followed by another capitalised word ("the Secretary for Strategic Affairs, Ana Ruiz,")' },
  { id: 'title-list', evidence: 'a plural title, then names after ":" / "like" / "such as" / "including" ("deputies: A B, C D and E F")' },
  { id: 'ner', evidence: 'an NER PERSON span, titles and honorifics split off' },
  { id: 'honorific', evidence: 'an honorific before a run ("Dato\' Sri Ahmad Yusof", "Mr Smith")' },
  { id: 'apposition', evidence: 'a run followed by ", TITLE" and further titles joined by commas or "and" ("Ana Ruiz, Minister of …")' },
  { id: 'predicate-title', evidence: 'a known person followed by "served as", "became", "is", "was" + titles ("Ruiz became Prime Minister")' },
  { id: 'byline', evidence: '"By First Last (and First Last)" opening a line: journalists' },
  { id: 'signature', evidence: 'a closing line that is only a name of two or three words: the reporter' },
  { id: 'repeated-surname', evidence: 'a run of two or three name words whose last word stands alone elsewhere in the text' },
  { id: 'speech-verb', evidence: 'a run of two or more name words before a reporting verb ("Ana Ruiz said")' },
  { id: 'coordination', evidence: 'a run of two or more name words joined by "and" or a comma to a person' },
] as const;

const PAST_ADVERBS = new Set(['earlier', 'previously', 'formerly', 'once']);
const JOURNALIST: PersonHint = { sector: 'JRN', noDefaultCountry: true };
const lower = (s: string | undefined): string => (s ?? '').toLowerCase();
/** Words that join titles in a chain: "Deputy Prime Minister and Minister of Finance of Ghana …". */
const CHAIN = new Set([',', 'and', '–', '—', '-']);
/** Verbs that predicate an office of a person named before them. */
const PREDICATES: ReadonlyArray<readonly string[]> = [['served', 'as'], ['serves', 'as'], ['serving', 'as'], ['was', 'appointed'], ['was', 'elected'], ['was', 'named'], ['became'], ['becomes'], ['is'], ['was'], ['has', 'been'], ['had', 'been'], ['remains'], ['would', 'remain'], ['will', 'remain'], ['would', 'become'], ['will', 'become'], ['as']];

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

/** Offices predicated of a pronoun ("he would remain head of …"). */
export interface PronounRoles {
  readonly start: number;
  readonly end: number;
  readonly roles: RoleInfo[];
}

export function findPersonMentions(scan: Scan, titles: readonly TitlePhrase[], ner: readonly NameSpan[]): { persons: PersonMention[]; pronounRoles: PronounRoles[] } {
  const ws = scan.words;
  const out: PersonMention[] = [];
  const taken = new Set<number>();
  const roleOf = new Map<TitlePhrase, RoleInfo>();
  const role = (t: TitlePhrase): RoleInfo => { let r = roleOf.get(t); if (!r) { r = describeRole(scan, t); roleOf.set(t, r); } return r; };
  const titleAt = new Map<number, TitlePhrase>();
  titles.forEach((t) => titleAt.set(t.from, t));
  const mentionAt = (k: number): PersonMention | undefined => out.find((m) => m.from <= k && k < m.to);
  const add = (run: NameRun, rule: string, roles: RoleInfo[], honorifics: string[], hint?: PersonHint): PersonMention | null => {
    for (let k = run.from; k < run.to; k++) if (taken.has(k)) {
      const existing = mentionAt(k);
      if (existing) {
        for (const r of roles) if (!existing.roles.includes(r)) existing.roles.push(r);
        for (const h of honorifics) if (!existing.honorifics.includes(h)) existing.honorifics.push(h);
        if (hint) existing.hint ??= hint;
      }
      return null;
    }
    for (let k = run.from; k < run.to; k++) taken.add(k);
    const m: PersonMention = { ...run, rule, roles: [...roles], honorifics };
    if (hint) m.hint = hint;
    out.push(m);
    return m;
  };

  /** Titles chained after word k: "(the) T1, (the) T2 and T3". */
  const chainAfter = (k: number): TitlePhrase[] => {
    const chain: TitlePhrase[] = [];
    for (let guard = 0; guard < 5; guard++) {
      let j = k;
      if (/^(the|a|an)$/iu.test(ws[j]?.text ?? '')) j++;
      // "X, who heads the Ministry …" / "X, who is the Minister …"
      if (lower(ws[j]?.text) === 'who') j++;
      if (lower(ws[j - 1]?.text) === 'who' && !titleAt.get(j)) {
        if (/^(is|was|serves|served)$/iu.test(ws[j]?.text ?? '')) j++;
        if (lower(ws[j]?.text) === 'as') j++;
        if (/^(the|a|an)$/iu.test(ws[j]?.text ?? '')) j++;
      }
      const t = titleAt.get(j);
      if (!t) break;
      // A title followed by a name is that name's ("X, Ambassador of Japan Tanaka Hiroshi, …").
      if (nameRunAt(scan, skipHonorifics(scan, t.to).k)) break;
      chain.push(t);
      k = t.to;
      if (lower(ws[k]?.text) === 'as' && lower(ws[k + 1]?.text) === 'well' && lower(ws[k + 2]?.text) === 'as') { k += 3; continue; }
      if (!CHAIN.has(lower(ws[k]?.text))) break;
      k++;
      if (lower(ws[k - 1]?.text) === ',' && lower(ws[k]?.text) === 'and') k++;
      if (lower(ws[k]?.text) === 'as' && lower(ws[k + 1]?.text) === 'well' && lower(ws[k + 2]?.text) === 'as') k += 3;
    }
    return chain;
  };
  /** Titles chained before title t: "T1, T2 NAME", "T1 and T2 NAME", "T1 – T2 NAME". */
  const chainBefore = (ti: number): TitlePhrase[] => {
    const chain: TitlePhrase[] = [];
    let cur = titles[ti]!;
    for (let p = ti - 1; p >= 0; p--) {
      const prev = titles[p]!;
      const gap = ws.slice(prev.to, cur.from).map((w) => lower(w.text));
      if (!(gap.length >= 1 && gap.length <= 2 && gap.every((g) => CHAIN.has(g) || g === 'the'))) break;
      // A name between them would make them two people's titles.
      chain.unshift(prev);
      cur = prev;
    }
    return chain;
  };

  /** Offices predicated after word k: "earlier served as T1 and T2", "became T", "would remain T". */
  const predicated = (k: number): RoleInfo[] => {
    let past = false;
    const adverb = lower(ws[k]?.text);
    if (['earlier', 'also', 'previously', 'later', 'once', 'formerly', 'then'].includes(adverb)) { k++; past = PAST_ADVERBS.has(adverb); }
    const pred = PREDICATES.find((p) => p.every((w, j) => lower(ws[k + j]?.text) === w));
    if (!pred) return [];
    k += pred.length;
    if (PAST_ADVERBS.has(lower(ws[k]?.text))) { k++; past = true; }
    if (pred.join(' ') === 'served as' || pred.join(' ') === 'had been') past = true;
    // "X earlier served as prime minister": offices held before, not now.
    return chainAfter(k).map(role).map((r) => (past && !r.past ? { ...r, past: true } : r));
  };

  // Titles before a name: directly, after a comma or dash, or a plural title before a list.
  titles.forEach((t, ti) => {
    const { k, honorifics } = skipHonorifics(scan, t.to);
    let at = k;
    let rule = 'title-before-name';
    const sep = ws[at]?.text ?? '';
    if (honorifics.length === 0 && [',', '–', '—', '-'].includes(sep)) { at++; rule = 'title-comma-name'; }
    else if (honorifics.length === 0 && t.plural && (sep === ':' || ['like', 'including'].includes(lower(sep)) || (lower(sep) === 'such' && lower(ws[at + 1]?.text) === 'as'))) {
      at += lower(sep) === 'such' ? 2 : 1; rule = 'title-list';
    }
    const h2 = skipHonorifics(scan, at);
    const run = nameRunAt(scan, h2.k);
    if (!run) return;
    // After a comma the run must end the phrase: "the Minister, Ana Ruiz, said", not "…, Ana Ruiz Street".
    if (rule === 'title-comma-name' && ws[run.to]?.cap) return;
    const roles = [...chainBefore(ti).map(role), role(t)];
    const names: NameRun[] = [run];
    add(run, rule, roles, [...honorifics, ...h2.honorifics]);
    if (t.plural) {
      let j = run.to;
      while (ws[j] && CHAIN.has(lower(ws[j]!.text))) {
        if (lower(ws[j]!.text) === ',' && lower(ws[j + 1]?.text) === 'and') j++;
        const h = skipHonorifics(scan, j + 1);
        const next = nameRunAt(scan, h.k);
        if (!next) break;
        add(next, rule, [role(t)], h.honorifics);
        names.push(next);
        j = next.to;
      }
      // "Foreign Ministers of Mongolia and Chile, A and B": the i-th name serves the i-th state.
      const r = role(t);
      if (r.ofCountries.length === names.length && names.length > 1) {
        names.forEach((n, i) => {
          const m = mentionAt(n.from);
          if (!m) return;
          const idx = m.roles.indexOf(r);
          if (idx >= 0) m.roles[idx] = { ...r, country: r.ofCountries[i] ?? null, countrySource: 'of-phrase', by: { component: r.by.component, rule: `${r.by.rule}+parallel` } };
        });
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
    const t = titles.find((x) => skipHonorifics(scan, x.to).k === run.from);
    add(run, 'ner', t ? [role(t)] : [], []);
  }

  // Honorific + name.
  for (let i = 0; i < ws.length; i++) {
    if (!scan.honorifics[i]) continue;
    const { k, honorifics } = skipHonorifics(scan, i);
    const run = nameRunAt(scan, k);
    if (run) add(run, 'honorific', [], honorifics);
  }

  // Bylines and signatures: journalists.
  for (let i = 0; i < ws.length; i++) {
    const lineStart = i === 0 || /\n\s*$/u.test(scan.text.slice(ws[i - 1]!.end, ws[i]!.start));
    if (!lineStart) continue;
    if (ws[i]!.text === 'By') {
      let j = i + 1;
      for (;;) {
        const run = nameRunAt(scan, j, 4);
        if (!run || run.words.length < 2) break;
        add(run, 'byline', [], [], JOURNALIST);
        if (!['and', ','].includes(lower(ws[run.to]?.text))) break;
        j = run.to + 1;
      }
      continue;
    }
    const run = nameRunAt(scan, i, 3);
    const lineEnd = run && (run.to === ws.length || /\n/u.test(scan.text.slice(ws[run.to - 1]!.end, ws[run.to]!.start)));
    if (run && lineEnd && run.words.length >= 2 && run.to === ws.length) {
      add(run, 'signature', [], [], JOURNALIST);
    }
  }

  // The weak rules below take a run only where nothing says it names an organisation: an NER span
  // of another type, or a place or institution word glued before it ("Kazakhstan Temir Zholy said").
  const otherNames = ner.filter((n) => n.type !== 'PERSON');
  const organisationLike = (run: NameRun): boolean => {
    if (otherNames.some((n) => n.start < run.end && run.start < n.end)) return true;
    const prev = ws[run.from - 1];
    return !!prev && prev.cap && /^\s+$/u.test(scan.text.slice(prev.end, run.start))
      && (!!scan.inPlace[run.from - 1] || !!scan.inInstitution[run.from - 1] || scan.lex.vocabulary.has(prev.text));
  };

  // A run of two or three name words whose last word stands alone elsewhere: news repeats surnames
  // ("… Nursultan Nazarbayev had made. Nazarbayev said …").
  const alone = new Set<string>();
  for (let i = 0; i < ws.length; i++) {
    const run = nameRunAt(scan, i);
    if (!run) continue;
    if (run.words.length === 1) alone.add(run.words[0]!);
    i = run.to - 1;
  }
  for (let i = 0; i < ws.length; i++) {
    const run = nameRunAt(scan, i, 4);
    if (!run) continue;
    i = run.to - 1;
    if (run.words.length < 2 || run.words.length > 3 || taken.has(run.from) || organisationLike(run)) continue;
    const last = run.words[run.words.length - 1]!;
    if (alone.has(last) && last.length > 2) add(run, 'repeated-surname', [], []);
  }

  // Apposition: NAME, (the) TITLE[, TITLE][ and TITLE] — and predicates: NAME became / served as TITLE.
  for (let i = 0; i < ws.length; i++) {
    const run = nameRunAt(scan, i);
    if (!run) continue;
    i = run.to - 1;
    let k = run.to;
    if (ws[k]?.text === "'s" || ws[k]?.text === '’s') continue;
    if (ws[k]?.text === ',') {
      const chain = chainAfter(k + 1);
      if (chain.length) add(run, 'apposition', chain.map(role), []);
      continue;
    }
    // The subject must be a known person: found by a rule, or a part of a name found by one ("Tokayev").
    const known = taken.has(run.from) || out.some((m) => run.words.every((w) => m.words.includes(w)));
    if (!known) continue;
    const roles = predicated(k);
    if (!roles.length) continue;
    const existing = mentionAt(run.from);
    if (existing) for (const r of roles) existing.roles.push(r);
    else add(run, 'predicate-title', roles, []);
  }

  // Reporting verbs and coordination with a known person: runs of two or more name words.
  let changed = true;
  for (let pass = 0; changed && pass < 3; pass++) {
    changed = false;
    for (let i = 0; i < ws.length; i++) {
      const run = nameRunAt(scan, i, 4);
      if (!run) continue;
      i = run.to - 1;
      if (run.words.length < 2 || taken.has(run.from) || organisationLike(run)) continue;
      const next = lower(ws[run.to]?.text);
      if (SPEECH_VERBS.has(next)) { if (add(run, 'speech-verb', [], [])) changed = true; continue; }
      let b = run.from - 1;
      if (lower(ws[b]?.text) === 'and') b--;
      const joinedAfter = b < run.from - 1 || lower(ws[b]?.text) === ',' ? (lower(ws[b]?.text) === ',' ? taken.has(b - 1) : taken.has(b)) : false;
      let a = run.to;
      if (lower(ws[a]?.text) === ',') a++;
      if (lower(ws[a]?.text) === 'and') a++;
      const joinedBefore = a > run.to && taken.has(a);
      if (joinedAfter || joinedBefore) if (add(run, 'coordination', [], [])) changed = true;
    }
  }
  // "he would remain head of …": offices predicated of a pronoun, for coreference to attach.
  const pronounRoles: PronounRoles[] = [];
  for (let i = 0; i < ws.length; i++) {
    if (!/^(he|she)$/iu.test(ws[i]!.text)) continue;
    const roles = predicated(i + 1);
    if (roles.length) pronounRoles.push({ start: ws[i]!.start, end: ws[i]!.end, roles });
  }
  return { persons: out.sort((a, b) => a.start - b.start), pronounRoles };
}
