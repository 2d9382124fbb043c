import type { SourceAdapter } from '../types.js';
import { feedAdapter } from './feed.js';
import { htmlAdapter } from './html.js';
import { jsonAdapter } from './json.js';
import { jsonlAdapter } from './jsonl.js';
import { seedAdapter } from './seed.js';
import { textAdapter } from './text.js';
/**
 * Tried in order, the first that accepts wins: formats named by their extension first, then the
 * ones recognised by their first characters, plain text last.
 */
export declare const ADAPTERS: readonly SourceAdapter[];
/** The adapter for an input, from its name (extension) and its first characters. */
export declare function chooseAdapter(name: string, text: string): SourceAdapter;
export { feedAdapter, htmlAdapter, jsonAdapter, jsonlAdapter, seedAdapter, textAdapter };
