import { readdirSync, readFileSync } from 'node:fs';
import worldCountries, { type Countries } from 'world-countries';
import { lexiconPath } from '../../core/paths.js';
import { MAJOR_CITIES } from './major-cities.js';

/** What a phrase resolves to: an ISO 3166-1 alpha-3 code (or UNO / EUR / IGO) and a display name. */
export interface Place {
  readonly code: string;
  readonly name: string;
}

/** A phrase of the lexicon and what it resolves to; `kind` says which table it came from. */
export interface PlaceEntry extends Place {
  readonly phrase: string;
  readonly kind: 'country' | 'region' | 'organisation';
  /** Lexicon rule id, for provenance. */
  readonly rule: string;
  readonly caseSensitive: boolean;
}

interface CountriesFile {
  abbreviations: Record<string, string[]>;
  aliases: Record<string, string[]>;
  regions: Record<string, string[] | string>;
}

interface OrganisationsFile {
  organisations: Array<{ id: string; code: string; name: string; abbreviations: string[]; aliases: string[] }>;
}

/** Lower-cased capital cities (world-countries), to tell "Tbilisi" from a demonym. */
export function capitalNames(): string[] {
  return countries.flatMap((c) => c.capital.map((x) => x.toLowerCase()));
}

interface StoplistFile {
  capitals: Array<{ name: string; why: string }>;
}

/** Given names from the NER gazetteers (lexicons/ner/firstname*.txt), lower-cased. */
export function givenNames(): ReadonlySet<string> {
  givenCache ??= new Set(
    readdirSync(lexiconPath('ner')).filter((f) => /^firstname.*\.txt$/u.test(f))
      .flatMap((f) => readFileSync(lexiconPath(`ner/${f}`), 'utf8').split('\n'))
      .map((l) => l.trim().toLowerCase()).filter((l) => l && !l.startsWith('#')),
  );
  return givenCache;
}
let givenCache: Set<string> | undefined;

/**
 * The capitals (world-countries `capital`) that may stand for their country, as [name, code]. The
 * rule, so that a capital found in text names its country and nothing else: only UN members and
 * independent states (territories' capitals are small towns named like English words: "The
 * Valley", "Plymouth", "Stanley"); no name that is the capital of two places ("Kingston"); no given
 * name from the first-name gazetteer; nothing in lexicons/place-stoplist.json (given names and
 * surnames the gazetteer lacks, names shared with a well-known city elsewhere, metonyms such as
 * "Brussels" for the EU).
 */
export function capitalPlaces(): Array<[string, string]> {
  const stop = new Set(readJson<StoplistFile>('place-stoplist.json').capitals.map((c) => foldKey(c.name)));
  const owners = new Map<string, Set<string>>();
  for (const c of countries) for (const x of c.capital) {
    const k = foldKey(x);
    owners.set(k, (owners.get(k) ?? new Set()).add(c.cca3));
  }
  const given = givenNames();
  const out: Array<[string, string]> = [];
  for (const c of countries) {
    if (!c.unMember && !c.independent) continue;
    for (const x of c.capital) {
      const k = foldKey(x);
      if (stop.has(k) || given.has(k) || (owners.get(k)?.size ?? 0) > 1) continue;
      out.push([x, c.cca3]);
    }
  }
  return out;
}

/** Apostrophes and dashes unified, so "People’s" and "People's" are one key. */
export const normalisePhrase = (s: string): string =>
  s.normalize('NFC').replace(/[\u2018\u2019\u02bc`]/gu, "'").replace(/[\u2010-\u2015]/gu, '-').replace(/\s+/gu, ' ').trim();

export const foldKey = (s: string): string => normalisePhrase(s).toLowerCase();

// world-countries is CommonJS with an ESM default export; TypeScript (NodeNext) types the default
// import as the module, Node gives the array. Accept either shape.
const countries: Countries = ((worldCountries as unknown as { default?: Countries }).default ?? worldCountries) as unknown as Countries;

let cache: { countries: PlaceEntry[]; organisations: PlaceEntry[]; names: Map<string, string> } | undefined;

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(lexiconPath(file), 'utf8')) as T;
}

/** Every phrase we know for a country, a region of one, or an international organisation. */
export function placeLexicon(): { countries: PlaceEntry[]; organisations: PlaceEntry[]; names: Map<string, string> } {
  if (cache) return cache;
  const names = new Map<string, string>();
  const out: PlaceEntry[] = [];
  const add = (phrase: string, code: string, kind: PlaceEntry['kind'], rule: string, caseSensitive: boolean): void => {
    // "the Netherlands": the article is not part of the name, and a title's "to the" must stay outside it.
    const p = normalisePhrase(phrase).replace(/^the\s+/iu, '');
    if (!p) return;
    out.push({ phrase: p, code, name: names.get(code) ?? code, kind, rule, caseSensitive });
  };
  for (const c of countries) names.set(c.cca3, c.name.common);
  const file = readJson<CountriesFile>('countries.json');
  for (const [code, list] of Object.entries(file.abbreviations)) for (const p of list) add(p, code, 'country', 'countries.abbreviation', true);
  for (const [code, list] of Object.entries(file.aliases)) for (const p of list) add(p, code, 'country', 'countries.alias', false);
  // world-countries: names, official names, English demonyms; altSpellings only when they read as words
  // (two-letter codes like "KZ" would match ordinary tokens).
  for (const c of countries) {
    add(c.name.common, c.cca3, 'country', 'world-countries.name', false);
    add(c.name.official, c.cca3, 'country', 'world-countries.official', false);
    const dem = c.demonyms?.['eng'];
    if (dem) { add(dem.m, c.cca3, 'country', 'world-countries.demonym', false); add(dem.f, c.cca3, 'country', 'world-countries.demonym', false); }
    for (const alt of c.altSpellings) {
      if (alt.length >= 4 && /^[\p{Lu}][\p{L}' .-]+$/u.test(alt) && alt !== alt.toUpperCase()) add(alt, c.cca3, 'country', 'world-countries.alt', false);
    }
  }
  for (const [code, list] of Object.entries(file.regions)) {
    if (Array.isArray(list)) for (const p of list) add(p, code, 'region', 'countries.region', false);
  }
  // Capitals and major cities last: a country's own name or alias always wins a clash.
  for (const [phrase, code] of capitalPlaces()) add(phrase, code, 'region', 'world-countries.capital', false);
  for (const [code, list] of Object.entries(MAJOR_CITIES)) for (const p of list) add(p, code, 'region', 'countries.city', false);
  const orgs: PlaceEntry[] = [];
  for (const o of readJson<OrganisationsFile>('organisations.json').organisations) {
    for (const p of o.abbreviations) orgs.push({ phrase: normalisePhrase(p), code: o.code, name: o.name, kind: 'organisation', rule: o.id, caseSensitive: true });
    for (const p of [o.name, ...o.aliases]) orgs.push({ phrase: normalisePhrase(p), code: o.code, name: o.name, kind: 'organisation', rule: o.id, caseSensitive: false });
  }
  cache = { countries: out, organisations: orgs, names };
  return cache;
}
