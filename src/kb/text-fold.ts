/**
 * String helpers shared by the knowledge-base resolvers: the folded form names and texts are
 * compared in, and a capped edit distance. Pure functions, no lexicons.
 */
import { editDistance } from '../core/edit-distance.js';

export { editDistance };

/** Lower case, diacritics removed (NFKD then combining marks dropped), curly apostrophes straightened. */
export const fold = (s: string): string =>
  s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘`´]/gu, "'").toLowerCase()
    // Letters NFKD does not decompose (Turkish dotless i, Polish l, Nordic o, German sharp s).
    .replace(/ı/gu, 'i').replace(/ł/gu, 'l').replace(/ø/gu, 'o').replace(/ß/gu, 'ss').replace(/æ/gu, 'ae').replace(/đ/gu, 'd');

/** Folded words (letters and digits) of a text, for shingling and name keys. */
export const foldedWords = (s: string): string[] => fold(s).match(/[\p{L}\p{N}]+/gu) ?? [];


/** Edit distance divided by the longer length: 0 for equal strings, 1 for nothing in common. */
export function normalisedDistance(a: string, b: string): number {
  const n = Math.max(a.length, b.length);
  return n === 0 ? 0 : editDistance(a, b) / n;
}

/** A URL- and id-safe slug: folded, words joined by hyphens. */
export const slug = (s: string): string => foldedWords(s).join('-');

/** 32-bit FNV-1a hash of a string (UTF-16 code units): stable across runs and platforms. */
export function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Days between two ISO dates (YYYY, YYYY-MM or YYYY-MM-DD; a partial date counts as its first day). */
export function daysBetween(a: string, b: string): number {
  return Math.abs(isoDay(a) - isoDay(b));
}

/** Day number of an ISO date (partial dates: first day of the month or year). */
export function isoDay(d: string): number {
  const [y, m, day] = d.split('-').map(Number);
  return Math.floor(Date.UTC(y ?? 1970, (m ?? 1) - 1, day ?? 1) / 86_400_000);
}
