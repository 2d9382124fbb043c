import { isDemonym } from '../countries/index.js';
import type { Scan } from '../roles/scan.js';
import { NOT_NAME_WORDS } from '../roles/stopwords.js';

/** A run of words that reads as a person's name: words [from, to), and the name without a nickname. */
export interface NameRun {
  readonly from: number;
  readonly to: number;
  readonly start: number;
  readonly end: number;
  /** The name's words, without a quoted nickname ("Joko \"Jokowi\" Widodo" -> Joko Widodo). */
  readonly words: readonly string[];
}

/** Lower-case particles inside names (Malay, Arabic, Dutch, Portuguese …): "bin", "al", "van", "da". */
const INNER_PARTICLES = new Set(['bin', 'binti', 'binte', 'bint', 'ibn', 'al', 'el', 'ad', 'as', 'de', 'da', 'di', 'do', 'dos', 'das', 'du', 'van', 'der', 'den', 'von', 'la', 'le', 'y', 'abu', 'bte', 'a/l', 'a/p']);
/** Patronymic particles that close Central Asian and Turkic names: "Nurlanbek uulu", "Aliyev oglu". */
const FINAL_PARTICLES = new Set(['uulu', 'kyzy', 'ogly', 'oglu', 'uly', 'qizi', 'kizi', 'ugli']);
const QUOTES = new Set(['"', '“', '”', '«', '»', "'", '‘', '’']);

/** Can word i be part of a person's name? Capitalised, and not a title, place, institution or function word. */
export function isNameWord(scan: Scan, i: number): boolean {
  const w = scan.words[i];
  if (!w || !w.alpha || !w.cap) return false;
  const t = w.text.toLowerCase();
  if (NOT_NAME_WORDS.has(t)) return false;
  if (scan.heads[i] || scan.inPlace[i] || scan.inInstitution[i] || scan.honorifics[i]) return false;
  if (scan.lex.vocabulary.has(w.text) || scan.lex.qualifierWords.has(t) || scan.lex.modifiers.has(t)) return false;
  // Acronyms (datelines, agencies: "TASS", "KAZINFORM") are not names; initials ("KJM") may open one.
  if (/^\p{Lu}{2,}$/u.test(w.text) && w.text.length > 3) return false;
  return true;
}

/** The longest name run starting at word i, or null. At most `max` words. */
export function nameRunAt(scan: Scan, i: number, max = 7): NameRun | null {
  const ws = scan.words;
  if (!isNameWord(scan, i)) return null;
  const parts: string[] = [];
  let k = i;
  let end = i;
  while (k < ws.length && parts.length < max) {
    const w = ws[k]!;
    if (isNameWord(scan, k)) {
      // A word after a sentence-final mark or a line break starts a new unit.
      if (k > i && /[\n]/u.test(scan.text.slice(ws[k - 1]!.end, w.start))) break;
      parts.push(w.text); k++; end = k; continue;
    }
    const t = w.text.toLowerCase();
    if (k > i && INNER_PARTICLES.has(t) && !w.cap && isNameWord(scan, k + 1)) { parts.push(w.text); k++; continue; }
    if (k > i && FINAL_PARTICLES.has(t)) { parts.push(w.text); k++; end = k; continue; }
    // A surname that is also a nationality word closes a name: "Mark Cuban said", "Alan English".
    const place = scan.inPlace[k];
    if (k > i && place && place.from === k && place.to === k + 1 && isDemonym(w.text) && !(ws[k + 1]?.cap) && !scan.heads[k + 1]) {
      parts.push(w.text); k++; end = k; break;
    }
    // A quoted nickname between names: Joko "Jokowi" Widodo.
    if (k > i && QUOTES.has(w.text) && ws[k + 1]?.cap && QUOTES.has(ws[k + 2]?.text ?? '') && isNameWord(scan, k + 3)) { k += 3; continue; }
    break;
  }
  if (end === i) return null;
  // Only an initial ("J.") or acronym alone is not a name.
  const kept = parts.slice(0, parts.length - (k - end));
  if (kept.every((p) => /^\p{Lu}{1,3}\.?$/u.test(p))) return null;
  // A run that begins the sentence with an acronym ("KRS Menon") keeps it; a lone short acronym does not count.
  return { from: i, to: end, start: ws[i]!.start, end: ws[end - 1]!.end, words: kept };
}
