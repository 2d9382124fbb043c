import { DOMParser } from 'linkedom';
import { problem } from '../../core/errors.js';
import { sha256 } from '../../core/hash.js';
import { buildDocument } from '../build-document.js';
import { htmlToText } from '../html-text.js';
import { xmlWellFormedError } from '../xml-check.js';
import { extensionOf } from './extension.js';
/** Child elements by tag name; namespaced names such as content:encoded and dc:date are matched whole. */
const children = (el, name) => Array.from(el.children).filter((c) => c.tagName.toLowerCase() === name);
const childText = (el, ...names) => {
    for (const n of names) {
        const v = children(el, n)[0]?.textContent?.trim();
        if (v)
            return v;
    }
    return null;
};
/** Feed ids: the item link is the stable identity of a feed item (RSS 2.0 guid, Atom id fall back). */
const itemId = (key) => `feed-${sha256(key).slice(0, 16)}`;
/**
 * RSS 2.0 (and RSS 1.0/RDF) and Atom feeds: one document per item with title, link, date
 * (pubDate, dc:date, published, updated) and text (content:encoded, description, content, summary;
 * HTML in them is turned into paragraphs). The channel title is the source.
 */
export const feedAdapter = {
    name: 'feed',
    accepts: (name, head) => ['rss', 'atom', 'xml'].includes(extensionOf(name)) || /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]/u.test(head),
    *read({ origin, text }) {
        const xml = text.replace(/^\uFEFF/u, '');
        const invalid = (detail, line) => ({
            kind: 'problem',
            problem: problem('INPUT_FEED_INVALID', detail, { path: origin, ...(line ? { line } : {}) }),
        });
        const error = xmlWellFormedError(xml);
        if (error) {
            yield invalid(`malformed XML: ${error.message}`, error.line);
            return;
        }
        const root = new DOMParser().parseFromString(xml, 'text/xml').documentElement;
        const rootName = root?.tagName.toLowerCase();
        let channel;
        let items;
        if (root && rootName === 'rss') {
            channel = children(root, 'channel')[0];
            if (!channel)
                return yield invalid('expected <channel> inside <rss>');
            items = children(channel, 'item');
        }
        else if (root && rootName === 'rdf:rdf') {
            channel = children(root, 'channel')[0];
            items = children(root, 'item');
        }
        else if (root && rootName === 'feed') {
            channel = root;
            items = children(root, 'entry');
        }
        else {
            return yield invalid(`expected <rss>, <rdf:RDF> or <feed> as the root element, got <${root?.tagName ?? 'nothing'}>`);
        }
        if (items.length === 0)
            return yield invalid('the feed has no items');
        const source = channel ? childText(channel, 'title') : null;
        for (const [index, item] of items.entries()) {
            const link = itemLink(item);
            const body = childText(item, 'content:encoded', 'content', 'description', 'summary') ?? '';
            const title = childText(item, 'title');
            const key = link ?? childText(item, 'guid', 'id') ?? null;
            const result = buildDocument({
                id: key ? itemId(key) : null,
                text: looksLikeHtml(body) ? htmlToText(body) : body,
                title: title && looksLikeHtml(title) ? htmlToText(title) : title,
                date: childText(item, 'pubdate', 'dc:date', 'published', 'updated'),
                url: link,
                source,
                meta: { feed: { item: index + 1, ...(link ? { link } : {}) } },
            }, { origin, fallbackId: undefined, dates: 'loose' });
            // An item without text is reported with its number, not its (absent) line.
            yield result.kind === 'problem'
                ? { kind: 'problem', problem: { ...result.problem, message: `${result.problem.message} (item ${index + 1}${title ? `, "${title}"` : ''})` } }
                : result;
        }
    },
};
/** RSS <link>text</link>, or Atom's <link rel="alternate" href> (rel defaults to alternate). */
function itemLink(item) {
    for (const l of children(item, 'link')) {
        const href = l.getAttribute('href');
        if (href && (l.getAttribute('rel') ?? 'alternate') === 'alternate')
            return href.trim();
        const t = l.textContent?.trim();
        if (!href && t)
            return t;
    }
    return null;
}
const looksLikeHtml = (s) => /<\/?[a-z][\w-]*[\s/>]/iu.test(s) || /&[a-z]+;|&#\d+;/iu.test(s);
//# sourceMappingURL=feed.js.map