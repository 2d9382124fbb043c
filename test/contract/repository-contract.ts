import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../src/core/record.js';
import type { Repository } from '../../src/store/repository.js';
import { hashOf, makeRecord } from './make-record.js';

export interface ContractOptions {
  /**
   * For implementations that persist: returns a handle whose `open` opens the same store each
   * time (a file, a database), to test that an interrupted ingest resumes after a reopen.
   */
  persistent?: () => { open: () => Promise<Repository> };
}

/**
 * The behaviour every Repository implementation must show (SQLite now, Postgres later).
 * `open` must return a new, empty store each time it is called.
 */
export function describeRepositoryContract(name: string, open: () => Promise<Repository>, options: ContractOptions = {}): void {
  describe(`repository contract: ${name}`, () => {
    let store: Repository;

    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    const put = (record: DocumentRecord) => store.putDocument(record, hashOf(record));

    /** A small corpus over two country pairs, three months and two sources. */
    async function putCorpus(): Promise<DocumentRecord[]> {
      const records = [
        makeRecord({ id: 'kaz-mys-1', date: '2025-01-10', source: 'Kazinform', extra: 'Visit one.' }),
        makeRecord({ id: 'kaz-mys-2', date: '2025-02-14', source: 'Bernama', category: 'AGREE', topics: ['trade'], extra: 'Visit two.' }),
        makeRecord({
          id: 'kaz-deu-1', date: '2025-02-20', source: 'Kazinform', guestName: 'Klaus Brenner', guestCountry: 'DEU',
          category: 'CONSULT', topics: ['energy'], extra: 'Pipeline talks.',
        }),
        makeRecord({
          id: 'fra-deu-1', date: '2025-03-05', source: 'Example News', hostName: 'Claire Moreau', hostCountry: 'FRA',
          guestName: 'Klaus Brenner', guestCountry: 'DEU', category: 'COOPERATE', topics: ['security'], extra: 'Border work.',
        }),
        makeRecord({ id: 'undated', date: null, source: 'Example News', extra: 'Undated item.' }),
      ];
      for (const r of records) expect(await put(r)).toBe('stored');
      return records;
    }

    describe('documents', () => {
      it(`${name}: a stored record comes back whole`, async () => {
        const record = makeRecord({ id: 'round-trip' });
        expect(await put(record)).toBe('stored');
        expect(await store.getDocument('round-trip')).toEqual(record);
        expect(await store.getDocument('absent')).toBeNull();
      });

      it(`${name}: a text whose hash is stored is skipped and nothing is written`, async () => {
        const record = makeRecord({ id: 'first' });
        await put(record);
        const before = await store.stats();
        expect(await put(record)).toBe('duplicate');
        const again = await store.put({ ...record, id: 'second-name' }, hashOf(record));
        expect(again).toEqual({ outcome: 'duplicate', id: 'first' });
        expect(await store.stats()).toEqual(before);
        expect(await store.getDocument('second-name')).toBeNull();
      });

      it(`${name}: a batch stores each document on its own terms`, async () => {
        const stored = makeRecord({ id: 'already', extra: 'Stored before.' });
        await put(stored);
        const fresh = makeRecord({ id: 'fresh', extra: 'New one.' });
        const collision = makeRecord({ id: 'already', extra: 'Same id, other text.' });
        const good = makeRecord({ id: 'broken', extra: 'Broken one.' });
        const broken = { ...good, entities: [good.entities[0]!, good.entities[0]!] };
        const items = [fresh, stored, fresh, broken, collision].map((record) => ({ record, hash: hashOf(record) }));
        const results = await store.putDocuments(items);
        expect(results.map((r) => [r.outcome, r.id])).toEqual([
          ['stored', 'fresh'],
          ['duplicate', 'already'],
          ['duplicate', 'fresh'],
          ['failed', 'broken'],
          ['stored', `already~${hashOf(collision).slice(0, 8)}`],
        ]);
        const failed = results[3];
        expect(failed?.outcome === 'failed' ? failed.problem.code : null).toBe('STORE_WRITE_FAILED');
        expect(await store.countDocuments()).toBe(3);
        expect((await store.stats()).entities).toBe(6);
        expect(await store.getDocument('fresh')).toEqual(fresh);
        expect(await store.putDocuments([])).toEqual([]);
      });

      it(`${name}: closing twice is harmless`, async () => {
        await store.close();
      });

      it(`${name}: hasHash tells stored from unknown content`, async () => {
        const record = makeRecord({ id: 'h' });
        expect(await store.hasHash(hashOf(record))).toBe(false);
        await put(record);
        expect(await store.hasHash(hashOf(record))).toBe(true);
        expect(await store.hasHash('0'.repeat(64))).toBe(false);
      });

      it(`${name}: a different text under a taken id is stored under a derived id`, async () => {
        const first = makeRecord({ id: 'article-1', extra: 'First text.' });
        const second = makeRecord({ id: 'article-1', extra: 'Another text entirely.' });
        await put(first);
        const result = await store.put(second, hashOf(second));
        expect(result.outcome).toBe('stored');
        expect(result.id).toBe(`article-1~${hashOf(second).slice(0, 8)}`);
        expect((await store.getDocument('article-1'))?.text).toBe(first.text);
        const derived = await store.getDocument(result.id);
        expect(derived?.id).toBe(result.id);
        expect(derived?.text).toBe(second.text);
        expect(await store.countDocuments()).toBe(2);
      });

      it(`${name}: deleting a document removes its annotations and its search entry`, async () => {
        await put(makeRecord({ id: 'gone', extra: 'Zanzibar conference.' }));
        expect(await store.search('Zanzibar')).toHaveLength(1);
        expect(await store.deleteDocument('gone')).toBe(true);
        expect(await store.deleteDocument('gone')).toBe(false);
        expect(await store.search('Zanzibar')).toEqual([]);
        const s = await store.stats();
        expect([s.documents, s.entities, s.mentions, s.events, s.quotes, s.topics, s.names]).toEqual([0, 0, 0, 0, 0, 0, 0]);
      });

      it(`${name}: documents list newest first, undated last, with filters`, async () => {
        await putCorpus();
        const all = await store.listDocuments();
        expect(all.map((d) => d.id)).toEqual(['fra-deu-1', 'kaz-deu-1', 'kaz-mys-2', 'kaz-mys-1', 'undated']);
        expect(all[0]).toMatchObject({ date: '2025-03-05', source: 'Example News', url: 'https://example.org/news/fra-deu-1' });
        expect(all[0]?.hash).toMatch(/^[0-9a-f]{64}$/u);
        expect(typeof all[0]?.ingestedAt).toBe('string');
        expect((await store.listDocuments({ source: 'Kazinform' })).map((d) => d.id)).toEqual(['kaz-deu-1', 'kaz-mys-1']);
        expect((await store.listDocuments({ dateFrom: '2025-02-01', dateTo: '2025-02-28' })).map((d) => d.id)).toEqual(['kaz-deu-1', 'kaz-mys-2']);
        expect((await store.listDocuments({ dateFrom: '2025-02', dateTo: '2025-02' })).map((d) => d.id)).toEqual(['kaz-deu-1', 'kaz-mys-2']);
        expect(await store.countDocuments({ source: 'Kazinform' })).toBe(2);
        expect(await store.countDocuments()).toBe(5);
      });

      it(`${name}: pages of documents cover the list once, in order`, async () => {
        await putCorpus();
        const all = (await store.listDocuments()).map((d) => d.id);
        const paged: string[] = [];
        for (let offset = 0; offset < 6; offset += 2) paged.push(...(await store.listDocuments({ limit: 2, offset })).map((d) => d.id));
        expect(paged).toEqual(all);
        expect(await store.listDocuments({ limit: 2, offset: 10 })).toEqual([]);
        expect(await store.listDocuments({ limit: -5, offset: -1 })).toHaveLength(1);
      });

      it(`${name}: iterateDocumentIds yields every id once, in storage order`, async () => {
        const ids: string[] = [];
        for await (const id of store.iterateDocumentIds()) ids.push(id);
        const seen: string[] = [];
        for await (const r of store.iterateDocuments()) seen.push(r.id);
        expect(ids).toEqual(seen);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.length).toBe(await store.countDocuments());
      });

      it(`${name}: iterateDocuments yields every record once`, async () => {
        const records = await putCorpus();
        const seen: string[] = [];
        for await (const r of store.iterateDocuments()) seen.push(r.id);
        expect(seen.sort()).toEqual(records.map((r) => r.id).sort());
        const kazinform: string[] = [];
        for await (const r of store.iterateDocuments({ source: 'Kazinform' })) kazinform.push(r.id);
        expect(kazinform.sort()).toEqual(['kaz-deu-1', 'kaz-mys-1']);
      });
    });

    describe('search', () => {
      it(`${name}: finds words of the text and the title, with marked snippets`, async () => {
        await putCorpus();
        const hits = await store.search('pipeline');
        expect(hits.map((h) => h.id)).toEqual(['kaz-deu-1']);
        expect(hits[0]?.snippet).toContain('<mark>Pipeline</mark>');
        expect((await store.search('Brenner')).map((h) => h.id).sort()).toEqual(['fra-deu-1', 'kaz-deu-1']);
        expect((await store.search('meets Moreau')).map((h) => h.id)).toEqual(['fra-deu-1']);
      });

      it(`${name}: phrases, prefixes, all-words and filters`, async () => {
        await putCorpus();
        expect((await store.search('"border work"')).map((h) => h.id)).toEqual(['fra-deu-1']);
        expect(await store.search('"work border"')).toEqual([]);
        expect((await store.search('Pipel*')).map((h) => h.id)).toEqual(['kaz-deu-1']);
        expect(await store.search('pipeline border')).toEqual([]);
        expect((await store.search('Ambassador', { source: 'Kazinform' })).map((h) => h.id).sort()).toEqual(['kaz-deu-1', 'kaz-mys-1']);
        expect(await store.search('Ambassador', { limit: 2 })).toHaveLength(2);
      });

      it(`${name}: hostile queries neither throw nor match everything`, async () => {
        await putCorpus();
        const hostile = ['"foo', 'AND', 'OR NOT', '*', '(', ')', 'title:x', 'NEAR(a b', "'", '""', '-', '^x', 'a"b', '   ', '', '\u0000', 'pipeline OR', 'NOT pipeline'];
        for (const q of hostile) await expect(store.search(q), q).resolves.toBeInstanceOf(Array);
        expect(await store.search('"foo')).toEqual([]);
        expect(await store.search('title:x')).toEqual([]);
        expect(await store.search('*')).toEqual([]);
        // Operators are read as plain words: every text has "and", none has "not".
        expect(await store.search('AND')).toHaveLength(5);
        expect(await store.search('NOT pipeline')).toEqual([]);
        expect((await store.search('pipeline"')).map((h) => h.id)).toEqual(['kaz-deu-1']);
      });

      it(`${name}: words match their inflected forms`, async () => {
        await putCorpus();
        // The texts say "parliaments" and "talks".
        expect(await store.search('parliament')).toHaveLength(5);
        expect((await store.search('talk')).map((h) => h.id)).toEqual(['kaz-deu-1']);
      });

      it(`${name}: the best match comes first`, async () => {
        await put(makeRecord({ id: 'body-only', extra: 'A word on Zanzibar.' }));
        await put(makeRecord({ id: 'title-and-body', title: 'Zanzibar summit', extra: 'Zanzibar hosts it.' }));
        await put(makeRecord({ id: 'elsewhere', extra: 'Nothing here.' }));
        expect((await store.search('zanzibar')).map((h) => h.id)).toEqual(['title-and-body', 'body-only']);
      });

      it(`${name}: snippets escape the document's own markup`, async () => {
        await put(makeRecord({ id: 'markup', extra: 'The <b>Zanzibar</b> & co.' }));
        const [hit] = await store.search('Zanzibar');
        expect(hit?.snippet).toContain('&lt;b&gt;<mark>Zanzibar</mark>&lt;/b&gt; &amp; co.');
      });
    });

    describe('entities', () => {
      it(`${name}: entities by type, word prefix, country and document`, async () => {
        await putCorpus();
        const brenner = await store.listEntities({ namePrefix: 'bren' });
        expect(brenner.map((e) => e.documentId).sort()).toEqual(['fra-deu-1', 'kaz-deu-1']);
        expect(brenner[0]).toMatchObject({ type: 'PERSON', name: 'Klaus Brenner', country: 'DEU', sector: 'GOV', titles: ['Ambassador'], mentionCount: 1 });
        expect(await store.listEntities({ namePrefix: 'KLAUS B' })).toHaveLength(2);
        expect(await store.listEntities({ namePrefix: 'renner' })).toEqual([]);
        expect(await store.listEntities({ namePrefix: '%' })).toEqual([]);
        expect(await store.countEntities({ country: 'KAZ' })).toBe(4);
        expect(await store.countEntities({ type: 'GPE' })).toBe(0);
        const inDoc = await store.listEntities({ documentId: 'kaz-mys-1' });
        expect(inDoc.map((e) => [e.id, e.name, e.mentionCount])).toEqual([
          ['e1', 'Aigerim Tulegenova', 2],
          ['e2', 'Farid Rahman', 1],
        ]);
      });

      it(`${name}: entity names are grouped across documents`, async () => {
        await putCorpus();
        expect(await store.listEntityNames()).toEqual([
          { name: 'Aigerim Tulegenova', type: 'PERSON', country: 'KAZ', documents: 4, mentions: 8, firstDate: '2025-01-10', lastDate: '2025-02-20' },
          { name: 'Farid Rahman', type: 'PERSON', country: 'MYS', documents: 3, mentions: 3, firstDate: '2025-01-10', lastDate: '2025-02-14' },
          { name: 'Klaus Brenner', type: 'PERSON', country: 'DEU', documents: 2, mentions: 2, firstDate: '2025-02-20', lastDate: '2025-03-05' },
          { name: 'Claire Moreau', type: 'PERSON', country: 'FRA', documents: 1, mentions: 2, firstDate: '2025-03-05', lastDate: '2025-03-05' },
        ]);
        expect((await store.listEntityNames({ namePrefix: 'klaus' })).map((e) => e.name)).toEqual(['Klaus Brenner']);
        expect((await store.listEntityNames({ limit: 1, offset: 1 })).map((e) => e.name)).toEqual(['Farid Rahman']);
      });

      it(`${name}: entity pages are ordered by name and do not overlap`, async () => {
        await putCorpus();
        const all = await store.listEntities();
        expect(all).toHaveLength(10);
        const names = all.map((e) => e.name.toLowerCase());
        expect(names).toEqual([...names].sort());
        const first = await store.listEntities({ limit: 4 });
        const second = await store.listEntities({ limit: 4, offset: 4 });
        expect([...first, ...second]).toEqual(all.slice(0, 8));
      });
    });

    describe('events', () => {
      it(`${name}: an event comes back with its participants and sentence`, async () => {
        const record = makeRecord({ id: 'ev' });
        await put(record);
        const [ev] = await store.listEvents({ documentId: 'ev' });
        const source = record.events[0];
        expect(ev).toEqual({
          documentId: 'ev',
          documentTitle: record.title,
          source: record.source,
          id: 'ev-ev1',
          categories: ['CONSULT'],
          mode: [],
          context: ['diplomatic'],
          date: '2025-03-03',
          datePrecision: 'day',
          effectiveDate: '2025-03-03',
          actors: [{ entity: 'e2', code: 'MYS', sector: 'GOV', text: 'Farid Rahman' }],
          recipients: [{ entity: 'e1', code: 'KAZ', sector: 'LEG', text: 'Aigerim Tulegenova' }],
          eventText: ['met'],
          textInfo: source?.text_info,
          sentence: record.text.slice(source?.text_info.start, source?.text_info.end),
          evidence: source?.evidence,
          negated: false,
        });
      });

      it(`${name}: events by country, pair, category, topic and dates`, async () => {
        await putCorpus();
        const ids = async (q: Parameters<Repository['listEvents']>[0]) => (await store.listEvents(q)).map((e) => e.documentId);
        expect(await ids({})).toEqual(['fra-deu-1', 'kaz-deu-1', 'kaz-mys-2', 'kaz-mys-1', 'undated']);
        expect(await ids({ country: 'DEU' })).toEqual(['fra-deu-1', 'kaz-deu-1']);
        expect(await ids({ country: 'deu' })).toEqual(['fra-deu-1', 'kaz-deu-1']);
        expect(await ids({ countryPair: ['KAZ', 'MYS'] })).toEqual(['kaz-mys-2', 'kaz-mys-1', 'undated']);
        expect(await ids({ countryPair: ['MYS', 'KAZ'], dateFrom: '2025-01-01' })).toEqual(['kaz-mys-2', 'kaz-mys-1']);
        expect(await ids({ countryPair: ['FRA', 'MYS'] })).toEqual([]);
        expect(await ids({ category: 'AGREE' })).toEqual(['kaz-mys-2']);
        expect(await ids({ participant: 'brenner' })).toEqual(['fra-deu-1', 'kaz-deu-1']);
        expect(await ids({ participant: 'Claire' })).toEqual(['fra-deu-1']);
        expect(await ids({ participant: '_' })).toEqual([]);
        expect(await ids({ topic: 'energy' })).toEqual(['kaz-deu-1']);
        expect(await ids({ dateFrom: '2025-02-15', dateTo: '2025-03-31' })).toEqual(['fra-deu-1', 'kaz-deu-1']);
        expect(await ids({ limit: 2, offset: 1 })).toEqual(['kaz-deu-1', 'kaz-mys-2']);
        expect(await store.countEvents({ country: 'KAZ' })).toBe(4);
        expect(await store.countEvents({ category: 'ASSAULT' })).toBe(0);
      });

      it(`${name}: an event without its own date is filed under the article date`, async () => {
        await put(makeRecord({ id: 'nodate', date: '2024-11-02', eventDate: null }));
        const [ev] = await store.listEvents();
        expect(ev?.date).toBeNull();
        expect(ev?.effectiveDate).toBe('2024-11-02');
        expect(await store.countEvents({ dateFrom: '2024-11', dateTo: '2024-11' })).toBe(1);
      });

      it(`${name}: the dyad summary counts events per category per month`, async () => {
        await putCorpus();
        await put(makeRecord({ id: 'kaz-mys-3', date: '2025-02-25', category: 'AGREE', extra: 'Visit three.' }));
        expect(await store.dyadSummary(['MYS', 'KAZ'])).toEqual([
          { month: '2025-01', category: 'CONSULT', events: 1 },
          { month: '2025-02', category: 'AGREE', events: 2 },
        ]);
        expect(await store.dyadSummary(['KAZ', 'MYS'], { dateFrom: '2025-02-20' })).toEqual([{ month: '2025-02', category: 'AGREE', events: 1 }]);
        expect(await store.dyadSummary(['KAZ', 'FRA'])).toEqual([]);
      });
    });

    describe('countries and pairs', () => {
      it(`${name}: countries by the events they take part in`, async () => {
        await putCorpus();
        expect(await store.countryCounts()).toEqual([
          { code: 'KAZ', events: 4, documents: 4 },
          { code: 'MYS', events: 3, documents: 3 },
          { code: 'DEU', events: 2, documents: 2 },
          { code: 'FRA', events: 1, documents: 1 },
        ]);
        expect((await store.countryCounts({ dateFrom: '2025-02-01' })).map((c) => [c.code, c.events])).toEqual([
          ['DEU', 2], ['KAZ', 2], ['FRA', 1], ['MYS', 1],
        ]);
      });

      it(`${name}: country pairs by shared events`, async () => {
        await putCorpus();
        expect(await store.listDyads()).toEqual([
          { pair: ['KAZ', 'MYS'], events: 3, dateFrom: '2025-01-10', dateTo: '2025-02-14' },
          { pair: ['DEU', 'FRA'], events: 1, dateFrom: '2025-03-05', dateTo: '2025-03-05' },
          { pair: ['DEU', 'KAZ'], events: 1, dateFrom: '2025-02-20', dateTo: '2025-02-20' },
        ]);
        expect((await store.listDyads({ country: 'DEU' })).map((d) => d.pair)).toEqual([['DEU', 'FRA'], ['DEU', 'KAZ']]);
        expect((await store.listDyads({ dateTo: '2025-01' })).map((d) => [d.pair, d.events])).toEqual([[['KAZ', 'MYS'], 1]]);
        expect((await store.listDyads({ limit: 1, offset: 1 })).map((d) => d.pair)).toEqual([['DEU', 'FRA']]);
      });
    });

    describe('quotes', () => {
      it(`${name}: a quote comes back with its speaker, cue and document`, async () => {
        const record = makeRecord({ id: 'q' });
        await put(record);
        const [quote] = await store.listQuotes();
        const source = record.quotes[0];
        expect(quote).toEqual({
          documentId: 'q',
          documentDate: '2025-03-03',
          documentTitle: record.title,
          source: record.source,
          index: 0,
          text: source?.text,
          start: source?.start,
          end: source?.end,
          direct: true,
          cue: source?.cue,
          speaker: { ...source?.speaker, entity: 'e1', entityName: 'Aigerim Tulegenova', country: 'KAZ', sector: 'LEG' },
        });
      });

      it(`${name}: quotes by speaker name, entity, country and document`, async () => {
        await putCorpus();
        const docs = async (q: Parameters<Repository['listQuotes']>[0]) => (await store.listQuotes(q)).map((x) => x.documentId);
        expect(await docs({ speaker: 'moreau' })).toEqual(['fra-deu-1']);
        expect(await docs({ speaker: 'CLAIRE  Moreau' })).toEqual(['fra-deu-1']);
        // "Claire" is not in the speaker's name as written ("Moreau"), only in the resolved entity's.
        expect(await docs({ speaker: 'Claire' })).toEqual(['fra-deu-1']);
        expect(await docs({ speaker: '%' })).toEqual([]);
        expect(await docs({ speakerCountry: 'KAZ' })).toEqual(['kaz-deu-1', 'kaz-mys-2', 'kaz-mys-1', 'undated']);
        expect(await docs({ documentId: 'kaz-mys-2', speakerEntity: 'e1' })).toEqual(['kaz-mys-2']);
        expect(await docs({ documentId: 'kaz-mys-2', speakerEntity: 'e2' })).toEqual([]);
        expect(await docs({ dateFrom: '2025-03-01' })).toEqual(['fra-deu-1']);
        expect(await docs({ limit: 1, offset: 1 })).toEqual(['kaz-deu-1']);
        expect(await store.countQuotes({ speaker: 'Tulegenova' })).toBe(4);
      });
    });

    describe('topics', () => {
      it(`${name}: topic counts, by country and over time`, async () => {
        await putCorpus();
        expect(await store.topicCounts()).toEqual([
          { topic: 'trade', documents: 3 },
          { topic: 'legislative', documents: 2 },
          { topic: 'energy', documents: 1 },
          { topic: 'security', documents: 1 },
        ]);
        expect(await store.topicCounts({ country: 'DEU' })).toEqual([
          { topic: 'energy', documents: 1 },
          { topic: 'security', documents: 1 },
        ]);
        expect(await store.topicCounts({ countryPair: ['KAZ', 'DEU'] })).toEqual([{ topic: 'energy', documents: 1 }]);
        expect(await store.topicTimeline({ source: 'Kazinform' })).toEqual([
          { month: '2025-01', topic: 'legislative', documents: 1 },
          { month: '2025-01', topic: 'trade', documents: 1 },
          { month: '2025-02', topic: 'energy', documents: 1 },
        ]);
      });
    });

    describe('stats', () => {
      it(`${name}: stats count every kind of row and the date range`, async () => {
        expect(await store.stats()).toEqual({
          documents: 0, entities: 0, mentions: 0, events: 0, quotes: 0, topics: 0, names: 0, dateFrom: null, dateTo: null,
        });
        await putCorpus();
        expect(await store.stats()).toEqual({
          documents: 5, entities: 10, mentions: 15, events: 5, quotes: 5, topics: 7, names: 15, dateFrom: '2025-01-10', dateTo: '2025-03-05',
        });
      });
    });

    describe('resume', () => {
      it(`${name}: running an ingest again stores only what is missing`, async () => {
        const records = Array.from({ length: 20 }, (_, i) => makeRecord({ id: `r${i}`, extra: `Item ${i}.` }));
        for (const r of records.slice(0, 8)) await put(r);
        const outcomes = await Promise.all(records.map((r) => put(r)));
        expect(outcomes.filter((o) => o === 'duplicate')).toHaveLength(8);
        expect(await store.countDocuments()).toBe(20);
      });

      const persistent = options.persistent;
      if (persistent) {
        it(`${name}: an interrupted ingest resumes after the store is reopened`, async () => {
          const location = persistent();
          const records = Array.from({ length: 30 }, (_, i) => makeRecord({ id: `doc-${i}`, extra: `Paragraph ${i}.` }));
          const first = await location.open();
          for (const r of records.slice(0, 13)) await first.putDocument(r, hashOf(r));
          await first.close();

          const second = await location.open();
          const outcomes: string[] = [];
          for (const r of records) outcomes.push(await second.putDocument(r, hashOf(r)));
          expect(outcomes.filter((o) => o === 'stored')).toHaveLength(17);
          expect(await second.countDocuments()).toBe(30);
          expect((await second.stats()).events).toBe(30);
          await second.close();

          const third = await location.open();
          for (const r of records) expect(await third.putDocument(r, hashOf(r))).toBe('duplicate');
          expect(await third.getDocument('doc-29')).toEqual(records[29]);
          await third.close();
        });
      }
    });
  });
}
