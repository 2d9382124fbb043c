import type { Role } from '../../core/annotations.js';
import type { Scan } from './scan.js';
import type { TitlePhrase } from './title-phrase.js';

/** A role as the roles component builds it: the shared Role plus what coreference needs. */
export interface RoleInfo extends Role {
  /** Lower-cased head phrase ("speaker", "prime minister"), singular. */
  readonly head: string;
  readonly headId: string;
  /** The role is no longer held ("former Prime Minister"). */
  readonly past: boolean;
  /** Sector and country come from the other side ("counterpart", "interlocutor"). */
  readonly inherit: boolean;
  /** How the country was found: modifier ("Kazakh …"), of-phrase, institution, or none. */
  readonly countrySource: 'modifier' | 'of-phrase' | 'institution' | 'none';
  readonly plural: boolean;
  /** Country named after "to" ("Ambassador to Japan"): the host, not the person's state. */
  readonly hostCountry: string | null;
  /** Every country of the of-phrase in order ("Presidents of Russia and Uzbekistan"), for plural titles. */
  readonly ofCountries: readonly string[];
}

const COMPONENT = 'roles';

/**
 * Country, sector, institution and qualifiers of a title phrase.
 * - Country: a place before the head ("Kazakh Speaker", "Malaysia's Ambassador") first; else the last
 *   place in an of/for-phrase ("Minister of Foreign Affairs of Kazakhstan"); never a place after "to",
 *   which names the host ("Ambassador of A to B" serves A); else the country of a named institution
 *   ("Speaker of the Mazhilis"). A region or capital gives its state ("President of Tatarstan").
 * - Sector: the head's sector, except that generic heads (chairman, head, president, member …) take the
 *   sector of the institution they head ("Chairman of the Senate" is LEG).
 */
export function describeRole(scan: Scan, t: TitlePhrase): RoleInfo {
  const ws = scan.words;
  const headFrom = t.head.from;
  let modifierCountry: string | null = null;
  let ofCountry: string | null = null;
  let hostCountry: string | null = null;
  let prep = '';
  const ofCountries: string[] = [];
  for (let k = t.from; k < t.to; k++) {
    const w = ws[k];
    if (!w) break;
    const lw = w.text.toLowerCase();
    if (['of', 'for', 'to', 'on', 'at'].includes(lw)) { prep = lw; continue; }
    const p = scan.places[k];
    if (!p) continue;
    if (k < headFrom) modifierCountry ??= p.entry.code;
    else if (prep === 'to') hostCountry ??= p.entry.code;
    else { ofCountry = p.entry.code; ofCountries.push(p.entry.code); }
    k = p.to - 1;
  }
  let institution: { id: string; country: string | null; sector: string } | null = null;
  let institutionAfterHead = false;
  for (let k = t.from; k < t.to; k++) {
    const inst = scan.institutions[k];
    if (!inst) continue;
    const after = k >= t.head.to;
    // The institution the head governs (after it) wins over one before it.
    if (!institution || (after && !institutionAfterHead)) { institution = inst.entry; institutionAfterHead = after; }
    k = inst.to - 1;
  }
  const qualifiers: string[] = [];
  let past = false;
  for (let k = t.from; k < t.head.from; k++) {
    const lw = ws[k]?.text.toLowerCase() ?? '';
    if (scan.lex.qualifierWords.has(lw)) { qualifiers.push(lw); if (scan.lex.pastQualifiers.has(lw)) past = true; }
  }
  const head = t.head.entry;
  let sector = head.sector;
  if (institution && (head.generic || sector === null)) sector = institution.sector;
  // GUIDELINE.md: staff of international organisations are GOV ("World Bank Regional Director").
  const orgCode = modifierCountry ?? ofCountry;
  if ((orgCode === 'UNO' || orgCode === 'EUR' || orgCode === 'IGO') && (head.generic || sector === null || sector === 'BUS')) sector = 'GOV';
  // A dash-joined second office ("Deputy Prime Minister – Minister of …") keeps the first head's sector.
  // A plural title names several states ("Foreign Ministers of Mongolia and Chile"): no one country.
  const country = t.plural && ofCountries.length > 1 ? null : modifierCountry ?? ofCountry ?? institution?.country ?? null;
  const countrySource = modifierCountry ? 'modifier' : ofCountry ? 'of-phrase' : institution?.country ? 'institution' : 'none';
  const headText = scan.text.slice(ws[t.head.from]!.start, ws[t.head.to - 1]!.end).toLowerCase().replace(/\s+/gu, ' ');
  return {
    start: t.start, end: t.end, title: scan.text.slice(t.start, t.end),
    country, sector, institution: institution?.id ?? null, qualifiers,
    by: { component: COMPONENT, rule: t.stop ? `${head.id}+${t.stop}` : head.id },
    head: t.head.plural ? headText.replace(/s$/u, '') : headText,
    headId: head.id, past, inherit: head.inherit === true, countrySource, plural: t.plural, hostCountry, ofCountries,
  };
}
