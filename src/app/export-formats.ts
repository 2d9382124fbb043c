import type { EventParticipant, PloverEvent } from '../core/annotations.js';
import type { DocumentRecord } from '../core/record.js';
import { ploverExport } from '../export/plover.js';

export const EXPORT_FORMATS = ['plover', 'jsonl', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const isExportFormat = (s: string): s is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(s);

/** Columns of the CSV export: one row per event, participants joined with "; ". */
export const CSV_COLUMNS = [
  'document_id', 'document_date', 'source', 'url', 'event_id', 'event', 'mode', 'context', 'date', 'date_precision',
  'actor', 'actor_code', 'actor_sector', 'recipient', 'recipient_code', 'recipient_sector',
  'event_text', 'start', 'end', 'sentence',
] as const;

/** RFC 4180: quote a field holding a comma, quote or line break; double the quotes inside. */
export function csvField(value: string | number | null): string {
  const s = value === null ? '' : String(value);
  return /[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

const joined = (parts: ReadonlyArray<string | null>): string => parts.map((p) => p ?? '').join('; ');

function participants(list: readonly EventParticipant[]): [string, string, string] {
  return [joined(list.map((p) => p.entity_text)), joined(list.map((p) => p.code)), joined(list.map((p) => p.sector))];
}

function csvRow(record: DocumentRecord, e: PloverEvent): string {
  return [
    record.id, record.date, record.source, record.url, e.id, e.event.join('; '), e.mode.join('; '), e.context.join('; '),
    e.date, e.date_precision, ...participants(e.actor), ...participants(e.recipient), e.event_text.join(' | '),
    e.text_info.start, e.text_info.end, record.text.slice(e.text_info.start, e.text_info.end),
  ].map(csvField).join(',');
}

/** The header line of a format, or null when it has none. */
export function exportHeader(format: ExportFormat): string | null {
  return format === 'csv' ? CSV_COLUMNS.join(',') + '\r\n' : null;
}

/**
 * One document in an export format: PLOVER JSONL (one event a line, PLOVER manual field names),
 * JSONL (the document record, one a line) or CSV (one event a row, CRLF line ends per RFC 4180).
 * `report` receives a line for each event the PLOVER format cannot hold.
 */
export function exportDocument(record: DocumentRecord, format: ExportFormat, report?: (message: string) => void): string {
  switch (format) {
    case 'plover': {
      // Events the manual's required fields rule out (no date, no actor) are reported, not dropped silently.
      const { rows, skipped } = ploverExport(record);
      for (const s of skipped) report?.(s.message);
      return rows.map((row) => JSON.stringify(row) + '\n').join('');
    }
    case 'jsonl':
      return JSON.stringify(record) + '\n';
    case 'csv':
      return record.events.map((e) => csvRow(record, e) + '\r\n').join('');
  }
}
