import { readFileSync } from 'node:fs';
import type { SourceDocument } from '../../core/document.js';
import { lexiconPath } from '../../core/paths.js';
import { scanPlaces } from '../countries/index.js';

/** The country an article's unqualified domestic titles belong to ("the Prime Minister"), and why. */
export interface DefaultCountry {
  readonly code: string;
  readonly rule: 'source-place' | 'source-agency' | 'dateline' | 'dominant';
}

interface Agency {
  readonly name: string;
  readonly code: string;
  /** The lower-cased name: a source without it cannot match `inLowerSource`. */
  readonly lower: string;
  /** The name as a whole word of the lower-cased source ("kazinform"). */
  readonly inLowerSource: RegExp;
  /** A short name (three letters at most), as written and a whole word of the source. */
  readonly inSource: RegExp | null;
}

let agencies: Agency[] | undefined;

/** The news agencies of lexicons/countries.json, their regexes built once. */
function agencyList(): Agency[] {
  if (agencies) return agencies;
  const file = JSON.parse(readFileSync(lexiconPath('countries.json'), 'utf8')) as { newsAgencies?: Record<string, string[] | string> };
  agencies = [];
  for (const [code, names] of Object.entries(file.newsAgencies ?? {})) {
    if (!Array.isArray(names)) continue;
    for (const name of names) {
      agencies.push({
        name, code, lower: name.toLowerCase(),
        inLowerSource: new RegExp(`(?<![\\p{L}\\p{N}])${name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`, 'u'),
        inSource: name.length <= 3 ? new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'u') : null,
      });
    }
  }
  return agencies;
}

const isCountry = (code: string): boolean => code !== 'UNO' && code !== 'EUR' && code !== 'IGO';

/**
 * A general rule for officials named without a country: the press writes "the Foreign Minister" for its
 * own government. Evidence in order: a country named in the source ("Ministry of Foreign Affairs of
 * Argentina", "MONTSAME (Mongolia)"); the dateline's place ("KUALA LUMPUR:"), since a story filed
 * from abroad speaks of that country's officials; a national news agency in the source; else the
 * country the text names most often.
 */
export function defaultCountry(doc: SourceDocument, text: string): DefaultCountry | null {
  const source = doc.source ?? '';
  const inSource = scanPlaces(source).find((p) => isCountry(p.code));
  if (inSource) return { code: inSource.code, rule: 'source-place' };
  const datelinePlace = doc.meta.dateline?.place;
  // A dateline opens the text and ends at ":", "(", "/", a dash: "KUALA LUMPUR:", "TASHKENT, May 21. /TASS/".
  // It has no lower-case words; an opening sentence that happens to hold a "(" has.
  const opening = /^[^\n]{0,60}?(?=\s*(?:[:(/–—]|\s-\s))/u.exec(text)?.[0] ?? '';
  const head = datelinePlace ?? (/(?<![\p{L}])\p{Ll}{2,}/u.test(opening) ? '' : opening);
  const dl = scanPlaces(head).find((p) => isCountry(p.code));
  if (dl) return { code: dl.code, rule: 'dateline' };
  const lowerSource = source.toLowerCase();
  const agency = agencyList().find((a) => lowerSource.includes(a.lower) && a.inLowerSource.test(lowerSource) && a.name.length > 2)
    ?? agencyList().find((a) => a.inSource !== null && a.inSource.test(source));
  if (agency) return { code: agency.code, rule: 'source-agency' };
  const counts = new Map<string, number>();
  for (const p of scanPlaces(text)) if (isCountry(p.code)) counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
  let best: string | null = null;
  for (const [code, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = code;
  return best ? { code: best, rule: 'dominant' } : null;
}

/** The organisation the text names most often (UNO, EUR or IGO), for "the Secretary-General" alone. */
export function dominantOrganisation(text: string): string | null {
  const counts = new Map<string, number>();
  for (const p of scanPlaces(text)) if (!isCountry(p.code)) counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
  let best: string | null = null;
  for (const [code, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = code;
  return best;
}
