import { readFileSync } from 'node:fs';
import { lexiconPath } from '../../core/paths.js';
import { PhraseMatcher, type PhraseEntry } from './phrase-matcher.js';

/** A title head ("Minister", "Speaker", "head of state") and the sector it gives (lexicons/titles.json). */
export interface TitleHead extends PhraseEntry {
  readonly id: string;
  readonly sector: string | null;
  /** Only a title with an of-phrase after it ("head of state"). */
  readonly needsOf?: boolean;
  /** Sector and country come from the other side ("counterpart"). */
  readonly inherit?: boolean;
  /** Only a title right before a name ("General Smith"). */
  readonly beforeNameOnly?: boolean;
  /** A verb whose object names the office ("who heads the Ministry of …"); a title only after "who". */
  readonly verbal?: boolean;
  /** The phrase is itself a plural ("heads of state", "deputies"). */
  readonly pluralForm?: boolean;
  /** Takes its sector from an institution in the title ("Chairman of the Senate" is LEG). */
  readonly generic?: boolean;
}

export interface Honorific extends PhraseEntry {
  readonly id: string;
  readonly country?: string;
}

export interface Institution extends PhraseEntry {
  readonly id: string;
  readonly country: string | null;
  readonly sector: string;
}

export interface Qualifier extends PhraseEntry {
  readonly id: string;
  readonly past: boolean;
}

export interface RoleLexicon {
  readonly heads: PhraseMatcher<TitleHead>;
  readonly qualifiers: PhraseMatcher<Qualifier>;
  readonly honorifics: PhraseMatcher<Honorific>;
  readonly institutions: PhraseMatcher<Institution>;
  /** Lower-case words allowed before a head ("political", "opposition"). */
  readonly modifiers: ReadonlySet<string>;
  /** Every word of every qualifier, lower-cased ("first", "deputy", "newly", "appointed"). */
  readonly qualifierWords: ReadonlySet<string>;
  /** Qualifiers that mark a role no longer held ("former", "late"). */
  readonly pastQualifiers: ReadonlySet<string>;
  /** Capitalised words of office and institution names ("Affairs", "Committee"). */
  readonly vocabulary: ReadonlySet<string>;
  /** Sector preference when a person holds several current roles. */
  readonly sectorRank: readonly string[];
}

interface TitlesFile {
  heads: Array<Omit<TitleHead, 'plural'>>;
  qualifiers: { words: string[]; past: string[] };
  modifiers: { words: string[] };
  vocabulary: { words: string[] };
}
interface HonorificsFile { honorifics: Array<{ id: string; country?: string; phrases: string[] }> }
interface InstitutionsFile { institutions: Array<{ id: string; phrases: string[]; country: string | null; sector: string }> }
interface SectorsFile { rank: string[] }

const read = <T>(file: string): T => JSON.parse(readFileSync(lexiconPath(file), 'utf8')) as T;

let cached: RoleLexicon | undefined;

export function roleLexicon(): RoleLexicon {
  if (cached) return cached;
  const titles = read<TitlesFile>('titles.json');
  const past = new Set(titles.qualifiers.past);
  const honorifics: Honorific[] = [];
  for (const h of read<HonorificsFile>('honorifics.json').honorifics) {
    for (const phrase of h.phrases) {
      // Honorifics are capitalised before a name; matching case keeps "he" and "father" out.
      honorifics.push(h.country ? { id: h.id, phrase, caseSensitive: true, country: h.country } : { id: h.id, phrase, caseSensitive: true });
    }
  }
  const institutions: Institution[] = [];
  for (const inst of read<InstitutionsFile>('institutions.json').institutions) {
    for (const phrase of inst.phrases) {
      // Matched as written: the lexicon lists lower-case forms ("parliament") where they occur in titles.
      institutions.push({ id: inst.id, phrase, country: inst.country, sector: inst.sector, caseSensitive: true });
    }
  }
  cached = {
    heads: new PhraseMatcher(titles.heads.map((h) => ({ ...h, plural: !h.caseSensitive && !h.verbal }))),
    qualifiers: new PhraseMatcher(titles.qualifiers.words.map((w) => ({ id: `q-${w}`, phrase: w, past: past.has(w) }))),
    honorifics: new PhraseMatcher(honorifics),
    institutions: new PhraseMatcher(institutions),
    qualifierWords: new Set(titles.qualifiers.words.flatMap((w) => w.toLowerCase().split(/[\s-]+/u)).filter(Boolean)),
    pastQualifiers: past,
    modifiers: new Set(titles.modifiers.words.map((w) => w.toLowerCase())),
    vocabulary: new Set(titles.vocabulary.words),
    sectorRank: read<SectorsFile>('sectors.json').rank,
  };
  return cached;
}
