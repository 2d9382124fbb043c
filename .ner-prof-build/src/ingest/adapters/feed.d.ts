import type { SourceAdapter } from '../types.js';
/**
 * RSS 2.0 (and RSS 1.0/RDF) and Atom feeds: one document per item with title, link, date
 * (pubDate, dc:date, published, updated) and text (content:encoded, description, content, summary;
 * HTML in them is turned into paragraphs). The channel title is the source.
 */
export declare const feedAdapter: SourceAdapter;
