import type { Entity, EventParticipant } from '../../core/annotations.js';
import type { Span } from '../../core/span.js';
import worldCountries, { type Countries } from 'world-countries';
import { resolveCountry, resolveOrganisation, scanPlaces } from '../countries/index.js';
import { isBodyCode } from './participant-sets.js';

/**
 * A possible event participant found in a sentence: a person mention, an organisation, or a
 * country (a country name, capital or "the Uzbek side") standing for the whole state (GUIDELINE:
 * "null for a whole country", sector GOV).
 */
export interface Candidate extends Span {
  /** "his"/"her"/"their" before a noun: an argument only of that noun ("his recent visit"). */
  readonly possessive?: boolean;
  /** An adjective of nationality ("Chilean", "Kazakh"): the state only with a head such as "side". */
  readonly demonym?: boolean;
  readonly kind: 'person' | 'org' | 'state';
  readonly participant: EventParticipant;
  /** "in Astana", "at the UN": a place where something happens, not a participant. */
  readonly location: boolean;
}

const LOCATION_BEFORE = /\b(?:in|at|near|across|throughout|around|inside|within)\s+(?:the\s+)?(?:(?:city|capital|town|region|province|republic)\s+of\s+(?:the\s+)?)?$|\b(?:visit|visits|trip|tour|travell?ed|arrived|arrives|flew)\s+(?:to|in|at)\s+(?:the\s+)?$|\bvisit(?:ed|ing|s)\s+$|\b(?:in|at)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?,\s*$|\b(?:sidelines|margins|framework|auspices)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/iu;
/** What was discussed is a topic, not a participant: "discussed Russia", "the situation in Syria". */
const TOPIC_BEFORE = /\b(?:discuss(?:ed|ing|es)?|about|regarding|concerning|on the (?:situation|issue|question) (?:in|of|around)|situation (?:in|around)|relations with|policy (?:on|towards?))\s+(?:the\s+)?$/iu;
const CAPITALS: ReadonlySet<string> = new Set(
  (((worldCountries as unknown as { default?: Countries }).default ?? worldCountries) as unknown as Countries)
    .flatMap((c) => c.capital.map((x) => x.toLowerCase())));
const ADJECTIVE_ENDING = /(?:an|ans|ian|ese|ish|ic|i|ch|kh|ek|ik|yz|men|ss|ot)$/iu;

/** A nationality adjective rather than a country or city name (NER's NORP; else by its form). */
function isDemonym(phrase: string, code: string, rule?: string): boolean {
  if (rule === 'world-countries.demonym') return true;
  const name = resolveCountry(phrase)?.name ?? code;
  const p = phrase.replace(/^the\s+/iu, '');
  if (p.toLowerCase() === name.toLowerCase() || CAPITALS.has(p.toLowerCase()) || /stan$/iu.test(p)) return false;
  return ADJECTIVE_ENDING.test(p) && !/\s/u.test(p);
}

/** Words after a country adjective that make it the whole state: "the Uzbek side". */
const STATE_HEADS = /^\s+(?:side|sides|government|authorities|delegation|leadership|officials|counterparts?|state|people|nation)\b/iu;
/** A state institution after a country word ("the Kazakh Senate"), with its PLOVER sector. */
const INSTITUTION_HEADS: ReadonlyArray<[RegExp, string]> = [
  [/^\s+(?:Senate|Parliament|Majilis|Mazhilis|Duma|State Duma|Federation Council|National Assembly|Congress|Grand National Assembly|Verkhovna Rada|Jogorku Kenesh)\b/u, 'LEG'],
  [/^\s+(?:Army|Armed Forces|Navy|Air Force|military)\b/u, 'MIL'],
  [/^\s+(?:Government|Cabinet|Foreign Ministry|Ministry of [\p{Lu}][\p{L}]+(?: (?:and|of) [\p{Lu}][\p{L}]+)*|Embassy|Presidential Administration|Security Council)\b/u, 'GOV'],
];
/** After a country word, these show it is a noun ("Kazakhstan has", "to Algeria for", "Kazakhstan's"). */
const NOUN_FOLLOWERS = /^(?:\s*[,.;:)!?"”’]|\s*$|['’]s?\b|\s+(?:and|or|as well as|has|have|had|is|was|are|were|will|would|on|in|to|for|with|of|at|as|by|that|which|who|during|after|before|since|over|under|against|amid|about|regarding|through|earlier|last|this|recently|also|itself|held|hosted|received|signed|agreed|expressed|welcomed|supported|congratulated|thanked|imposed|accused|rejected|called|urged|condemned|met|visited)\b)/iu;
/** Between a place word and a person: only words of a title ("Prime Minister of Malaysia Anwar"). */
const TITLE_GAP = /^[\s,–—()-]*(?:(?:\p{Lu}[\p{L}.'’-]*|\(\p{Lu}+\)|of|the|and|for|on|de|la|du|del|al|el|bin|to|in|his|her|their|its|new|newly|appointed|acting|former|visiting|counterparts?|president|vice|prime|minister|foreign|deputy|first|ambassador|envoy|leader|head|chairman|chairwoman|chair|speaker|secretary|general|king|emir|crown|prince|sheikh|colleague|state|-|–|—)[\s,()]*)*$/u;

/** Country and sector of a non-person entity name. */
function codeOfName(name: string, type: string): { code: string | null; kind: 'org' | 'state' } {
  const org = resolveOrganisation(name);
  if (org) return { code: org.code, kind: 'org' };
  const country = resolveCountry(name);
  if (country && type !== 'ORG') return { code: country.code, kind: 'state' };
  return { code: country?.code ?? null, kind: type === 'ORG' ? 'org' : 'state' };
}

/** Whether a place word at [start, end) in the sentence is inside a person's title. */
function insideTitle(sentence: string, place: Span, persons: readonly Span[]): boolean {
  return persons.some((p) => {
    if (p.start >= place.end) {
      const gap = sentence.slice(place.end, p.start);
      // A comma right after the place ends the phrase: "a trip to Lima, Speaker X met".
      return gap.length < 90 && !/^\s*,/u.test(gap) && TITLE_GAP.test(gap);
    }
    if (p.end <= place.start) {
      // "Aidar Temirov, Deputy Prime Minister – Minister of Finance of Kazakhstan"
      const gap = sentence.slice(p.end, place.start);
      return gap.length < 90 && /^\s*,/u.test(gap) && TITLE_GAP.test(gap);
    }
    return true;
  });
}

/**
 * Candidates of one sentence, in text order. `offset` is the sentence start in the document;
 * returned spans are sentence-relative. Entity mentions come from the actors layer; country and
 * organisation names the NER missed are found with scanPlaces.
 */
/**
 * Participants named by office or function only. "the Secretary-General" alone is the UN's in
 * diplomatic news; "the authorities", "police" with no country word are the state the story is about.
 */
const UN_SECRETARY_GENERAL = /(?<!(?:NATO|OSCE|CSTO|SCO|CIS|ASEAN|OIC|OTS|Commonwealth|EAEU|Council)\s)\b(?:the\s+)?(?:UN\s+|U\.N\.\s+|United Nations\s+)?Secretary-General\b/gu;
const UNNAMED_AUTHORITY = /(?<!\p{L})(?:[Tt]he\s+)?(?:authorities|police|riot police|security forces|law enforcement)\b/gu;

export function sentenceCandidates(sentence: string, offset: number, entities: readonly Entity[], mainCountry: string | null = null): Candidate[] {
  const persons: Candidate[] = [];
  const others: Candidate[] = [];
  const inside = (m: Span): boolean => m.start >= offset && m.end <= offset + sentence.length;
  for (const e of entities) {
    for (const m of e.mentions) {
      if (!inside(m)) continue;
      const span = { start: m.start - offset, end: m.end - offset };
      const text = sentence.slice(span.start, span.end);
      // Possessive determiners ("his counterpart") are not participants of their own.
      const possessive = m.kind === 'pronoun' && /^(?:his|her|its|their)$/iu.test(m.text);
      if (e.type === 'PERSON') {
        persons.push({ ...span, kind: 'person', location: false, ...(possessive ? { possessive } : {}), participant: { entity: e.id, code: e.country, sector: e.sector, entity_text: text } });
      } else if (e.type === 'ORG' || e.type === 'GPE' || e.type === 'NORP') {
        const { code, kind } = e.country ? { code: e.country, kind: e.type === 'ORG' ? 'org' as const : 'state' as const } : codeOfName(e.name, e.type);
        if (!code) continue;
        const entityRef = kind === 'org' ? { entity: e.id } : {};
        const demonym = e.type === 'NORP' || (kind === 'state' && isDemonym(text, code));
        others.push({ ...span, kind, location: false, demonym, participant: { ...entityRef, code, sector: kind === 'org' ? e.sector ?? 'GOV' : 'GOV', entity_text: text } });
      }
    }
  }
  for (const p of scanPlaces(sentence)) {
    if (others.some((o) => o.start < p.end && p.start < o.end) || persons.some((o) => o.start < p.end && p.start < o.end)) continue;
    const kind = isBodyCode(p.code) || p.kind === 'organisation' ? 'org' : 'state';
    const demonym = kind === 'state' && isDemonym(p.phrase, p.code, p.rule);
    others.push({ start: p.start, end: p.end, kind, location: false, demonym, participant: { code: p.code, sector: 'GOV', entity_text: sentence.slice(p.start, p.end) } });
  }
  const taken = (start: number, end: number): boolean => [...persons, ...others].some((o) => o.start < end && start < o.end);
  for (const m of sentence.matchAll(UN_SECRETARY_GENERAL)) {
    const start = m.index;
    if (!taken(start, start + m[0].length)) others.push({ start, end: start + m[0].length, kind: 'org', location: false, participant: { code: 'UNO', sector: 'GOV', entity_text: m[0] } });
  }
  if (mainCountry) {
    for (const m of sentence.matchAll(UNNAMED_AUTHORITY)) {
      const start = m.index;
      if (!taken(start, start + m[0].length)) others.push({ start, end: start + m[0].length, kind: 'org', location: false, participant: { code: mainCountry, sector: 'GOV', entity_text: m[0] } });
    }
  }
  const kept: Candidate[] = [...persons];
  for (const c of others) {
    if (insideTitle(sentence, c, persons)) continue;
    const after = sentence.slice(c.end);
    const lead = sentence.slice(Math.max(0, c.start - 80), c.start);
    if (TOPIC_BEFORE.test(lead)) continue;
    const location = LOCATION_BEFORE.test(lead);
    if (c.kind === 'state' && !location) {
      // A nationality adjective is the state only with a head such as "side" ("the Uzbek side");
      // "Kazakh-Russian relations" or "Turkish investments" name no participant. A country or city
      // name is the state unless it modifies a following name ("Kazakhstan President").
      const institution = INSTITUTION_HEADS.map(([re, sector]) => [re.exec(after), sector] as const).find(([m]) => m);
      if (institution?.[0]) {
        const end = c.end + institution[0][0].length;
        kept.push({ ...c, end, participant: { ...c.participant, sector: institution[1], entity_text: sentence.slice(c.start, end) } });
        continue;
      }
      const head = STATE_HEADS.exec(after);
      if (head) { kept.push({ ...c, end: c.end + head[0].length, participant: { ...c.participant, entity_text: sentence.slice(c.start, c.end + head[0].length) } }); continue; }
      if (c.demonym ? !NOUN_FOLLOWERS.test(after) : /^(?:[-–]\p{L}|\s+\p{Lu})/u.test(after) && !/^\s+(?:and|or)\b/iu.test(after)) continue;
    }
    kept.push({ ...c, location });
  }
  return joinTitleAndName(sentence, kept.sort((a, b) => a.start - b.start));
}

/**
 * A title mention and the name it introduces ("Japanese Prime Minister" + "Fumio Kishida") are one
 * participant: joining them lets "X and Japanese Prime Minister Y" read as a coordination.
 */
function joinTitleAndName(sentence: string, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const prev = out[out.length - 1];
    if (prev && prev.kind === 'person' && c.kind === 'person' && !prev.possessive && !c.possessive && prev.participant.entity === c.participant.entity
      && TITLE_GAP.test(sentence.slice(prev.end, c.start)) && c.start - prev.end < 40) {
      out[out.length - 1] = { ...c, start: prev.start };
      continue;
    }
    // "in Skopje, North Macedonia": a country after a located city is part of the place.
    if (prev && prev.location && c.kind === 'state' && /^\s*,\s*$/u.test(sentence.slice(prev.end, c.start))) {
      out.push({ ...c, location: true });
      continue;
    }
    out.push(c);
  }
  return out;
}
