import type { Analysis } from '../../core/analysis.js';
import type { Entity, Role } from '../../core/annotations.js';
import type { Span } from '../../core/span.js';
import type { Component } from '../pipeline.js';
import type { PersonCluster } from '../coref/clusters.js';
import { clusterNames } from '../coref/names.js';
import { linkPronouns } from '../coref/pronouns.js';
import { linkTitles, type TitleOnly } from '../coref/title-mentions.js';
import { describeRole, type RoleInfo } from '../roles/describe.js';
import { scanText, type Scan } from '../roles/scan.js';
import { findTitles } from '../roles/title-phrase.js';
import { personCountry, personSector, roleCountry, type AttributeContext } from './attributes.js';
import { contextCountry } from './context-country.js';
import { defaultCountry, dominantOrganisation } from './default-country.js';
import { isNameWord } from './name-run.js';
import { otherEntities } from './other-entities.js';
import { resolveMinistries } from './ministry-country.js';
import { findPersonMentions } from './person-rules.js';
import { wordAt } from '../roles/words.js';

export { PERSON_RULES } from './person-rules.js';

const COMPONENT = 'actors';

/** Sentence index of an offset: the last sentence starting at or before it. */
function sentenceIndex(sentences: readonly Span[]): (offset: number) => number {
  return (offset) => {
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sentences[mid]?.start ?? 0) <= offset) lo = mid + 1;
      else hi = mid;
    }
    return Math.max(0, lo - 1);
  };
}

/** Sentences when the layer is empty (a bare text in a test): split after . ! ? and at line breaks. */
function roughSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]["”’]?\s+(?=["“‘]?\p{Lu})|\n+/gu)) {
    const end = m.index + m[0].length;
    out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

const toRole = (r: RoleInfo): Role => ({
  start: r.start, end: r.end, title: r.title, country: r.country, sector: r.sector,
  institution: r.institution, qualifiers: r.qualifiers, by: r.by,
});

/** Offsets where an NER PERSON name starts once titles and honorifics are split off. */
function nerNameStarts(scan: Scan, a: Analysis): void {
  const starts = scan.nameStarts as Set<number>;
  for (const n of a.names) {
    if (n.type !== 'PERSON') continue;
    let i = wordAt(scan.words, n.start);
    while (i < scan.words.length && (scan.words[i]?.start ?? Infinity) < n.end && !isNameWord(scan, i)) i++;
    const w = scan.words[i];
    if (w && w.start < n.end && i > 0) starts.add(w.start);
  }
}

/**
 * People and the other named entities of a document: PERSON entities with their fullest name, country,
 * PLOVER sector, titles, roles, honorifics and every mention (names, titles, pronouns, groups), then
 * ORG / GPE / NORP / LOC entities with their country or organisation code.
 */
export function analyseActors(a: Analysis): Entity[] {
  const text = a.text;
  const scan = scanText(text, new Set());
  nerNameStarts(scan, a);
  const titles = findTitles(scan);
  const { persons, pronounRoles } = findPersonMentions(scan, titles, a.names);
  const sentences = a.sentences.length ? a.sentences : roughSentences(text);
  const sentenceOf = sentenceIndex(sentences);
  const ctx: AttributeContext = {
    defaultCountry: defaultCountry(a.doc, text)?.code ?? null,
    dominantOrganisation: dominantOrganisation(text),
    sectorRank: scan.lex.sectorRank,
  };
  const rolesCountry = (roles: readonly RoleInfo[]): string | null => {
    for (const r of roles) if (!r.inherit) { const c = roleCountry(r, ctx); if (c) return c; }
    return null;
  };
  const clusters = clusterNames(scan, persons, rolesCountry);
  const countryOf = (c: PersonCluster): string | null => personCountry(c, ctx).code;

  // Titles that no name took: candidates for title-only mentions.
  const used = new Set([...persons.flatMap((p) => p.roles.map((r) => r.start)), ...pronounRoles.flatMap((p) => p.roles.map((r) => r.start))]);
  const nameSpans = clusters.flatMap((c) => c.mentions);
  const titleOnly: TitleOnly[] = titles
    .filter((t) => !used.has(t.start) && !nameSpans.some((m) => m.start < t.end && t.start < m.end))
    .map((t) => ({ role: describeRole(scan, t), determiner: t.determiner, sentence: sentenceOf(t.start) }));
  linkTitles(titleOnly, { clusters, countryOf, sentenceOf, homeCountry: ctx.defaultCountry });
  const honorificSpans = scan.honorifics.flatMap((h) => (h ? [{ start: scan.words[h.from]!.start, end: scan.words[h.to - 1]!.end }] : []));
  linkPronouns(text, clusters, sentenceOf, honorificSpans);
  // Offices predicated of a pronoun go to the person the pronoun was linked to.
  for (const p of pronounRoles) {
    const c = clusters.find((x) => x.mentions.some((m) => m.kind === 'pronoun' && m.start === p.start));
    if (!c) continue;
    for (const r of p.roles) { c.linkedRoles.push(r); if (!c.titles.includes(r.title)) c.titles.push(r.title); }
  }

  // A lone word that no title, honorific or fuller name supports is too weak to be a person
  // (NER's "KazTAG", "MoUs").
  const supported = (c: PersonCluster): boolean => c.nameWords.length >= 2 || c.roles.length > 0 || c.honorifics.length > 0 || c.linkedRoles.length > 0;
  const people = clusters.filter((c) => c.mentions.some((m) => m.kind === 'name') && supported(c))
    .sort((x, y) => (x.mentions[0]?.start ?? 0) - (y.mentions[0]?.start ?? 0));
  const fromRoles = (c: PersonCluster): string | null => rolesCountry([...c.roles, ...c.linkedRoles]);
  for (const c of people) {
    if (fromRoles(c)) continue;
    const found = contextCountry(text, c, people, sentences, sentenceOf, fromRoles);
    if (found) c.contextCountry = found;
  }
  const entities: Entity[] = [];
  let n = 0;
  for (const c of people) {
    const country = personCountry(c, ctx);
    const sector = personSector(c, ctx, inheritedSector(c, people, sentenceOf, ctx));
    const titlesOut: string[] = [];
    for (const t of [...c.roles.map((r) => r.title), ...c.titles]) if (!titlesOut.includes(t)) titlesOut.push(t);
    entities.push({
      id: `e${++n}`, type: 'PERSON', name: c.nameWords.join(' '), country: country.code, sector: sector.code,
      titles: titlesOut, roles: [...c.roles, ...c.linkedRoles].map(toRole), honorifics: c.honorifics,
      mentions: c.mentions, by: { component: COMPONENT, rule: `country:${country.rule};sector:${sector.rule}` },
    });
  }
  const personSpans = people.flatMap((c) => c.mentions.filter((m) => m.kind === 'name'));
  for (const e of otherEntities(text, a.names, personSpans)) entities.push({ id: `e${++n}`, ...e });
  // Only a home country the source or dateline states: the most-mentioned country is often the foreign side.
  const home = defaultCountry(a.doc, text);
  resolveMinistries(text, entities, home && home.rule !== 'dominant' ? home.code : null);
  return entities;
}

/**
 * Sector of a counterpart: the same as the person they face, named in the same sentence as the
 * counterpart title (a minister's counterpart is a minister).
 */
function inheritedSector(c: PersonCluster, people: readonly PersonCluster[], sentenceOf: (o: number) => number, ctx: AttributeContext): string | null {
  const inherit = c.roles.find((r) => r.inherit) ?? c.linkedRoles.find((r) => r.inherit);
  if (!inherit) return null;
  const s = sentenceOf(inherit.start);
  for (const other of people) {
    if (other === c) continue;
    if (!other.mentions.some((m) => sentenceOf(m.start) === s || sentenceOf(m.start) === s - 1)) continue;
    const sec = personSector(other, ctx, null).code;
    if (sec) return sec;
  }
  return null;
}

/** Provides 'entities': people with roles and coreference, and the other named entities. */
export function actorsComponent(): Component {
  return {
    name: 'actors',
    needs: ['names', 'sentences'],
    provides: ['entities'],
    run: (a) => { a.entities = analyseActors(a); },
  };
}
