import { levelOf, type ContactLevel } from './contact-levels.js';
import { entityKey, type PersonObservation } from './observations.js';
import { nameCompleteness, parseName, relateFullNames, singleWordMatches, skeleton, type ParsedName } from './person-names.js';
import {
  CAREER_SPAN_YEARS, CONCURRENT_DAYS, exclusiveLevels, SECTOR_FAMILY, type PersonRuleId,
} from './person-rules.js';
import { daysBetween, slug } from './text-fold.js';

/**
 * Cross-document person resolution: PERSON entities of many documents clustered into persons.
 * Candidates come from blocks keyed by the surname's consonant skeleton and prefix (no
 * all-pairs comparison); a candidate is taken only when the names are compatible and no
 * namesake rule (country, concurrent offices, career span) keeps the two apart. Incremental:
 * `add` one observation at a time; ids never change once given.
 */

/** One observation as attached to a person, with the rule that attached it. */
export interface PersonSighting extends PersonObservation {
  readonly rule: PersonRuleId;
}

/** A resolved person: plain data for the store and the API. */
export interface ResolvedPerson {
  /** Stable id: slug of the first full name seen + country ("maulen-ashimbayev-kaz"). */
  readonly id: string;
  /** Canonical name: the most complete form seen. */
  name: string;
  /** Every other form seen. */
  otherNames: string[];
  country: string | null;
  sectors: string[];
  firstSeen: string | null;
  lastSeen: string | null;
  /** Documents the person appears in. */
  documents: string[];
  sightings: PersonSighting[];
  /** Started from a one-word name that fitted several persons. */
  ambiguous: boolean;
}

/** The record of one decision: which person an observation went to, and which candidates were refused and why. */
export interface MergeDecision {
  readonly document: string;
  readonly entity: string;
  readonly name: string;
  readonly person: string;
  readonly rule: PersonRuleId;
  readonly refused: ReadonlyArray<{ readonly person: string; readonly rule: PersonRuleId }>;
}

interface PersonState {
  readonly p: ResolvedPerson;
  parsed: ParsedName;
  /** Only one-word names seen so far. */
  singleWordOnly: boolean;
  /** The person's country was stated for them somewhere (not only guessed from an article). */
  statedCountry: boolean;
  /** Current offices observed: date, sector and contact level, for the namesake rules. */
  readonly offices: Array<{ date: string; sector: string | null; level: ContactLevel | null }>;
}

const MERGE_RANK: Partial<Record<PersonRuleId, number>> = {
  'merge.same-name': 3, 'merge.extra-middle-name': 2, 'merge.initial-given-name': 1, 'merge.full-name-completes-surname': 1,
};

/**
 * Blocking keys of a surname: its consonant skeleton, and for long surnames a spelling prefix, so a
 * vowel variant or a consonant variant near the end still meets (short prefixes would make huge blocks).
 */
const surnameKeys = (surname: string): string[] =>
  surname.length >= 7 ? [`s:${skeleton(surname)}`, `p:${surname.slice(0, 5)}`] : [`s:${skeleton(surname)}`];

function currentOffice(o: PersonObservation): { sector: string | null; level: ContactLevel | null } {
  const current = o.roles.filter((r) => !r.past);
  const titles = o.roles.length ? current.map((r) => r.title) : o.titles.filter((t) => !/\b(?:former|late|ex)\b/iu.test(t));
  const sector = current.find((r) => r.sector)?.sector ?? o.sector;
  return { sector, level: levelOf(titles, null)?.level ?? null };
}

/** Stated countries first, then guessed ones, then none: ids carry the country when any is known. */
const countryRank = (o: PersonObservation): number => (!o.country ? 2 : o.countryInferred ? 1 : 0);

export class PersonResolver {
  private readonly states = new Map<string, PersonState>();
  private readonly bySurname = new Map<string, Set<string>>();
  /** Every full word of every person: where a one-word name looks ("Xi" for "Xi Jinping"). */
  private readonly byWord = new Map<string, Set<string>>();
  private readonly byEntity = new Map<string, string>();
  private readonly log: MergeDecision[] = [];

  /** Rebuilds a resolver from persons saved earlier, keeping their ids. */
  static from(persons: readonly ResolvedPerson[]): PersonResolver {
    const r = new PersonResolver();
    for (const p of persons) r.restore(p);
    return r;
  }

  /** Adds many observations in a fixed order (full names first, stated countries first, then the most complete name, date, document, entity), so a batch gives the same ids whatever its input order. */
  addAll(observations: readonly PersonObservation[]): MergeDecision[] {
    const sorted = [...observations].map((o) => ({ o, parsed: parseName(o.name) })).sort((a, b) =>
      Number(a.parsed.singleWord) - Number(b.parsed.singleWord)
      || countryRank(a.o) - countryRank(b.o)
      || nameCompleteness(b.parsed) - nameCompleteness(a.parsed)
      || (a.o.date ?? '9999').localeCompare(b.o.date ?? '9999')
      || a.o.document.localeCompare(b.o.document) || a.o.entity.localeCompare(b.o.entity));
    return sorted.map(({ o }) => this.add(o)).filter((d): d is MergeDecision => d !== null);
  }

  /** Adds one observation; returns the decision, or null when the name has no word to compare. */
  add(o: PersonObservation): MergeDecision | null {
    const parsed = parseName(o.name);
    if (!parsed.surname) return null;
    const refused: Array<{ person: string; rule: PersonRuleId }> = [];
    const pick = parsed.singleWord ? this.pickForSingleWord(o, parsed, refused) : this.pickForFullName(o, parsed, refused);
    const state = pick.state ?? this.create(o, parsed, pick.rule === 'new.ambiguous-single-word');
    this.attach(state, o, parsed, pick.rule);
    const d: MergeDecision = { document: o.document, entity: o.entity, name: o.name, person: state.p.id, rule: pick.rule, refused };
    this.log.push(d);
    return d;
  }

  /** Person id of a document's entity, once added. */
  personOf(document: string, entity: string): string | undefined {
    return this.byEntity.get(entityKey(document, entity));
  }

  person(id: string): ResolvedPerson | undefined {
    return this.states.get(id)?.p;
  }

  persons(): ResolvedPerson[] {
    return [...this.states.values()].map((s) => s.p).sort((a, b) => a.id.localeCompare(b.id));
  }

  decisions(): readonly MergeDecision[] {
    return this.log;
  }

  private pickForFullName(o: PersonObservation, parsed: ParsedName, refused: Array<{ person: string; rule: PersonRuleId }>): { state: PersonState | null; rule: PersonRuleId } {
    let best: { state: PersonState; rule: PersonRuleId; score: number } | null = null;
    for (const state of this.candidates(this.bySurname, surnameKeys(parsed.surname))) {
      let rule: PersonRuleId | null = null;
      if (state.singleWordOnly) {
        if (singleWordMatches(state.parsed, parsed) === 'surname') rule = 'merge.full-name-completes-surname';
      } else {
        const rel = relateFullNames(parsed, state.parsed);
        if (rel) rule = `merge.${rel}`;
      }
      if (!rule) continue;
      const apart = this.apartRule(state, o, parsed);
      if (apart) { refused.push({ person: state.p.id, rule: apart }); continue; }
      const score = (MERGE_RANK[rule] ?? 0) * 1e6 + (o.country && state.p.country === o.country ? 1e5 : 0) + state.p.sightings.length;
      if (!best || score > best.score || (score === best.score && state.p.id < best.state.p.id)) best = { state, rule, score };
    }
    return best ? { state: best.state, rule: best.rule } : { state: null, rule: 'new.no-candidate' };
  }

  private pickForSingleWord(o: PersonObservation, parsed: ParsedName, refused: Array<{ person: string; rule: PersonRuleId }>): { state: PersonState | null; rule: PersonRuleId } {
    const full: PersonState[] = [];
    const single: PersonState[] = [];
    for (const state of this.candidates(this.byWord, [`w:${skeleton(parsed.surname)}`])) {
      const fits = state.singleWordOnly ? state.parsed.surname === parsed.surname : singleWordMatches(parsed, state.parsed) !== null;
      if (!fits) continue;
      const apart = this.apartRule(state, o, parsed);
      if (apart) { refused.push({ person: state.p.id, rule: apart }); continue; }
      (state.singleWordOnly ? single : full).push(state);
    }
    if (full.length === 1) return { state: full[0]!, rule: 'merge.single-word-unique' };
    if (full.length > 1) {
      const sameCountry = o.country ? full.filter((s) => s.p.country === o.country) : [];
      if (sameCountry.length === 1) return { state: sameCountry[0]!, rule: 'merge.single-word-country' };
      return { state: null, rule: 'new.ambiguous-single-word' };
    }
    const sameWord = [...single].sort((a, b) => a.p.id.localeCompare(b.p.id))[0];
    return sameWord ? { state: sameWord, rule: 'merge.single-word-same' } : { state: null, rule: 'new.no-candidate' };
  }

  /** The namesake rule that keeps an observation out of a person, or null when it may join. */
  private apartRule(state: PersonState, o: PersonObservation, parsed: ParsedName): PersonRuleId | null {
    if (o.country && state.p.country && o.country !== state.p.country) {
      // A country guessed from the article does not separate two full names that agree;
      // a one-word name has too little else to go on.
      const weak = o.countryInferred || !state.statedCountry;
      if (!weak || parsed.singleWord) return 'apart.country';
    }
    if (!o.date) return null;
    const office = currentOffice(o);
    for (const seen of state.offices) {
      const gap = daysBetween(seen.date, o.date);
      if (gap > CAREER_SPAN_YEARS * 365.25 && (office.sector || office.level) && (seen.sector || seen.level)) return 'apart.career-span';
      if (gap > CONCURRENT_DAYS) continue;
      const fa = office.sector ? SECTOR_FAMILY[office.sector] : undefined;
      const fb = seen.sector ? SECTOR_FAMILY[seen.sector] : undefined;
      if (fa && fb && fa !== fb) return 'apart.concurrent-sector';
      if (office.level && seen.level && exclusiveLevels(office.level, seen.level)) return 'apart.concurrent-office';
    }
    return null;
  }

  private candidates(index: Map<string, Set<string>>, keys: readonly string[]): PersonState[] {
    const ids = new Set<string>();
    for (const k of keys) for (const id of index.get(k) ?? []) ids.add(id);
    // Ties between candidates are broken by id, so the order here does not matter.
    return [...ids].map((id) => this.states.get(id)!);
  }

  private create(o: PersonObservation, parsed: ParsedName, ambiguous: boolean): PersonState {
    const base = [slug(o.name) || 'person', o.country?.toLowerCase()].filter(Boolean).join('-');
    let id = base;
    for (let n = 2; this.states.has(id); n++) id = `${base}-${n}`;
    const state: PersonState = {
      p: { id, name: o.name, otherNames: [], country: null, sectors: [], firstSeen: null, lastSeen: null, documents: [], sightings: [], ambiguous },
      parsed, singleWordOnly: parsed.singleWord, statedCountry: false, offices: [],
    };
    this.states.set(id, state);
    return state;
  }

  private attach(state: PersonState, o: PersonObservation, parsed: ParsedName, rule: PersonRuleId): void {
    const { p } = state;
    p.sightings.push({ ...o, rule });
    if (!p.documents.includes(o.document)) p.documents.push(o.document);
    // A stated country replaces a guessed one (the id keeps what it had).
    if (o.country && !o.countryInferred && !state.statedCountry) { p.country = o.country; state.statedCountry = true; }
    p.country ??= o.country;
    const office = currentOffice(o);
    if (office.sector && !p.sectors.includes(office.sector)) p.sectors.push(office.sector);
    if (o.date) {
      state.offices.push({ date: o.date, ...office });
      if (!p.firstSeen || o.date < p.firstSeen) p.firstSeen = o.date;
      if (!p.lastSeen || o.date > p.lastSeen) p.lastSeen = o.date;
    }
    // The most complete form becomes the canonical name; the id stays.
    if (o.name !== p.name) {
      if (!parsed.singleWord && (state.singleWordOnly || parsed.words.length > state.parsed.words.length)) {
        if (!p.otherNames.includes(p.name)) p.otherNames.push(p.name);
        p.name = o.name;
        state.parsed = parsed;
      } else if (!p.otherNames.includes(o.name)) p.otherNames.push(o.name);
    }
    if (!parsed.singleWord) state.singleWordOnly = false;
    this.byEntity.set(entityKey(o.document, o.entity), p.id);
    for (const k of surnameKeys(parsed.surname)) this.index(this.bySurname, k, p.id);
    for (const w of parsed.singleWord ? [parsed.surname] : parsed.words) this.index(this.byWord, `w:${skeleton(w)}`, p.id);
  }

  private index(map: Map<string, Set<string>>, key: string, id: string): void {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(id);
  }

  private restore(saved: ResolvedPerson): void {
    const first = saved.sightings[0];
    if (!first) return;
    const state: PersonState = {
      p: { ...saved, otherNames: [], sectors: [], documents: [], sightings: [], firstSeen: null, lastSeen: null, name: first.name, country: null },
      parsed: parseName(first.name), singleWordOnly: true, statedCountry: false, offices: [],
    };
    state.singleWordOnly = state.parsed.singleWord;
    this.states.set(saved.id, state);
    for (const s of saved.sightings) this.attach(state, s, parseName(s.name), s.rule);
  }
}

/** Resolves a batch of observations: the persons and every decision taken. */
export function resolvePersons(observations: readonly PersonObservation[], previous: readonly ResolvedPerson[] = []): {
  persons: ResolvedPerson[]; decisions: readonly MergeDecision[]; personOf: (document: string, entity: string) => string | undefined;
} {
  const r = PersonResolver.from(previous);
  r.addAll(observations);
  return { persons: r.persons(), decisions: r.decisions(), personOf: (d, e) => r.personOf(d, e) };
}
