import { readFileSync } from 'node:fs';
import { lexiconPath } from '../../core/paths.js';

/** How a cue verb takes its content: a clause ("said that …"), a noun phrase ("noted the importance of …"), or either. */
export type Complement = 'clause' | 'object' | 'both';

export interface CueVerb {
  readonly id: string;
  readonly forms: readonly string[];
  readonly complement: Complement;
  /** Verbs of saying; verbs of thinking ("believe", "hope") need a person-like speaker. */
  readonly speech: boolean;
  /** "told reporters that …": a listener may stand between the verb and its content. */
  readonly takesListener?: boolean;
  /** "called the meeting ‘historic’": only a quotation makes it a cue. */
  readonly needsQuote?: boolean;
  /** Only with a that-clause ("a study found that …"; not "found the documents"). */
  readonly requiresThat?: boolean;
  /** A person as the object ("welcomed the guests", "praised him") is a greeting or praise of someone, not a statement. */
  readonly nonPersonObject?: boolean;
  /** When set, the object must start with one of these heads ("shared views …"). */
  readonly objectHeads?: readonly string[];
}

export interface CueLexicon {
  readonly verbs: readonly CueVerb[];
  /** Every form (lower case, single spaces) -> its verb. */
  readonly byForm: ReadonlyMap<string, CueVerb>;
  /** Matches any cue form as whole words, longest first ("pointed out" before "pointed"). */
  readonly cuePattern: RegExp;
  /** Nouns for institutions and documents ("the ministry", "the report"): kept as unnamed sources. */
  readonly sourceNouns: ReadonlySet<string>;
  /** Nouns for people ("the minister", "a senior official"): resolved like titles. */
  readonly personNouns: ReadonlySet<string>;
  readonly titleWords: ReadonlySet<string>;
}

interface CueFile {
  verbs: CueVerb[];
  sourceNouns: string[];
  personNouns: string[];
  titleWords: string[];
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function buildCueLexicon(file: CueFile): CueLexicon {
  const byForm = new Map<string, CueVerb>();
  for (const v of file.verbs) for (const f of v.forms) if (!byForm.has(f)) byForm.set(f, v);
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length).map((f) => escapeRe(f).replace(/ /g, '\\s+'));
  return {
    verbs: file.verbs,
    byForm,
    cuePattern: new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${forms.join('|')})(?![\\p{L}\\p{N}-])`, 'giu'),
    sourceNouns: new Set(file.sourceNouns.map((s) => s.toLowerCase())),
    personNouns: new Set(file.personNouns.map((s) => s.toLowerCase())),
    titleWords: new Set(file.titleWords.map((s) => s.toLowerCase().replace(/\.$/, ''))),
  };
}

let cached: CueLexicon | undefined;

/** The project's cue lexicon, lexicons/cues.json. */
export function cueLexicon(): CueLexicon {
  cached ??= buildCueLexicon(JSON.parse(readFileSync(lexiconPath('cues.json'), 'utf8')) as CueFile);
  return cached;
}

export const cueForm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');
