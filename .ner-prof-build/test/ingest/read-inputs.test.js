import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/ingest/index.js';
import { readAll, tempDir } from './helpers.js';
const ARTICLE = (n) => `Minister Aida Serikbayeva met Ambassador Kenji Morita for the ${n}th time. The sides discussed trade.`;
let tmp;
beforeAll(async () => {
    tmp = await tempDir();
    await tmp.write('corpus/b.txt', ARTICLE(2));
    await tmp.write('corpus/a.txt', `date 2024-06-13 ${ARTICLE(1)}`);
    await tmp.write('corpus/sub/c.json', JSON.stringify({ id: 'c', text: ARTICLE(3) }));
    await tmp.write('corpus/sub/deeper/d.jsonl', `${JSON.stringify({ id: 'd1', text: ARTICLE(4) })}\n{oops\n`);
    await tmp.write('corpus/sub/c.gold.json', JSON.stringify({ id: 'c', persons: [] }));
    await tmp.write('corpus/.hidden.txt', ARTICLE(9));
    await tmp.write('corpus/.git/HEAD.txt', ARTICLE(9));
    await tmp.write('corpus/README.md', '# Notes about this corpus');
    await tmp.write('corpus/Z-upper.txt', ARTICLE(5));
    await tmp.write('corpus/broken.json', '{"text": ');
});
afterAll(async () => {
    await tmp.remove();
});
describe('readInputs', () => {
    it('readInputs: walks directories recursively in code-point order, skipping hidden, gold and documentation files', async () => {
        const { results } = await readAll([`${tmp.dir}/corpus`]);
        const seen = results.map((r) => (r.kind === 'document' ? r.doc.id : `${r.problem.code}:${r.problem.line ?? ''}`));
        expect(seen).toEqual(['Z-upper', 'a', 'b', 'INPUT_JSON_INVALID:1', 'c', 'd1', 'INPUT_JSON_INVALID:2']);
    });
    it('readInputs: gives the same order on every run', async () => {
        const ids = async () => (await readAll([`${tmp.dir}/corpus`])).docs.map((d) => d.id);
        expect(await ids()).toEqual(await ids());
    });
    it('readInputs: a missing path is INPUT_NOT_FOUND and the batch goes on', async () => {
        const { docs, problems } = await readAll([`${tmp.dir}/nope.txt`, `${tmp.dir}/corpus/b.txt`]);
        expect(problems[0]).toMatchObject({ code: 'INPUT_NOT_FOUND', path: `${tmp.dir}/nope.txt` });
        expect(docs.map((d) => d.id)).toEqual(['b']);
    });
    it('readInputs: a PDF or an image is INPUT_UNSUPPORTED, named by its extension', async () => {
        const pdf = await tmp.write('other/report.pdf', '%PDF-1.7 not really');
        const { problems } = await readAll([pdf]);
        expect(problems[0]).toMatchObject({ code: 'INPUT_UNSUPPORTED', path: pdf });
        expect(problems[0]?.message).toContain('.pdf');
    });
    it('readInputs: a file larger than the cap is INPUT_TOO_LARGE without being read', async () => {
        const { problems } = await readAll([`${tmp.dir}/corpus/b.txt`], { maxBytes: 10 });
        expect(problems[0]?.code).toBe('INPUT_TOO_LARGE');
    });
    it('readInputs: "-" reads standard input, sniffing its format', async () => {
        const stdin = Readable.from([Buffer.from('{"id": "from-stdin", '), Buffer.from(`"text": "${ARTICLE(6)}"}`)]);
        const { docs } = await readAll(['-'], { stdin });
        expect(docs.map((d) => [d.id, d.origin])).toEqual([['from-stdin', '-']]);
    });
    it('readInputs: standard input without an id gets a content-hash id', async () => {
        const { docs } = await readAll(['-'], { stdin: Readable.from([ARTICLE(7)]) });
        expect(docs[0]?.id).toMatch(/^[0-9a-f]{16}$/u);
    });
    it('readInputs: yields lazily, so a consumer can stop after the first document', async () => {
        const many = await tempDir();
        for (let i = 0; i < 50; i++)
            await many.write(`n/${String(i).padStart(3, '0')}.txt`, ARTICLE(i));
        const gen = readInputs([`${many.dir}/n`]);
        const first = await gen.next();
        await gen.return(undefined);
        expect(first.value).toMatchObject({ kind: 'document', doc: { id: '000' } });
        await many.remove();
    });
});
//# sourceMappingURL=read-inputs.test.js.map