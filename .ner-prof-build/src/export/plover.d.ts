import type { PloverEvent } from '../core/annotations.js';
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
export declare function toPloverRow(record: DocumentRecord, e: PloverEvent): PloverRow;
/**
 * One PLOVER row per event of the document. Events without a date or an actor are left out: the
 * manual requires both (Table 6.1), and the document record keeps them for people to read.
 */
export declare function toPloverRows(record: DocumentRecord): PloverRow[];
/** The rows as JSONL, one event a line (PLOVER manual: "newline-delimited JSON"). */
export declare function toPloverJsonl(record: DocumentRecord): string;
/** The sixteen PLOVER event categories (PLOVER manual, chapter 2). */
export declare const PLOVER_CATEGORIES: ReadonlySet<string>;
export interface PloverProblem {
    readonly field: string;
    readonly message: string;
}
/**
 * Checks a row against the PLOVER manual's required fields (Table 6.1: id, date, actor, event are
 * required) and the shapes of the optional ones we write. Returns the problems; [] when valid.
 */
export declare function validatePloverRow(row: unknown): PloverProblem[];
