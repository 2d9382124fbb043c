import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import type { KnowledgeStore } from '../../src/store/knowledge-store.js';
import { MemoryKnowledgeStore } from '../../src/store/memory-knowledge-store.js';
import { KB_RECORDS, NEAR_COPY, NEGATED } from './knowledge-fixture.js';

export interface OpenedKnowledgeStore {
  store: KnowledgeStore;
  close: () => Promise<void>;
}

/**
 * One suite for every KnowledgeStore implementation (in memory, SQLite, later Postgres): the
 * same writes, the same answers. Where an answer is a list, the in-memory store fed the same
 * changes is the reference (src/store/knowledge-queries.ts is the meaning).
 */
export function knowledgeStoreContract(name: string, open: () => Promise<OpenedKnowledgeStore>): void {
  describe(`knowledge store contract: ${name}`, () => {
    let opened: OpenedKnowledgeStore;
    let store: KnowledgeStore;
    beforeEach(async () => {
      opened = await open();
      store = opened.store;
    });
    afterEach(async () => opened.close());

    /** Saves the fixture as one batch into the store under test and into the reference. */
    async function filled(records = [...KB_RECORDS, NEAR_COPY, NEGATED]): Promise<{ kb: KnowledgeBase; reference: MemoryKnowledgeStore }> {
      const kb = new KnowledgeBase();
      const changes = kb.addBatch(records);
      await store.save(changes);
      const reference = new MemoryKnowledgeStore();
      await reference.save(changes);
      return { kb, reference };
    }

    it(`${name}: an empty store answers with nothing, not errors`, async () => {
      expect(await store.countDocuments()).toBe(0);
      expect(await store.listPersons()).toEqual({ items: [], total: 0 });
      expect(await store.listOrganisations({ q: 'x' })).toEqual({ items: [], total: 0 });
      expect(await store.listEvents({ pair: ['KAZ', 'MYS'] })).toEqual({ items: [], total: 0 });
      expect(await store.listOffices()).toEqual([]);
      expect(await store.getPerson('nobody')).toBeNull();
      expect(await store.getOrganisation('nothing')).toBeNull();
      expect(await store.storyOf('k1')).toBeNull();
      expect((await store.load()).persons).toEqual([]);
    });

    it(`${name}: person variants are saved as one person with every spelling, the namesake apart`, async () => {
      await filled();
      const kaz = await store.getPerson('daniyar-temirbekov-kaz');
      expect(kaz?.documents.sort()).toEqual(['k1', 'k1-copy', 'k2', 'k3', 'k4', 'k7', 'k8']);
      expect(kaz?.otherNames.sort()).toEqual(['D. Temirbekov', 'Daniiar Temyrbekov', 'Temirbekov']);
      const kgz = await store.getPerson('daniyar-temirbekov-kgz');
      expect(kgz?.documents).toEqual(['k5']);
      const found = await store.listPersons({ q: 'temyrbek' });
      expect(found.items.map((p) => p.id)).toEqual(['daniyar-temirbekov-kaz']);
      // Accents and case are ignored on both sides.
      expect((await store.listPersons({ q: 'TÉMIRBEKOV' })).items.map((p) => p.id)).toEqual(['daniyar-temirbekov-kaz', 'daniyar-temirbekov-kgz']);
      expect((await store.listPersons({ q: 'temirbekov', country: 'KGZ' })).items.map((p) => p.id)).toEqual(['daniyar-temirbekov-kgz']);
    });

    it(`${name}: lists are ordered and paged as the reference, with the total before paging`, async () => {
      const { reference } = await filled();
      expect(await store.listPersons()).toEqual(await reference.listPersons());
      const page = await store.listPersons({ limit: 2, offset: 1 });
      expect(page).toEqual(await reference.listPersons({ limit: 2, offset: 1 }));
      expect(page.items).toHaveLength(2);
      expect(page.total).toBe((await store.listPersons()).items.length);
      expect(await store.listOrganisations()).toEqual(await reference.listOrganisations());
      expect((await store.listOrganisations({ q: 'sco' })).items.map((o) => o.name)).toEqual(['Shanghai Cooperation Organisation']);
      expect(await store.listOffices()).toEqual(await reference.listOffices());
      expect(await store.listOffices('daniyar-temirbekov-kaz')).toEqual(await reference.listOffices('daniyar-temirbekov-kaz'));
      expect((await store.listOffices('daniyar-temirbekov-kaz')).map((o) => o.title)).toContain('Speaker of the Senate');
    });

    it(`${name}: merged events filter by pair, country, category, person, document, dates and negation`, async () => {
      const { reference } = await filled();
      const queries = [
        {}, { pair: ['KAZ', 'MYS'] as const }, { country: 'KGZ' }, { category: 'AGREE' as const }, { person: 'farid-rahman-mys' },
        { document: 'k2' }, { dateFrom: '2024-03', dateTo: '2024-06-20' }, { dateFrom: '2024-06-21' }, { dateTo: '2024' },
        { includeNegated: true }, { limit: 1, offset: 1 }, { limit: 'all' as const },
      ];
      for (const q of queries) expect(await store.listEvents(q), JSON.stringify(q)).toEqual(await reference.listEvents(q));
      const pair = await store.listEvents({ pair: ['KAZ', 'MYS'] });
      // k1, k2 and the copy report one meeting; k4 and k7 are two more; the negated k8 is left out.
      expect(pair.total).toBe(3);
      const first = pair.items.find((e) => e.documents.includes('k1'));
      expect(first?.documents.sort()).toEqual(['k1', 'k1-copy', 'k2']);
      expect(first?.sources.map((s) => s.rule)).toEqual(['event.first-report', 'event.same-event', 'event.same-event']);
      expect((await store.listEvents({ pair: ['KAZ', 'MYS'], includeNegated: true })).total).toBe(4);
      // An undated event matches only an open range.
      expect((await store.listEvents({ country: 'FRA' })).total).toBe(1);
      expect((await store.listEvents({ country: 'FRA', dateFrom: '2000' })).total).toBe(0);
    });

    it(`${name}: near-duplicates share a story`, async () => {
      await filled();
      expect(await store.storyOf('k1-copy')).toEqual({ story: 'story:k1', documents: ['k1', 'k1-copy'] });
      expect((await store.storyOf('k5'))?.documents).toEqual(['k5']);
      expect(await store.countDocuments()).toBe(9);
      expect(await store.hasDocuments(['k1', 'k9', 'k5'])).toEqual(new Set(['k1', 'k5']));
    });

    it(`${name}: a saved state loads back into a knowledge base that goes on as the original would`, async () => {
      const first = KB_RECORDS.slice(0, 4);
      const later = [...KB_RECORDS.slice(4), NEAR_COPY, NEGATED];
      const original = new KnowledgeBase();
      await store.save(original.addBatch(first));
      const restored = KnowledgeBase.restore(await store.load());
      expect(restored.state()).toEqual(original.state());
      const changes = restored.addBatch(later);
      await store.save(changes);
      original.addBatch(later);
      expect(restored.state()).toEqual(original.state());
      const reloaded = await store.load();
      const byId = <T extends { id: string }>(xs: readonly T[]): T[] => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
      expect(byId(reloaded.persons)).toEqual(byId(original.state().persons));
      expect(byId(reloaded.events)).toEqual(byId(original.state().events));
      expect(reloaded.documents.map((d) => d.document).sort()).toEqual(original.state().documents.map((d) => d.document).sort());
    });

    it(`${name}: a batch saved again changes nothing, and replace drops what was there`, async () => {
      const { kb } = await filled();
      const before = await store.listPersons();
      // The same records again: the knowledge base has read them, so the batch touches nothing.
      const again = kb.addBatch(KB_RECORDS);
      expect(again).toEqual({ documents: [], persons: [], organisations: [], events: [] });
      await store.save(again);
      expect(await store.listPersons()).toEqual(before);
      const small = new KnowledgeBase();
      small.addBatch(KB_RECORDS.slice(5, 6));
      await store.replace(small.state());
      expect((await store.listPersons()).items.map((p) => p.id)).toEqual(['claire-dubois-fra']);
      expect(await store.countDocuments()).toBe(1);
      expect(await store.getPerson('daniyar-temirbekov-kaz')).toBeNull();
      expect((await store.listEvents({ includeNegated: true })).total).toBe(1);
    });
  });
}
