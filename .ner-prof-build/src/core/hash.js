import { createHash } from 'node:crypto';
/** sha256 hex of a string (UTF-8) or bytes. */
export const sha256 = (data) => createHash('sha256').update(data).digest('hex');
/** The identity of a document's content: two ingests of the same text are the same document. */
export const contentHash = (text) => sha256(text.normalize('NFC').replace(/\s+/gu, ' ').trim());
//# sourceMappingURL=hash.js.map