import { readFileSync } from 'node:fs';
import { CommuniqueError } from '../../core/errors.js';
import { lexiconPath } from '../../core/paths.js';
import type { GazetteerMatcher } from './features.js';
import { bioToSpans, type TagSpan } from './spans.js';

/**
 * Rules applied after the tagger, for name patterns of diplomatic news that the training corpus
 * (mostly US news) hardly shows. Each rule has an id; the component records it as provenance.
 * Lists live in lexicons/ner/name-rules.json.
 */
export interface NameRuleResult {
  readonly tags: string[];
  /** Rule id per token that a rule changed (undefined where the model's tag stands). */
  readonly ruleOf: (string | undefined)[];
}

interface RuleLexicon { particles: Set<string>; endings: string[] }

let lexicon: RuleLexicon | undefined;

function loadLexicon(): RuleLexicon {
  if (lexicon) return lexicon;
  const file = lexiconPath('ner', 'name-rules.json');
  try {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as { patronymicParticles: { words: string[] }; surnameSuffixes: { endings: string[] } };
    lexicon = { particles: new Set(raw.patronymicParticles.words), endings: [...raw.surnameSuffixes.endings].sort((a, b) => b.length - a.length) };
  } catch (e) {
    throw new CommuniqueError('LEXICON_INVALID', `${file}: ${(e as Error).message}`, { path: file }, { cause: e });
  }
  return lexicon;
}

const isTitleCase = (w: string): boolean => /^\p{Lu}[\p{Ll}'’-]*\p{Ll}[\p{L}'’-]*$/u.test(w);

/**
 * Applies, in order:
 * - `trailing-person`: an ORG/GPE/FAC/LOC span that ends with a two- or three-word person name
 *   ("… of the Republic of Moldova Ion Rusuleanu", long titles before names) is split: the name
 *   becomes PERSON when its last word has a surname ending (-ov, -yev, -enko, ...) and either its
 *   first word is a known given name or the word before it ends a country or institution name.
 *   (Without the surname ending, "Radio Free Europe" and "Happy Mountain Colony" were split.)
 * - `patronymic-particle`: a PERSON span followed by a patronymic word (Kyrgyz "uulu", ...) takes it in.
 */
export function applyNameRules(words: readonly string[], tags: readonly string[], model: { readonly labels: readonly string[]; readonly resources: { readonly gazetteer: GazetteerMatcher | null } }): NameRuleResult {
  const gazetteer = model.resources.gazetteer;
  const lex = loadLexicon();
  const out = [...tags];
  // CoNLL-type models call persons PER; OntoNotes models PERSON.
  const person = model.labels.includes('B-PER') ? 'PER' : 'PERSON';
  const ruleOf: (string | undefined)[] = new Array<string | undefined>(words.length);
  const flags = gazetteer?.match(words.map((w) => w.toLowerCase())) ?? null;
  const bit = (name: string, inside: boolean): number => {
    const c = gazetteer?.categories.indexOf(name) ?? -1;
    return c < 0 ? 0 : 1 << (2 * c + (inside ? 1 : 0));
  };
  const firstNameBit = bit('FIRSTNAME', false);
  const placeBits = bit('COUNTRY', false) | bit('COUNTRY', true) | bit('ORGWORD', false) | bit('ORGWORD', true) | bit('CAPITAL', false) | bit('CAPITAL', true);
  const givenName = (i: number): boolean => flags !== null && ((flags[i] ?? 0) & firstNameBit) !== 0;
  const surnameLike = (w: string): boolean => {
    const lw = w.toLowerCase();
    return lex.endings.some((e) => lw.length > e.length + 2 && lw.endsWith(e));
  };
  const placeEnd = (i: number): boolean => flags !== null && ((flags[i] ?? 0) & placeBits) !== 0;

  for (const span of bioToSpans(out)) splitTrailingPerson(span);
  for (const span of bioToSpans(out)) {
    if (span.type !== person) continue;
    const next = words[span.end];
    if (next !== undefined && lex.particles.has(next.toLowerCase()) && (out[span.end] ?? 'O') === 'O') {
      out[span.end] = `I-${person}`;
      ruleOf[span.end] = 'patronymic-particle';
    }
  }
  return { tags: out, ruleOf };

  function splitTrailingPerson(span: TagSpan): void {
    if (!['ORG', 'GPE', 'FAC', 'LOC'].includes(span.type)) return;
    for (const k of [3, 2]) {
      const from = span.end - k;
      if (from - span.start < 1) continue;
      const tail = words.slice(from, span.end);
      if (!tail.every(isTitleCase)) continue;
      const before = words[from - 1] ?? '';
      if (!/^\p{Lu}/u.test(before)) continue; // "Bank of Ivanov" style: the name is the institution's
      const given = givenName(from);
      if (k === 3 && !given) continue; // three-word names are taken only from a known given name
      const surname = surnameLike(tail[tail.length - 1] ?? '');
      if (!surname || !(given || placeEnd(from - 1))) continue;
      for (let i = from; i < span.end; i++) {
        out[i] = `${i === from ? 'B' : 'I'}-${person}`;
        ruleOf[i] = 'trailing-person';
      }
      return;
    }
  }
}
