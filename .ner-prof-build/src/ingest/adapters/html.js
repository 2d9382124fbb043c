import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { problem } from '../../core/errors.js';
import { buildDocument, idFromName } from '../build-document.js';
import { htmlToText, nodeText } from '../html-text.js';
import { extensionOf } from './extension.js';
/** Page metadata keys (meta property/name/itemprop), first found wins: Open Graph, article:*, Dublin Core, schema.org microdata. */
const META = {
    title: ['og:title', 'twitter:title', 'title'],
    date: ['article:published_time', 'datepublished', 'pubdate', 'publishdate', 'date', 'dc.date.issued', 'dc.date'],
    source: ['og:site_name', 'application-name', 'publisher'],
    url: ['og:url'],
};
/** Readability's default (500 characters) drops short news items; a wire brief is often shorter. */
const MIN_ARTICLE_CHARS = 120;
/**
 * An HTML page: the article body by @mozilla/readability on a linkedom document, title, date,
 * source and URL from the page's metadata (meta tags, JSON-LD). A page with no article text is
 * INPUT_HTML_NO_ARTICLE.
 */
export const htmlAdapter = {
    name: 'html',
    accepts: (name, head) => ['html', 'htm', 'xhtml'].includes(extensionOf(name)) || /^(?:<!doctype html|<html[\s>])/iu.test(head),
    *read({ name, origin, text, url }) {
        const { document } = parseHTML(text);
        // One pass over the <meta> tags: attribute selectors, one query per key, cost more than the rest of the adapter.
        const tags = new Map();
        for (const el of Array.from(document.querySelectorAll('meta'))) {
            const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop'))?.trim().toLowerCase();
            const content = el.getAttribute('content')?.trim();
            if (key && content && !tags.has(key))
                tags.set(key, content);
        }
        const meta = (keys) => {
            for (const k of keys) {
                const v = tags.get(k);
                if (v)
                    return v;
            }
            return null;
        };
        const ld = jsonLd(document);
        const title = meta(META.title) ?? ld.headline ?? document.querySelector('title')?.textContent?.trim() ?? null;
        const date = meta(META.date) ?? ld.datePublished ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
        const source = meta(META.source) ?? ld.publisher ?? null;
        const pageUrl = url ?? meta(META.url) ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
        let body = '';
        let byline = null;
        try {
            // Readability changes the document it reads: the metadata above is read first, and the
            // fallback below parses the page again (the rare path) rather than every page twice.
            const article = new Readability(document, { charThreshold: MIN_ARTICLE_CHARS }).parse();
            if (article?.content)
                body = htmlToText(article.content);
            byline = article?.byline?.trim() || null;
        }
        catch {
            body = '';
        }
        if (body.length < MIN_ARTICLE_CHARS) {
            // Too short to be an article (Readability falls back to menus and footers): only an
            // element that declares itself the article is trusted then.
            const container = parseHTML(text).document.querySelector('[itemprop="articleBody"], article, main');
            body = container ? nodeText(container) : '';
        }
        if (body.trim() === '') {
            yield { kind: 'problem', problem: problem('INPUT_HTML_NO_ARTICLE', 'neither Readability nor an <article>/<main> element gave text', { path: origin }) };
            return;
        }
        yield buildDocument({ text: body, title, date, source, url: pageUrl, meta: byline ? { byline } : {} }, { origin, fallbackId: idFromName(name), dates: 'loose' });
    },
};
/** The first NewsArticle-like object in the page's JSON-LD scripts. Broken JSON-LD is ignored: it is metadata. */
function jsonLd(document) {
    const scripts = document.querySelectorAll('script[type="application/ld+json"]');
    for (let i = 0; i < scripts.length; i++) {
        let value;
        try {
            value = JSON.parse(scripts[i]?.textContent ?? '');
        }
        catch {
            continue;
        }
        const candidates = flattenLd(value);
        for (const c of candidates) {
            if (typeof c.datePublished !== 'string' && typeof c.headline !== 'string')
                continue;
            const publisher = c.publisher;
            const out = {};
            if (typeof c.headline === 'string')
                out.headline = c.headline;
            if (typeof c.datePublished === 'string')
                out.datePublished = c.datePublished;
            const pub = typeof publisher === 'string' ? publisher : typeof publisher?.name === 'string' ? publisher.name : undefined;
            if (pub)
                out.publisher = pub;
            return out;
        }
    }
    return {};
}
function flattenLd(value) {
    if (Array.isArray(value))
        return value.flatMap(flattenLd);
    if (value && typeof value === 'object') {
        const o = value;
        return [o, ...(Array.isArray(o['@graph']) ? flattenLd(o['@graph']) : [])];
    }
    return [];
}
//# sourceMappingURL=html.js.map