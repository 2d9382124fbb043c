import type { DocumentRecord } from '../core/record.js';
export declare const EXPORT_FORMATS: readonly ["plover", "jsonl", "csv"];
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export declare const isExportFormat: (s: string) => s is ExportFormat;
/** Columns of the CSV export: one row per event, participants joined with "; ". */
export declare const CSV_COLUMNS: readonly ["document_id", "document_date", "source", "url", "event_id", "event", "mode", "context", "date", "date_precision", "actor", "actor_code", "actor_sector", "recipient", "recipient_code", "recipient_sector", "event_text", "start", "end", "sentence"];
/** RFC 4180: quote a field holding a comma, quote or line break; double the quotes inside. */
export declare function csvField(value: string | number | null): string;
/** The header line of a format, or null when it has none. */
export declare function exportHeader(format: ExportFormat): string | null;
/**
 * One document in an export format: PLOVER JSONL (one event a line, PLOVER manual field names),
 * JSONL (the document record, one a line) or CSV (one event a row, CRLF line ends per RFC 4180).
 */
export declare function exportDocument(record: DocumentRecord, format: ExportFormat): string;
