import type { Entity } from '../core/annotations.js';
import type { DocumentRecord } from '../core/record.js';
import type { Span } from '../core/span.js';

/**
 * What the knowledge base reads from one analysed document: a person or organisation entity as
 * observed there. Plain objects, so the store can keep them and the API can serve them.
 */
export interface ObservedRole extends Span {
  readonly title: string;
  readonly institution: string | null;
  readonly country: string | null;
  readonly sector: string | null;
  /** The role is no longer held ("former", "late"). */
  readonly past: boolean;
}

export interface PersonObservation {
  readonly document: string;
  /** Entity id within the document ("e1"). */
  readonly entity: string;
  /** Article date YYYY-MM-DD, or null. */
  readonly date: string | null;
  readonly name: string;
  readonly country: string | null;
  /**
   * The country is the pipeline's guess from the article (its dateline or dominant country),
   * not stated for this person: weak evidence, never enough to keep namesakes apart.
   */
  readonly countryInferred?: boolean;
  readonly sector: string | null;
  readonly titles: readonly string[];
  readonly roles: readonly ObservedRole[];
  /** First name mention: the evidence that the person appears in the document. */
  readonly evidence: Span | null;
}

export interface OrganisationObservation {
  readonly document: string;
  readonly entity: string;
  readonly date: string | null;
  readonly name: string;
  readonly country: string | null;
  readonly evidence: Span | null;
}

/** Qualifiers that mark a role as no longer held (lexicons/titles.json "past" qualifiers). */
const PAST = /\b(?:former|late|ex|then|outgoing|previous)\b/iu;

/** Provenance of a country taken from the article rather than the person (src/nlp/actors: `country:article-default`). */
const INFERRED_COUNTRY = /\bcountry:(?:article-default|default|dominant|dateline|source-\w+)\b/u;

/** A document's entity key, unique across documents. */
export const entityKey = (document: string, entity: string): string => `${document}#${entity}`;

function firstNameMention(e: Entity): Span | null {
  const m = e.mentions.find((x) => x.kind === 'name') ?? e.mentions[0];
  return m ? { start: m.start, end: m.end } : null;
}

/** The person entities of a document record, as observations. */
export function personObservations(record: Pick<DocumentRecord, 'id' | 'date' | 'entities'>): PersonObservation[] {
  return record.entities.filter((e) => e.type === 'PERSON' && e.name.trim()).map((e) => ({
    document: record.id,
    entity: e.id,
    date: record.date,
    name: e.name,
    country: e.country,
    countryInferred: INFERRED_COUNTRY.test(e.by.rule),
    sector: e.sector === 'UNK' ? null : e.sector,
    titles: [...e.titles],
    roles: (e.roles ?? []).map((r) => ({
      start: r.start, end: r.end, title: r.title, institution: r.institution, country: r.country ?? e.country, sector: r.sector,
      past: r.qualifiers.some((q) => PAST.test(q)) || PAST.test(r.title),
    })),
    evidence: firstNameMention(e),
  }));
}

/** The organisation entities of a document record, as observations. */
export function organisationObservations(record: Pick<DocumentRecord, 'id' | 'date' | 'entities'>): OrganisationObservation[] {
  return record.entities.filter((e) => e.type === 'ORG' && e.name.trim()).map((e) => ({
    document: record.id, entity: e.id, date: record.date, name: e.name, country: e.country, evidence: firstNameMention(e),
  }));
}
