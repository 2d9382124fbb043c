import { entityKey, type OrganisationObservation } from './observations.js';
import { fold, slug } from './text-fold.js';

/**
 * Organisations across documents: one organisation by normalised name or acronym ("Shanghai
 * Cooperation Organisation" / "SCO") and compatible country. Blocking by name key and acronym.
 */
export const ORGANISATION_RULES = [
  { id: 'org.same-name', kind: 'merge', description: 'Same name once folded, without "the" and punctuation.' },
  { id: 'org.acronym', kind: 'merge', description: 'One name is the acronym of the other (initials of its capitalised words).' },
  { id: 'org.new', kind: 'new', description: 'No known organisation with that name or acronym.' },
  { id: 'org.apart-country', kind: 'apart', description: 'Same name, different known countries: two bodies (the Senate of two states).' },
  { id: 'org.apart-generic', kind: 'apart', description: 'A generic name ("the Senate", "Ministry of Foreign Affairs") without a country on both sides: every state has one.' },
] as const;

export type OrganisationRuleId = (typeof ORGANISATION_RULES)[number]['id'];

export interface ResolvedOrganisation {
  readonly id: string;
  name: string;
  otherNames: string[];
  country: string | null;
  documents: string[];
  sightings: Array<OrganisationObservation & { rule: OrganisationRuleId }>;
}

/** Words left out of the comparison form. */
const ORG_STOP = new Set(['the', 'of', 'and', 'for', 'on', 'in', 'de', 'la', 'le', 'des', 'du']);

/** Words of institution names every state has: a name made only of these needs a country to be one body. */
const GENERIC_WORDS = new Set([
  'senate', 'parliament', 'government', 'state', 'cabinet', 'ministry', 'minister', 'foreign', 'affairs', 'interior', 'defence',
  'defense', 'finance', 'economy', 'trade', 'justice', 'health', 'education', 'council', 'assembly', 'national', 'federal', 'supreme',
  'court', 'committee', 'commission', 'office', 'administration', 'presidential', 'president', 'embassy', 'house', 'chamber', 'upper',
  'lower', 'people', 'peoples', 'representatives', 'security', 'central', 'bank', 'police', 'army', 'armed', 'forces', 'navy', 'mfa',
  'agency', 'department', 'secretariat', 'legislature', 'congress', 'general', 'staff', 'border', 'service', 'customs', 'ministries',
]);

/** A name made only of generic institution words ("the Senate", "Ministry of Foreign Affairs", "MFA"). */
export const isGenericName = (name: string): boolean => {
  const words = orgNameKey(name).split(' ').filter((w) => w && !ORG_STOP.has(w));
  return words.length > 0 && words.every((w) => GENERIC_WORDS.has(w));
};

/** Folded name without punctuation and "the": the form names are compared in. */
export const orgNameKey = (name: string): string =>
  (fold(name).replace(/['’]s\b/gu, '').match(/[\p{L}\p{N}]+/gu) ?? []).filter((w, i) => !(i === 0 && w === 'the')).join(' ');

/** The acronym of a multi-word name: initials of its words except function words ("SCO"). */
export function acronymOf(name: string): string | null {
  const words = (fold(name).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !ORG_STOP.has(w));
  return words.length >= 2 ? words.map((w) => w[0]).join('') : null;
}

/** A name written as an acronym ("SCO", "U.N."): its letters, folded. */
export function asAcronym(name: string): string | null {
  const letters = name.replace(/[.\s]/gu, '');
  return /^\p{Lu}{2,8}$/u.test(letters) ? fold(letters) : null;
}

export class OrganisationResolver {
  private readonly orgs = new Map<string, ResolvedOrganisation>();
  /** name key -> ids, acronym -> ids */
  private readonly byKey = new Map<string, Set<string>>();
  private readonly byEntity = new Map<string, string>();

  add(o: OrganisationObservation): { organisation: string; rule: OrganisationRuleId } {
    const key = orgNameKey(o.name);
    const acronym = asAcronym(o.name);
    const expanded = acronymOf(o.name);
    const lookups: Array<[string, OrganisationRuleId]> = [[`n:${key}`, 'org.same-name']];
    if (acronym) lookups.push([`a:${acronym}`, 'org.acronym']);
    if (expanded) lookups.push([`x:${expanded}`, 'org.acronym']);
    let hit: { org: ResolvedOrganisation; rule: OrganisationRuleId } | null = null;
    for (const [k, rule] of lookups) {
      for (const id of [...(this.byKey.get(k) ?? [])].sort()) {
        const org = this.orgs.get(id)!;
        if (o.country && org.country && o.country !== org.country) continue;
        if ((!o.country || !org.country) && isGenericName(o.name) && !org.documents.includes(o.document)) continue;
        hit = { org, rule };
        break;
      }
      if (hit) break;
    }
    const org = hit?.org ?? this.create(o);
    org.sightings.push({ ...o, rule: hit?.rule ?? 'org.new' });
    if (!org.documents.includes(o.document)) org.documents.push(o.document);
    org.country ??= o.country;
    if (o.name !== org.name) {
      // The spelled-out, mixed-case name is the canonical one; acronyms and capitals become other names.
      const plain = (n: string): boolean => !asAcronym(n) && n !== n.toUpperCase();
      if (plain(o.name) && !plain(org.name)) {
        if (!org.otherNames.includes(org.name)) org.otherNames.push(org.name);
        org.otherNames = org.otherNames.filter((n) => n !== o.name);
        org.name = o.name;
      } else if (!org.otherNames.includes(o.name)) org.otherNames.push(o.name);
    }
    this.index(`n:${key}`, org.id);
    // An acronym written out is found by the long form's initials, and the long form by the acronym.
    if (acronym) this.index(`x:${acronym}`, org.id);
    if (expanded) this.index(`a:${expanded}`, org.id);
    this.byEntity.set(entityKey(o.document, o.entity), org.id);
    return { organisation: org.id, rule: hit?.rule ?? 'org.new' };
  }

  organisationOf(document: string, entity: string): string | undefined {
    return this.byEntity.get(entityKey(document, entity));
  }

  organisation(id: string): ResolvedOrganisation | undefined {
    return this.orgs.get(id);
  }

  organisations(): ResolvedOrganisation[] {
    return [...this.orgs.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  /** Puts back an organisation saved earlier: its names and entities are indexed as `add` indexed them. */
  restore(saved: ResolvedOrganisation): void {
    if (this.orgs.has(saved.id)) return;
    this.orgs.set(saved.id, saved);
    for (const s of saved.sightings) {
      this.index(`n:${orgNameKey(s.name)}`, saved.id);
      const acronym = asAcronym(s.name);
      const expanded = acronymOf(s.name);
      if (acronym) this.index(`x:${acronym}`, saved.id);
      if (expanded) this.index(`a:${expanded}`, saved.id);
      this.byEntity.set(entityKey(s.document, s.entity), saved.id);
    }
  }

  private create(o: OrganisationObservation): ResolvedOrganisation {
    const base = [slug(o.name) || 'organisation', o.country?.toLowerCase()].filter(Boolean).join('-');
    let id = base;
    for (let n = 2; this.orgs.has(id); n++) id = `${base}-${n}`;
    const org: ResolvedOrganisation = { id, name: o.name, otherNames: [], country: null, documents: [], sightings: [] };
    this.orgs.set(id, org);
    return org;
  }

  private index(key: string, id: string): void {
    let set = this.byKey.get(key);
    if (!set) this.byKey.set(key, (set = new Set()));
    set.add(id);
  }
}

/** Resolves organisation observations in a fixed order (long names first, then date, document). */
export function resolveOrganisations(observations: readonly OrganisationObservation[]): ResolvedOrganisation[] {
  const r = new OrganisationResolver();
  for (const o of inOrganisationOrder(observations)) r.add(o);
  return r.organisations();
}

/** The order a batch is resolved in, so its ids do not depend on input order. */
export const inOrganisationOrder = (observations: readonly OrganisationObservation[]): OrganisationObservation[] =>
  [...observations].sort((a, b) => Number(Boolean(asAcronym(a.name))) - Number(Boolean(asAcronym(b.name)))
    || (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.document.localeCompare(b.document) || a.entity.localeCompare(b.entity));
