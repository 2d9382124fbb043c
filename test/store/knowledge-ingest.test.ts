import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runIngest } from '../../src/app/ingest-run.js';
import { buildPipeline, type Component } from '../../src/nlp/pipeline.js';
import { openSqliteStore } from '../../src/store/index.js';
import { knowledgeStoreOf } from '../../src/store/knowledge-store.js';
import type { Repository } from '../../src/store/repository.js';

/**
 * The ingest run writes the knowledge base after the documents. A stand-in pipeline marks the
 * invented officials of a small table as PERSON entities, so the test pins the run's knowledge
 * update whatever the NLP components do.
 */
const OFFICIALS: Array<{ pattern: RegExp; country: string }> = [
  { pattern: /\b(?:Daniyar |D\. )?Temirbekov\b(?= of Kazakhstan| said| met)/gu, country: 'KAZ' },
  { pattern: /\bDaniyar Temirbekov(?= of Kyrgyzstan)/gu, country: 'KGZ' },
  { pattern: /\bFarid Rahman\b/gu, country: 'MYS' },
];

const persons: Component = {
  name: 'test-persons', needs: [], provides: ['entities'],
  run: (a) => {
    for (const { pattern, country } of OFFICIALS) {
      for (const m of a.text.matchAll(pattern)) {
        const start = m.index;
        a.entities.push({
          id: `e${a.entities.length + 1}`, type: 'PERSON', name: m[0], country, sector: null, titles: [], roles: [], honorifics: [],
          mentions: [{ start, end: start + m[0].length, text: m[0], kind: 'name', by: { component: 'test', rule: 'test' } }],
          by: { component: 'test', rule: 'country:stated' },
        });
      }
    }
  },
};

const ARTICLES: Record<string, string> = {
  'a1.txt': 'ASTANA, March 1 2024. Daniyar Temirbekov of Kazakhstan met Farid Rahman to discuss trade.',
  'a2.txt': 'ASTANA, March 9 2024. Speaker D. Temirbekov met the envoy Farid Rahman again on transport links.',
  'a3.txt': 'ASTANA, April 2 2024. Temirbekov said the Senate would ratify the treaty before summer.',
  'a4.txt': 'BISHKEK, April 3 2024. Energy minister Daniyar Temirbekov of Kyrgyzstan opened a power plant.',
};

describe('ingest run: the knowledge base follows the documents', () => {
  let dir: string;
  let store: Repository;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'communique-kb-ingest-'));
    mkdirSync(join(dir, 'in'));
    for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, 'in', name), text);
    store = await openSqliteStore(join(dir, 's.sqlite'));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ingest run: variants become one person, the namesake another, and a re-ingest adds nothing', async () => {
    const pipeline = buildPipeline([persons]);
    const first = await runIngest([join(dir, 'in')], { store, pipeline });
    expect(first.stored).toBe(4);
    // The first run fills an empty knowledge base: built in one go.
    expect(first.knowledge).toMatchObject({ mode: 'rebuild', documents: 4 });
    const knowledge = knowledgeStoreOf(store)!;
    const found = await knowledge.listPersons({ q: 'temirbekov' });
    expect(found.items.map((p) => [p.id, p.documents.length])).toEqual([['daniyar-temirbekov-kaz', 3], ['daniyar-temirbekov-kgz', 1]]);
    expect((await knowledge.getPerson('daniyar-temirbekov-kaz'))?.otherNames.sort()).toEqual(['D. Temirbekov', 'Temirbekov']);

    const before = await knowledge.listPersons();
    const again = await runIngest([join(dir, 'in')], { store, pipeline });
    expect(again).toMatchObject({ stored: 0, duplicates: 4 });
    expect(again.knowledge).toMatchObject({ mode: 'unchanged', documents: 0 });
    expect(await knowledge.listPersons()).toEqual(before);
    expect(before.total).toBe(3);
    expect(await knowledge.countDocuments()).toBe(4);
  });

  it('ingest run: updateKnowledge false leaves the tables behind, and the next run catches them up', async () => {
    const pipeline = buildPipeline([persons]);
    const first = await runIngest([join(dir, 'in')], { store, pipeline, updateKnowledge: false });
    expect(first.knowledge).toBeNull();
    expect(await knowledgeStoreOf(store)!.countDocuments()).toBe(0);
    const second = await runIngest([join(dir, 'in')], { store, pipeline });
    expect(second).toMatchObject({ stored: 0, knowledge: { mode: 'rebuild', documents: 4 } });
  });

  it('ingest run: a later run adds its documents to the saved persons incrementally, ids unchanged', async () => {
    const pipeline = buildPipeline([persons]);
    await runIngest([join(dir, 'in')], { store, pipeline });
    writeFileSync(join(dir, 'in', 'a5.txt'), 'KUALA LUMPUR, May 5 2024. Farid Rahman met Temirbekov of Kazakhstan at the airport.');
    const later = await runIngest([join(dir, 'in')], { store, pipeline });
    expect(later).toMatchObject({ stored: 1, duplicates: 4, knowledge: { mode: 'incremental', documents: 1 } });
    const knowledge = knowledgeStoreOf(store)!;
    expect((await knowledge.getPerson('daniyar-temirbekov-kaz'))?.documents).toHaveLength(4);
    expect((await knowledge.getPerson('farid-rahman-mys'))?.documents).toHaveLength(3);
    expect((await knowledge.listPersons()).total).toBe(3);
  });
});
