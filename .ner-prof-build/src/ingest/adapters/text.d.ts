import type { SourceAdapter } from '../types.js';
/** Plain text: the whole input is the article, with no date (a dateline may still give one). */
export declare const textAdapter: SourceAdapter;
