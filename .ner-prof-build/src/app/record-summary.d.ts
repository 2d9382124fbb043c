import type { DocumentRecord } from '../core/record.js';
/**
 * A few readable lines about one analysed document: who is in it, what happened, who said what.
 * For `communique start` and quick looks; the document record is the full form.
 */
export declare function summarizeRecord(r: DocumentRecord): string[];
