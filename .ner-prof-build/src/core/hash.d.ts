/** sha256 hex of a string (UTF-8) or bytes. */
export declare const sha256: (data: string | Uint8Array) => string;
/** The identity of a document's content: two ingests of the same text are the same document. */
export declare const contentHash: (text: string) => string;
