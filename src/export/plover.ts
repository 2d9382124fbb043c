import type { EventParticipant, PloverEvent } from '../core/annotations.js';
import type { DocumentRecord } from '../core/record.js';

/**
 * PLOVER JSONL export. Field names follow the PLOVER manual, chapter 6 "Data Fields"
 * (Table 6.1 PLOVER JSON; Table 6.2 entity objects; Table 6.3 textInfo; Table 6.5 citeInfo).
 * The manual writes multi-word names with spaces ("event text"); the JSON form uses underscores,
 * as POLECAT does.
 */

/** PLOVER manual Table 6.2: information object for entities. */
export interface PloverEntity {
  code: string | null;
  sector: string | null;
  entity_text: string;
  /** Our document-local entity id (manual: "identifier id"). */
  identifier_id?: string;
}

/** PLOVER manual Table 6.3: information object for text. */
export interface PloverTextInfo {
  sequence: number;
  start: number;
  end: number;
}

/** PLOVER manual Table 6.5: information object for citations. */
export interface PloverCiteInfo {
  corpus: string | null;
  citation: string;
  url: string | null;
}

export interface PloverRow {
  id: string;
  date: string;
  actor: PloverEntity[];
  recipient: PloverEntity[];
  event: string[];
  mode: string[];
  context: string[];
  event_text: string[];
  text_info: PloverTextInfo;
  cite_info: PloverCiteInfo;
}

const toEntity = (p: EventParticipant): PloverEntity => ({
  code: p.code,
  sector: p.sector,
  entity_text: p.entity_text,
  ...(p.entity !== undefined ? { identifier_id: p.entity } : {}),
});

/** Index of the sentence that holds a span (manual: textInfo "sequence"), -1 when none does. */
function sentenceIndex(record: DocumentRecord, start: number): number {
  return record.sentences.findIndex((s) => s.start <= start && start < s.end);
}

/**
 * PLOVER date: "YYYY-MM-DD" is required (manual Table 6.1). An event known only to the month or
 * year keeps its partial date: the manual leaves precision to the provider, and padding would
 * invent a day. Issue 5 / GUIDELINE: an event with no stated date takes the article date, and a
 * missing article date is the dateline's ("ASTANA, June 13, 2024 –"). With none of the three the
 * event cannot be a PLOVER row (see ploverExport, which reports it).
 */
export function ploverDate(e: PloverEvent, record: DocumentRecord): string | null {
  return e.date ?? record.date ?? datelineDate(record);
}

const datelineDate = (record: DocumentRecord): string | null => {
  const d = record.meta.dateline?.date;
  return d && /^\d{4}(?:-\d{2}){0,2}$/u.test(d) ? d : null;
};

export function toPloverRow(record: DocumentRecord, e: PloverEvent): PloverRow {
  return {
    id: e.id,
    date: ploverDate(e, record) ?? '',
    actor: e.actor.map(toEntity),
    recipient: e.recipient.map(toEntity),
    event: [...e.event],
    mode: [...e.mode],
    context: [...e.context],
    event_text: [...e.event_text],
    text_info: { sequence: sentenceIndex(record, e.text_info.start), start: e.text_info.start, end: e.text_info.end },
    cite_info: { corpus: record.source, citation: record.id, url: record.url },
  };
}

/** An event the export could not write, and why: reported to the user, never dropped silently. */
export interface PloverSkip {
  readonly document: string;
  readonly event: string;
  readonly reason: 'no-date' | 'no-actor';
  readonly message: string;
}

export interface PloverExport {
  readonly rows: PloverRow[];
  readonly skipped: PloverSkip[];
}

/**
 * One PLOVER row per event of the document. The manual requires a date and an actor (Table 6.1):
 * an event lacking either after the date fallbacks stays in the document record, for people to
 * read, and is listed in `skipped` with the reason.
 */
export function ploverExport(record: DocumentRecord): PloverExport {
  const rows: PloverRow[] = [];
  const skipped: PloverSkip[] = [];
  for (const e of record.events) {
    if (ploverDate(e, record) === null) {
      skipped.push({ document: record.id, event: e.id, reason: 'no-date', message: `${record.id}: event ${e.id} (${e.event.join('/')}) not exported: no date in the text, no article date, no dated dateline` });
    } else if (e.actor.length === 0) {
      skipped.push({ document: record.id, event: e.id, reason: 'no-actor', message: `${record.id}: event ${e.id} (${e.event.join('/')}) not exported: no actor` });
    } else {
      rows.push(toPloverRow(record, e));
    }
  }
  return { rows, skipped };
}

/** The rows of ploverExport, for callers that report skipped events themselves or need none. */
export function toPloverRows(record: DocumentRecord): PloverRow[] {
  return ploverExport(record).rows;
}

/** The rows as JSONL, one event a line (PLOVER manual: "newline-delimited JSON"). */
export function toPloverJsonl(record: DocumentRecord): string {
  return toPloverRows(record).map((r) => JSON.stringify(r) + '\n').join('');
}

/** The sixteen PLOVER event categories (PLOVER manual, chapter 2). */
export const PLOVER_CATEGORIES: ReadonlySet<string> = new Set([
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
]);

export interface PloverProblem {
  readonly field: string;
  readonly message: string;
}

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u;
const ENTITY_CODE = /^(?:[A-Z]{3}|[A-Z]{3}[A-Z]{3})$/u;

/**
 * Checks a row against the PLOVER manual's required fields (Table 6.1: id, date, actor, event are
 * required) and the shapes of the optional ones we write. Returns the problems; [] when valid.
 */
export function validatePloverRow(row: unknown): PloverProblem[] {
  const problems: PloverProblem[] = [];
  const add = (field: string, message: string): void => { problems.push({ field, message }); };
  if (typeof row !== 'object' || row === null) return [{ field: '', message: `expected an object, got ${row === null ? 'null' : typeof row}` }];
  const r = row as Record<string, unknown>;
  if (typeof r.id !== 'string' || !r.id) add('id', 'required: a non-empty identifier');
  if (typeof r.date !== 'string' || !DATE.test(r.date)) add('date', `required: YYYY-MM-DD (or YYYY-MM / YYYY when only that is known), got ${JSON.stringify(r.date)}`);
  if (!Array.isArray(r.actor) || r.actor.length === 0) add('actor', 'required: a non-empty list of entity objects');
  const entities = (field: string, v: unknown): void => {
    if (v === undefined) return;
    if (!Array.isArray(v)) { add(field, 'expected a list of entity objects'); return; }
    v.forEach((e, i) => {
      if (typeof e !== 'object' || e === null) { add(`${field}[${i}]`, 'expected an entity object'); return; }
      const code = (e as Record<string, unknown>).code;
      if (code !== null && (typeof code !== 'string' || !ENTITY_CODE.test(code))) add(`${field}[${i}].code`, `expected a 3-letter code or null, got ${JSON.stringify(code)}`);
    });
  };
  entities('actor', r.actor);
  entities('recipient', r.recipient);
  if (!Array.isArray(r.event) || r.event.length === 0) add('event', 'required: a non-empty list of event categories');
  else for (const c of r.event) if (!PLOVER_CATEGORIES.has(String(c))) add('event', `unknown PLOVER category ${JSON.stringify(c)}`);
  for (const f of ['mode', 'context', 'event_text'] as const) {
    if (r[f] !== undefined && (!Array.isArray(r[f]) || !(r[f] as unknown[]).every((x) => typeof x === 'string'))) add(f, 'expected a list of strings');
  }
  const ti = r.text_info as Record<string, unknown> | undefined;
  if (ti !== undefined && (typeof ti !== 'object' || typeof ti.start !== 'number' || typeof ti.end !== 'number' || ti.start > ti.end)) add('text_info', 'expected {sequence, start, end} with start <= end');
  return problems;
}
