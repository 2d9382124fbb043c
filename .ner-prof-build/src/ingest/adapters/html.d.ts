import type { SourceAdapter } from '../types.js';
/**
 * An HTML page: the article body by @mozilla/readability on a linkedom document, title, date,
 * source and URL from the page's metadata (meta tags, JSON-LD). A page with no article text is
 * INPUT_HTML_NO_ARTICLE.
 */
export declare const htmlAdapter: SourceAdapter;
