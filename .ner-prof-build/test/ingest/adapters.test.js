import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoDate, looseDate } from '../../src/ingest/build-document.js';
import { readDocumentFromText } from '../../src/ingest/index.js';
import { readAll, split, tempDir } from './helpers.js';
const ARTICLE = 'Foreign Minister Aida Serikbayeva met Ambassador of Japan Kenji Morita in Astana. The sides discussed trade.';
let tmp;
beforeAll(async () => {
    tmp = await tempDir();
});
afterAll(async () => {
    await tmp.remove();
});
describe('seed adapter', () => {
    it('seed: reads the date and the text on the same line, after a leading space', () => {
        const { docs } = split(readDocumentFromText('kz-2024-06-13.txt', ` date 2024-06-13 ${ARTICLE}`));
        expect(docs).toHaveLength(1);
        expect(docs[0]).toMatchObject({ id: 'kz-2024-06-13', date: '2024-06-13', text: ARTICLE });
    });
    it('seed: reads the date on its own line', () => {
        const { docs } = split(readDocumentFromText('a.txt', `date 2024-01-31\n\n${ARTICLE}\n`));
        expect(docs[0]).toMatchObject({ date: '2024-01-31', text: ARTICLE });
    });
    it('seed: an impossible date is INPUT_DATE_INVALID', () => {
        const { docs, problems } = split(readDocumentFromText('a.txt', `date 2024-02-30 ${ARTICLE}`));
        expect(docs).toHaveLength(0);
        expect(problems[0]).toMatchObject({ code: 'INPUT_DATE_INVALID', path: 'a.txt' });
    });
    it('seed: a date line with no text after it is INPUT_EMPTY', () => {
        expect(split(readDocumentFromText('a.txt', 'date 2024-02-03\n')).problems[0]?.code).toBe('INPUT_EMPTY');
    });
});
describe('text adapter', () => {
    it('text: the whole file is the article, no date, id from the file name', () => {
        const { docs } = split(readDocumentFromText('notes/visit.txt', `${ARTICLE}\r\n`));
        expect(docs[0]).toMatchObject({ id: 'visit', date: null, text: ARTICLE, source: null });
    });
    it('text: white space only is INPUT_EMPTY', () => {
        expect(split(readDocumentFromText('a.txt', ' \n\u200B\n ')).problems[0]?.code).toBe('INPUT_EMPTY');
    });
});
describe('json adapter', () => {
    it('json: reads {id,url,source,title,date,text}', () => {
        const json = JSON.stringify({ id: 'x1', url: 'https://example.org/a', source: 'Meridian', title: 'T', date: '2024-06-13', text: ARTICLE });
        const { docs } = split(readDocumentFromText('whatever.json', json));
        expect(docs[0]).toMatchObject({ id: 'x1', url: 'https://example.org/a', source: 'Meridian', title: 'T', date: '2024-06-13', text: ARTICLE });
    });
    it('json: without an id the file name is the id; an ISO date-time keeps its day', () => {
        const { docs } = split(readDocumentFromText('dir/article-7.json', JSON.stringify({ text: ARTICLE, date: '2024-06-13T23:10:00+05:00' })));
        expect(docs[0]).toMatchObject({ id: 'article-7', date: '2024-06-13' });
    });
    it('json: an array yields one document per object, numbered when they have no id', () => {
        const json = JSON.stringify([{ text: ARTICLE }, { id: 'own', text: ARTICLE }, { text: `${ARTICLE} Again.` }]);
        const { docs } = split(readDocumentFromText('batch.json', json));
        expect(docs.map((d) => d.id)).toEqual(['batch-1', 'own', 'batch-3']);
    });
    it('json: truncated JSON is INPUT_JSON_INVALID with a line', () => {
        const { problems } = split(readDocumentFromText('t.json', '{\n "id": "a",\n "text": "The minis'));
        expect(problems[0]).toMatchObject({ code: 'INPUT_JSON_INVALID', path: 't.json' });
        expect(problems[0]?.line).toBe(3);
    });
    it('json: an object without text is INPUT_JSON_SHAPE naming the field', () => {
        const { problems } = split(readDocumentFromText('s.json', JSON.stringify({ id: 'a', body: ARTICLE })));
        expect(problems[0]?.code).toBe('INPUT_JSON_SHAPE');
        expect(problems[0]?.message).toContain('text');
    });
    it('json: a date that is not YYYY-MM-DD is INPUT_DATE_INVALID', () => {
        const { problems } = split(readDocumentFromText('d.json', JSON.stringify({ text: ARTICLE, date: '13/06/2024' })));
        expect(problems[0]?.code).toBe('INPUT_DATE_INVALID');
    });
});
describe('jsonl adapter', () => {
    it('jsonl: a bad line is a problem with its line number; the good lines still yield', () => {
        const lines = [
            JSON.stringify({ id: 'a', text: ARTICLE }),
            '',
            '{"id": "b", "text": "broken',
            JSON.stringify({ text: 'The presidents spoke by phone.' }),
            JSON.stringify({ id: 'c' }),
        ].join('\n');
        const { docs, problems } = split(readDocumentFromText('wire.jsonl', lines));
        expect(docs.map((d) => d.id)).toEqual(['a', 'wire-4']);
        expect(problems.map((p) => [p.code, p.line])).toEqual([
            ['INPUT_JSON_INVALID', 3],
            ['INPUT_JSON_SHAPE', 5],
        ]);
    });
    it('jsonl: an empty file is INPUT_EMPTY', () => {
        expect(split(readDocumentFromText('e.jsonl', '\n\n')).problems[0]?.code).toBe('INPUT_EMPTY');
    });
});
const PAGE = (body, head = '') => `<!doctype html><html><head><title>Site | Page</title>
<meta property="og:title" content="Ministers meet in Astana">
<meta property="og:site_name" content="Meridian">
<meta property="article:published_time" content="2024-06-13T09:00:00+05:00">${head}
</head><body><nav><a href="/">Home</a> <a href="/x">World</a></nav>${body}<footer>Copyright</footer></body></html>`;
const PARAGRAPHS = [
    'ASTANA, June 13 (Meridian) – Minister of Foreign Affairs Aida Serikbayeva met Ambassador of Japan Kenji Morita to discuss the agenda of the upcoming intergovernmental commission.',
    '“Japan is a reliable partner of Kazakhstan in Asia,” Serikbayeva said, adding that the two countries would sign an agreement on transport in the autumn.',
    'The ambassador said that Japanese companies were ready to invest in the processing of rare earth metals and in the modernisation of the railways.',
];
describe('html adapter', () => {
    it('html: reads the article body, title, date and source from the page metadata', () => {
        const html = PAGE(`<article><h1>Ministers meet</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</article><aside><ul><li>Most read</li></ul></aside>`);
        const { docs } = split(readDocumentFromText('page.html', html));
        expect(docs).toHaveLength(1);
        expect(docs[0]).toMatchObject({ id: 'page', title: 'Ministers meet in Astana', source: 'Meridian', date: '2024-06-13' });
        expect(docs[0]?.text).toContain(PARAGRAPHS[1]);
        expect(docs[0]?.text.split('\n\n')).toHaveLength(3);
        expect(docs[0]?.text).not.toContain('Copyright');
        expect(docs[0]?.meta.dateline).toMatchObject({ start: 0, place: 'ASTANA', source: 'Meridian' });
    });
    it('html: takes the date from JSON-LD when no meta tag gives one', () => {
        const html = PAGE(`<article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`, '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-02T10:00:00Z"}</script>').replace(/<meta property="article:published_time"[^>]*>/u, '');
        expect(split(readDocumentFromText('p.htm', html)).docs[0]?.date).toBe('2023-11-02');
    });
    it('html: a page without article text is INPUT_HTML_NO_ARTICLE', () => {
        const { problems } = split(readDocumentFromText('empty.html', PAGE('<div><img src="a.png"></div>')));
        expect(problems[0]).toMatchObject({ code: 'INPUT_HTML_NO_ARTICLE', path: 'empty.html' });
    });
    it('html: recognised by its doctype whatever the file name', () => {
        const html = PAGE(`<article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`);
        expect(split(readDocumentFromText('download', html)).docs[0]?.title).toBe('Ministers meet in Astana');
    });
});
const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Meridian Wire</title>
<item><title>Ministers meet</title><link>https://example.org/a</link><pubDate>Thu, 13 Jun 2024 09:00:00 +0500</pubDate>
<content:encoded><![CDATA[<p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p>]]></content:encoded></item>
<item><title>Second</title><link>https://example.org/b</link><pubDate>Fri, 14 Jun 2024 09:00:00 GMT</pubDate><description>The presidents spoke by phone &amp; agreed to meet.</description></item>
<item><title>No text</title><link>https://example.org/c</link></item>
</channel></rss>`;
const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
<entry><title type="html">Talks in &lt;b&gt;Tokyo&lt;/b&gt;</title><link rel="alternate" href="https://example.org/t"/><id>urn:uuid:1</id>
<updated>2024-07-01T12:00:00Z</updated><summary>The ministers met in Tokyo and signed a memorandum.</summary></entry></feed>`;
describe('feed adapter', () => {
    it('feed: RSS 2.0 items become documents with title, link, date, channel source; an item without text is a problem', () => {
        const { docs, problems } = split(readDocumentFromText('wire.rss', RSS));
        expect(docs.map((d) => [d.title, d.url, d.date, d.source])).toEqual([
            ['Ministers meet', 'https://example.org/a', '2024-06-13', 'Meridian Wire'],
            ['Second', 'https://example.org/b', '2024-06-14', 'Meridian Wire'],
        ]);
        expect(docs[0]?.text).toBe(`${PARAGRAPHS[0]}\n\n${PARAGRAPHS[1]}`);
        expect(docs[1]?.text).toBe('The presidents spoke by phone & agreed to meet.');
        expect(docs[0]?.id).toMatch(/^feed-[0-9a-f]{16}$/u);
        expect(docs[0]?.id).not.toBe(docs[1]?.id);
        expect(problems).toHaveLength(1);
        expect(problems[0]?.code).toBe('INPUT_EMPTY');
        expect(problems[0]?.message).toContain('item 3');
    });
    it('feed: the id of an item is a hash of its link, the same on every read', () => {
        const a = split(readDocumentFromText('x.xml', RSS)).docs[0]?.id;
        const b = split(readDocumentFromText('y.rss', RSS.replace('Ministers meet', 'Renamed'))).docs[0]?.id;
        expect(a).toBe(b);
    });
    it('feed: Atom entries with an alternate link, updated date and HTML title', () => {
        const { docs } = split(readDocumentFromText('atom.xml', ATOM));
        expect(docs[0]).toMatchObject({ title: 'Talks in Tokyo', url: 'https://example.org/t', date: '2024-07-01', source: 'Atom Wire' });
    });
    it('feed: recognised by its root element whatever the file name', () => {
        expect(split(readDocumentFromText('feed', ATOM)).docs).toHaveLength(1);
    });
    it('feed: a truncated feed is INPUT_FEED_INVALID with a line', () => {
        const { docs, problems } = split(readDocumentFromText('cut.rss', RSS.slice(0, RSS.indexOf('<item><title>Second'))));
        expect(docs).toHaveLength(0);
        expect(problems[0]?.code).toBe('INPUT_FEED_INVALID');
        expect(problems[0]?.line).toBeGreaterThan(0);
    });
    it('feed: mismatched tags and a wrong root are INPUT_FEED_INVALID', () => {
        expect(split(readDocumentFromText('a.rss', '<rss><channel><item></channel></item></rss>')).problems[0]?.code).toBe('INPUT_FEED_INVALID');
        expect(split(readDocumentFromText('b.xml', '<?xml version="1.0"?><catalog><book/></catalog>')).problems[0]?.code).toBe('INPUT_FEED_INVALID');
        expect(split(readDocumentFromText('c.rss', '<rss version="2.0"><channel><title>t</title></channel></rss>')).problems[0]?.message).toContain('no items');
    });
});
describe('adapters on files', () => {
    it('files: UTF-16 with a BOM is decoded; invalid UTF-8, binary and empty files are coded problems', async () => {
        const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`date 2024-06-13 ${ARTICLE} «Oui»`, 'utf16le')]);
        const files = [
            await tmp.write('utf16.txt', utf16),
            await tmp.write('latin1.txt', Buffer.from('Caf\xe9 talks in Bras\xedlia', 'latin1')),
            await tmp.write('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])),
            await tmp.write('controls.txt', Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x41 : 0x01)))),
            await tmp.write('empty.txt', ''),
        ];
        const { docs, problems } = await readAll(files);
        expect(docs).toHaveLength(1);
        expect(docs[0]).toMatchObject({ id: 'utf16', date: '2024-06-13', text: `${ARTICLE} «Oui»` });
        expect(problems.map((p) => [p.code, p.path])).toEqual([
            ['INPUT_ENCODING', files[1]],
            ['INPUT_BINARY', files[2]],
            ['INPUT_BINARY', files[3]],
            ['INPUT_EMPTY', files[4]],
        ]);
    });
    it('files: UTF-16 big-endian and UTF-8 with a byte-order mark are read, the mark dropped', async () => {
        const be = Buffer.from(`date 2024-06-13 ${ARTICLE}`, 'utf16le').swap16();
        const files = [
            await tmp.write('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be])),
            await tmp.write('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ id: 'bom', text: ARTICLE }))])),
        ];
        const { docs, problems } = await readAll(files);
        expect(problems).toEqual([]);
        expect(docs.map((d) => [d.id, d.date, d.text])).toEqual([
            ['be', '2024-06-13', ARTICLE],
            ['bom', null, ARTICLE],
        ]);
    });
});
describe('dates of inputs', () => {
    it('dates: ISO dates must be real days; loose dates keep the calendar day as written', () => {
        expect(isoDate('2024-02-29')).toBe('2024-02-29');
        expect(isoDate('2023-02-29')).toBeNull();
        expect(isoDate('2024-06-13T23:30:00-07:00')).toBe('2024-06-13');
        expect(looseDate('Thu, 13 Jun 2024 23:30:00 -0700')).toBe('2024-06-13');
        expect(looseDate('June 13, 2024')).toBe('2024-06-13');
        expect(looseDate('yesterday')).toBeNull();
    });
});
//# sourceMappingURL=adapters.test.js.map