/**
 * Word shapes (Collins 2002; spaCy's `shape_`): X for upper case, x for lower case, d for digits,
 * other characters kept; runs longer than four are cut to four ("Xxxxx" for "Kazakhstan").
 */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of word) {
    const c = shapeChar(ch);
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 4) out += c;
  }
  return out;
}

/** Shape with every run collapsed to one character ("Xx-Xx" for "Franco-German"). */
export function shortShape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = shapeChar(ch);
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

function shapeChar(ch: string): string {
  if (ch >= '0' && ch <= '9') return 'd';
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower !== upper) return ch === upper ? 'X' : 'x';
  return ch;
}

/** Coarse capitalisation class, a cheap feature that generalises across words. */
export const enum CapClass { Lower = 0, Title = 1, Upper = 2, Mixed = 3, NoLetters = 4 }

export function capClass(word: string): CapClass {
  let upper = 0;
  let lower = 0;
  for (const ch of word) {
    const l = ch.toLowerCase();
    const u = ch.toUpperCase();
    if (l === u) continue;
    if (ch === u) upper++; else lower++;
  }
  if (upper === 0 && lower === 0) return CapClass.NoLetters;
  if (upper === 0) return CapClass.Lower;
  if (lower === 0) return CapClass.Upper;
  const first = word.charAt(0);
  if (upper === 1 && first === first.toUpperCase() && first !== first.toLowerCase()) return CapClass.Title;
  return CapClass.Mixed;
}
