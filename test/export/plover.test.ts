import { describe, expect, it } from 'vitest';
import type { PloverEvent } from '../../src/core/annotations.js';
import type { DocumentRecord } from '../../src/core/record.js';
import { exportDocument } from '../../src/app/export-formats.js';
import { ploverExport, toPloverJsonl, toPloverRows, validatePloverRow } from '../../src/export/plover.js';

const event = (over: Partial<PloverEvent> = {}): PloverEvent => ({
  id: 'd-ev1', event: ['CONSULT'], mode: ['visit'], context: ['diplomatic'], date: '2024-06-13', date_precision: 'day',
  actor: [{ entity: 'e1', code: 'PER', sector: 'GOV', entity_text: 'Jorge Salinas' }],
  recipient: [{ code: 'CHL', sector: 'GOV', entity_text: 'Chile' }],
  event_text: ['paid a visit to'], text_info: { start: 0, end: 40 }, evidence: [{ start: 0, end: 40 }],
  by: { component: 'events', rule: 'consult.visit-noun' }, ...over,
});

const record = (events: PloverEvent[], date: string | null = '2024-06-13'): DocumentRecord => ({
  id: 'd', date, url: 'https://example.org/d', source: 'Example News', title: null, text: 'Jorge Salinas paid a visit to Chile today.',
  meta: {}, paragraphs: [{ start: 0, end: 42 }], sentences: [{ start: 0, end: 42 }], tokens: 9, names: [], dates: [], entities: [],
  events, quotes: [], topics: [], topic_scores: {}, pipeline: { version: 't', components: [] },
});

describe('export: PLOVER rows', () => {
  it('export: a row uses the manual\'s field names and validates', () => {
    const [row] = toPloverRows(record([event()]));
    expect(Object.keys(row!)).toEqual(['id', 'date', 'actor', 'recipient', 'event', 'mode', 'context', 'event_text', 'text_info', 'cite_info']);
    expect(row!.actor[0]).toEqual({ code: 'PER', sector: 'GOV', entity_text: 'Jorge Salinas', identifier_id: 'e1' });
    expect(row!.text_info).toEqual({ sequence: 0, start: 0, end: 40 });
    expect(row!.cite_info).toEqual({ corpus: 'Example News', citation: 'd', url: 'https://example.org/d' });
    expect(validatePloverRow(row)).toEqual([]);
  });
  it('export: an event without its own date takes the article date; with neither it is left out', () => {
    expect(toPloverRows(record([event({ date: null, date_precision: null })]))[0]?.date).toBe('2024-06-13');
    expect(toPloverRows(record([event({ date: null, date_precision: null })], null))).toEqual([]);
  });
  it('export: with no article date the dateline\'s date is used', () => {
    const r = { ...record([event({ date: null, date_precision: null })], null), meta: { dateline: { start: 0, end: 20, place: 'ASTANA', date: '2024-06-12' } } };
    expect(toPloverRows(r)[0]?.date).toBe('2024-06-12');
  });
  it('export: an event still lacking a date is reported with its id and reason, not dropped silently', () => {
    const r = record([event(), event({ id: 'd-ev2', date: null, date_precision: null })], null);
    const out = ploverExport(r);
    expect(out.rows.map((x) => x.id)).toEqual(['d-ev1']);
    expect(out.skipped.map((x) => [x.event, x.reason])).toEqual([['d-ev2', 'no-date']]);
    const reported: string[] = [];
    const jsonl = exportDocument(r, 'plover', (m) => reported.push(m));
    expect(jsonl.trimEnd().split('\n')).toHaveLength(1);
    expect(reported).toHaveLength(1);
    expect(reported[0]).toContain('d-ev2');
  });
  it('export: JSONL has one event a line', () => {
    const lines = toPloverJsonl(record([event(), event({ id: 'd-ev2' })])).trimEnd().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['d-ev1', 'd-ev2']);
  });
});

describe('export: PLOVER validation', () => {
  it('export: missing required fields are reported by name', () => {
    const fields = validatePloverRow({ event: ['MEET'], actor: [] }).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['id', 'date', 'actor', 'event']));
  });
  it('export: a bad code or date is reported', () => {
    const [row] = toPloverRows(record([event()]));
    expect(validatePloverRow({ ...row, date: '13/06/2024' }).map((p) => p.field)).toEqual(['date']);
    expect(validatePloverRow({ ...row, actor: [{ code: 'Peru' }] }).map((p) => p.field)).toEqual(['actor[0].code']);
    expect(validatePloverRow(null)).toHaveLength(1);
  });
});
