import { headOf } from './extension.js';
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
export const ADAPTERS = [jsonlAdapter, jsonAdapter, feedAdapter, htmlAdapter, seedAdapter, textAdapter];
/** The adapter for an input, from its name (extension) and its first characters. */
export function chooseAdapter(name, text) {
    const head = headOf(text);
    return ADAPTERS.find((a) => a.accepts(name, head)) ?? textAdapter;
}
export { feedAdapter, htmlAdapter, jsonAdapter, jsonlAdapter, seedAdapter, textAdapter };
//# sourceMappingURL=index.js.map