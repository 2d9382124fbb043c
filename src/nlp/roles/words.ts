/**
 * The word view the title and name rules read: words and single punctuation marks with offsets.
 * Kept separate from the pipeline's token table because these rules want possessives split
 * ("Kazakhstan" + "’s") and initials kept whole ("J.", "B.Enkhjargal", "U.S."), and they must
 * also run on a bare string in tests and in other components.
 */
export interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** A letter-initial word (not punctuation, not a number). */
  readonly alpha: boolean;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
}

// A word: letters, then letter groups joined by apostrophes, dots or hyphens (Kassym-Jomart,
// Ri’ayatuddin, B.Enkhjargal, U.S); numbers; else one mark.
const WORD = /(\p{L}[\p{L}\p{M}\p{N}]*(?:[.'’\-][\p{L}\p{M}\p{N}]+)*)|(\p{N}+(?:[.,]\p{N}+)*)|(\S)/gu;

/** Abbreviations that keep their dot ("Mr." "Dr."), beyond initials and dotted forms like "U.S". */
const DOTTED = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'gen', 'col', 'lt', 'rev', 'hon', 'rt', 'ir', 'ts', 'no', 'vs', 'messrs', 'sen', 'rep', 'gov', 'amb', 'capt', 'maj', 'sgt']);

export function words(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  const src = text.slice(0, to);
  WORD.lastIndex = from;
  for (let m = WORD.exec(src); m; m = WORD.exec(src)) {
    let start = m.index;
    let end = start + m[0].length;
    if (m[1]) {
      const w = m[1];
      // Keep the dot of an initial ("J."), of a dotted abbreviation ("U.S."), of a title abbreviation.
      if (src[end] === '.' && (/^\p{Lu}$/u.test(w) || /^(?:\p{L}\.)+\p{L}$/u.test(w) || DOTTED.has(w.toLowerCase()))) end++;
      const poss = /['’]s$/u.exec(w);
      if (poss && w.length > 2 && end === start + w.length) {
        push(out, text, start, end - 2);
        push(out, text, end - 2, end);
        WORD.lastIndex = end;
        continue;
      }
      push(out, text, start, end);
      WORD.lastIndex = end;
    } else {
      push(out, text, start, end);
    }
    start = end;
  }
  return out;
}

function push(out: Word[], text: string, start: number, end: number): void {
  const t = text.slice(start, end);
  const alpha = /^\p{L}/u.test(t);
  out.push({ start, end, text: t, alpha, cap: alpha && /^\p{Lu}/u.test(t) });
}

/** Index of the word that starts at `offset`, or -1. */
export function wordStartingAt(ws: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = ws.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ws[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return ws[lo]?.start === offset ? lo : -1;
}

/** Index of the word that ends at `offset`, or -1. */
export function wordEndingAt(ws: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = ws.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ws[mid]?.end ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return ws[lo]?.end === offset ? lo : -1;
}

/** Index of the first word whose end is > offset. */
export function wordAt(ws: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = ws.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ws[mid]?.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
